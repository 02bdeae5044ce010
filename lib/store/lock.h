// The store's lock (`<store>/.lock`): held exclusively by every mutation so
// that concurrent commands never lose an update or share an ID, and taken
// shared for an instant by readers that want to know whether the store
// changed while they read it. The lock file's text is the mutations' note:
// a mark that changes with every change, and the files of a commit not yet
// made (see store/git.h).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace pd {

class StoreLock {
 public:
  // Waits up to `patience` for the lock; throws Error (system) after that.
  explicit StoreLock(const std::filesystem::path& root,
                     std::chrono::milliseconds patience = std::chrono::seconds(30));
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;
  ~StoreLock();

 private:
  int fd_ = -1;
  std::filesystem::path root_;
};

// The lock taken shared, for a reader that must see the store between two
// mutations: writers wait while it is held. Waits up to `patience`; throws
// Error (system) when it cannot be taken. Creates nothing: without a lock
// file, no mutation ever ran. A no-op in a process that holds the exclusive
// lock.
class ReadLock {
 public:
  ReadLock(const std::filesystem::path& root, std::chrono::milliseconds patience);
  ReadLock(const ReadLock&) = delete;
  ReadLock& operator=(const ReadLock&) = delete;
  ~ReadLock();

 private:
  int fd_ = -1;
};

// The exclusive lock for a writer that must not wait, the index's: taken only
// when the lock file exists (it creates nothing) and nobody holds the lock.
// held() is true then, and when this process holds the store's lock already.
class LockIfFree {
 public:
  explicit LockIfFree(const std::filesystem::path& root);
  LockIfFree(const LockIfFree&) = delete;
  LockIfFree& operator=(const LockIfFree&) = delete;
  ~LockIfFree();
  bool held() const { return held_; }
  // True when there is no lock file: no mutation ever ran in the store.
  bool no_lock_file() const { return no_lock_file_; }

 private:
  int fd_ = -1;
  bool held_ = false, no_lock_file_ = false;
};

// The text of the lock file, for the holder of the exclusive lock; empty when
// there is none.
std::string read_lock_note(const std::filesystem::path& root);

// Replaces the text of the lock file; the caller holds the exclusive lock.
// With `durable`, the text is on disk when it returns. Throws Error (system).
void write_lock_note(const std::filesystem::path& root, const std::string& text, bool durable);

// The text of the lock file between two mutations: waits up to `patience`
// until no mutation holds the lock, reads it under a shared lock held only for
// that read, and creates nothing. Empty when the store has no lock file yet;
// nullopt when it cannot be known (the file may not be read, or mutations
// held the lock throughout). In a process that holds the exclusive lock, the
// text at once.
std::optional<std::string> glimpse_lock_note(const std::filesystem::path& root,
                                             std::chrono::milliseconds patience);

}  // namespace pd
