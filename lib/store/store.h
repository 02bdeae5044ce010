// A record store: a directory with school.yaml at its root, one file per
// record. The only way commands read and write records.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "store/atomic_file.h"
#include "store/lock.h"
#include "store/schema.h"
#include "store/value.h"

namespace pd {

// One record as read from (or about to be written to) its file.
struct Record {
  const RecordSchema* schema = nullptr;
  std::string file;  // relative to the store root, '/'-separated
  Value value;       // an object, validated against `schema`

  std::string_view id() const { return value.text("id"); }
};

// A file read and checked: the record when valid, the problems otherwise;
// `text` is the file as it was on disk when it was read (empty when
// unreadable, and from check_files() for valid records in canonical form,
// which are what the store's index holds).
struct FileCheck {
  std::optional<Record> record;
  std::vector<Diagnostic> problems;
  std::string text;
  std::string misplaced_id;  // the ID of a valid record under another ID's name
  // False for a valid record whose file differs from its canonical form
  // (only for schemas that have one; `text` is then always there).
  bool canonical = true;
};

// The files of a record type and the directories on their way that no
// record may be read from (a symbolic link out of the store).
struct FileScan {
  std::vector<std::string> files;  // relative paths, sorted
  std::vector<Diagnostic> problems;
};

// The error for a store directory that exists but cannot be read (EACCES):
// Error (system) "cannot read the store 'DIR': Permission denied".
Error unreadable_store(const std::filesystem::path& dir, std::error_code error);

// Store discovery (SPEC §4): `flag` (--store) if given, else `env`
// ($PARENTDESK_STORE), else the nearest directory upward from `cwd` that
// holds school.yaml. Throws Error (not_found) when there is none, and
// unreadable_store() when the directory may not be read.
std::filesystem::path discover_store(const std::string& flag, const char* env,
                                     const std::filesystem::path& cwd);

// True when `relative` is where Store::scan() finds files of `schema`: the
// depth and the fixed names of its path pattern, a *.yaml name that is not a
// temporary file's.
bool in_layout(const RecordSchema& schema, std::string_view relative);

class Store {
 public:
  explicit Store(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }

  // school.yaml, validated.
  const Record& school() const;

  // Every record of a type, validated, in file order. Throws DataError
  // naming every invalid file. The result is kept until the next mutation.
  const std::vector<Record>& records(std::string_view type) const;

  // The record of `type` named by a full ID or a unique suffix of at least
  // four characters. Throws Error (not_found) when none or several match.
  const Record& find(std::string_view type, std::string_view id_or_suffix) const;

  // The relative paths of the files of a record type, sorted. Throws
  // DataError when a directory on their way is a symbolic link.
  std::vector<std::string> files(const RecordSchema& schema) const;
  // The same, with each symbolic link on the way as a problem.
  FileScan scan(const RecordSchema& schema) const;

  // Reads and validates one file, collecting every problem; a record whose
  // ID names another file is invalid (it would be listed twice).
  FileCheck check_file(const std::string& relative, const RecordSchema& schema) const;
  // check_file() of each of `files` (of one type), in their order: valid
  // records whose stat matches the store's index are taken from it, the
  // others are read and parsed, on all cores when there are many, and the
  // index is brought up to date (store/record_index.h). The one read path of
  // records() and `report check`; the same files asked for again until
  // forget() are not read again.
  std::vector<FileCheck> check_files(const std::vector<std::string>& files,
                                     const RecordSchema& schema) const;

  // Whether check_files() uses the index (on unless --no-cache).
  void use_index(bool on) const { use_index_ = on; }

  // Forgets what was read (after the lock is taken or files were written).
  void forget() const {
    cache_.clear(), school_.reset(), skipped_.clear(), found_.clear(), checked_.clear();
  }

  // For a report that must say all it can (the morning mail): records()
  // leaves invalid files out instead of throwing, and skipped() holds their
  // problems, in the order read. school.yaml must still be valid.
  void skip_invalid_files() const { skip_invalid_ = true; }
  const std::vector<Diagnostic>& skipped() const { return skipped_; }

 private:
  std::filesystem::path root_;
  mutable bool skip_invalid_ = false;
  mutable bool use_index_ = true;
  // Records find() read by themselves, without records() of their type.
  mutable std::map<std::string, Record, std::less<>> found_;
  // What check_files() returned, by type, with the files asked for.
  mutable std::map<std::string, std::pair<std::vector<std::string>, std::vector<FileCheck>>,
                   std::less<>>
      checked_;
  std::vector<FileCheck> read_files(const std::vector<std::string>& files,
                                    const RecordSchema& schema) const;
  mutable std::vector<Diagnostic> skipped_;
  mutable std::map<std::string, std::vector<Record>, std::less<>> cache_;
  mutable std::optional<Record> school_;
};

// The valid records of `type`, skipping invalid files: what a mutation
// numbering a new record reads, so that an invalid file elsewhere does not
// stop it (report check names that file, and any number it holds).
std::vector<Record> valid_records(const Store& store, std::string_view type);

// A change to the store: holds the lock from construction, stages records in
// canonical form (each validated again as it will be read), and writes them
// all at commit(). Without commit() nothing on disk changes.
class Mutation {
 public:
  explicit Mutation(const Store& store);

  // A new ID of this type, created today, unused in the store and in this
  // mutation.
  std::string new_id(const RecordSchema& schema, Date today);

  // Stages `record` at the path its ID gives. Throws DataError when the
  // record does not satisfy its schema (a defect of the caller) or when a
  // directory on the path is a symbolic link (nothing is written through it).
  void put(const RecordSchema& schema, const Value& record);

  // Writes every staged record; returns their relative paths.
  std::vector<std::string> commit();
  // The relative paths commit() will write.
  const std::vector<std::string>& staged_files() const { return staged_files_; }

 private:
  const Store& store_;
  StoreLock lock_;
  FileTransaction transaction_;
  std::vector<std::string> staged_ids_, staged_files_;
};

}  // namespace pd
