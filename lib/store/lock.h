// The store's exclusive lock (`<store>/.lock`), held by every mutation so
// that concurrent commands never lose an update or share an ID.
#pragma once

#include <chrono>
#include <filesystem>

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
};

}  // namespace pd
