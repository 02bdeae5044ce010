// The write side of the disk, and the only place that writes record files:
// a temporary file in the same directory, fsync, rename, fsync of the
// directory, so a reader never sees half a file.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pd {

// True for the names of our temporary files (`.<name>.tmp-XXXXXX`).
bool is_temp_file_name(const std::string& name);

// Removes temporary files that a killed process left under `root` (the
// caller holds the store lock, so none of them is being written).
void remove_orphan_temp_files(const std::filesystem::path& root);

// Files written together: each staged into a synced temporary file, then all
// renamed into place by commit(). Destroyed without commit(), it removes its
// temporary files and every target keeps its old content.
class FileTransaction {
 public:
  FileTransaction() = default;
  // With `durable` false nothing is synced: for a cache, which may be lost
  // in a crash but never read half-written (it is still renamed into place).
  explicit FileTransaction(bool durable) : durable_(durable) {}
  FileTransaction(const FileTransaction&) = delete;
  FileTransaction& operator=(const FileTransaction&) = delete;
  ~FileTransaction();

  // Writes `content` to a temporary file beside `target` (created 0600); the
  // file gets `mode` when it is complete. Record files are 0640: the owner and
  // the group (a cron account) read them, others never (personal data).
  void stage(const std::filesystem::path& target, const std::string& content,
             std::filesystem::perms mode = kRecordMode);

  static constexpr std::filesystem::perms kRecordMode = std::filesystem::perms(0640);
  void commit();
  bool empty() const { return staged_.empty(); }

 private:
  struct Staged {
    std::filesystem::path target, temp;
  };
  std::vector<Staged> staged_;
  bool durable_ = true;
};

}  // namespace pd
