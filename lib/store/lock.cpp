#include "store/lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>

#include "core/error.h"
#include "core/i18n.h"
#include "core/system_error.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

// The stores whose exclusive lock this process holds: a reader in the same
// process must not wait for itself.
std::vector<fs::path>& held_here() {
  static std::vector<fs::path> roots;
  return roots;
}

fs::path lock_path(const fs::path& root) {
  return root / ".lock";
}

// The whole text of an open file; nullopt when it cannot be read.
std::optional<std::string> read_all(int fd) {
  std::string text;
  char buffer[4096];
  for (off_t at = 0;;) {
    ssize_t n = ::pread(fd, buffer, sizeof buffer, at);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) return text;
    text.append(buffer, size_t(n));
    at += n;
  }
}

// Takes flock(`operation`) on `fd`, trying until `deadline`; false when the
// time is up. Throws nothing: errno tells the other failures.
bool lock_until(int fd, int operation, std::chrono::steady_clock::time_point deadline,
                bool& failed) {
  failed = false;
  while (::flock(fd, operation | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      failed = true;
      return false;
    }
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

// Takes flock(`operation`) on `fd` within `patience`; otherwise closes `fd`
// and throws Error (system): the store is busy, or the lock failed.
void take_or_throw(int fd, int operation, std::chrono::milliseconds patience) {
  bool failed = false;
  if (lock_until(fd, operation, std::chrono::steady_clock::now() + patience, failed)) return;
  int saved = errno;
  ::close(fd);
  if (failed)
    throw Error(ExitCode::system, msg("cannot lock the store: {}", system_error_text(saved)));
  throw Error(ExitCode::system,
              msg("the store is locked by another command (waited {} s); try again",
                  std::chrono::duration_cast<std::chrono::seconds>(patience).count()));
}

}  // namespace

StoreLock::StoreLock(const fs::path& root, std::chrono::milliseconds patience) : root_(root) {
  fs::path path = lock_path(root);
  // The owner's alone: no other account can hold writers up.
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd_ < 0)
    throw Error(ExitCode::system, msg("cannot open the store lock '{}': {}", path.string(),
                                      system_error_text(errno)));
  take_or_throw(fd_, LOCK_EX, patience);
  held_here().push_back(root_);
}

StoreLock::~StoreLock() {
  auto& roots = held_here();
  if (auto it = std::find(roots.begin(), roots.end(), root_); it != roots.end()) roots.erase(it);
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

ReadLock::ReadLock(const fs::path& root, std::chrono::milliseconds patience) {
  const auto& roots = held_here();
  if (std::find(roots.begin(), roots.end(), root) != roots.end()) return;
  fd_ = ::open(lock_path(root).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd_ < 0) {
    if (errno == ENOENT) return;
    throw Error(ExitCode::system, msg("cannot open the store lock '{}': {}",
                                      lock_path(root).string(), system_error_text(errno)));
  }
  take_or_throw(fd_, LOCK_SH, patience);
}

ReadLock::~ReadLock() {
  if (fd_ >= 0) ::close(fd_);
}

LockIfFree::LockIfFree(const fs::path& root) {
  const auto& roots = held_here();
  if (std::find(roots.begin(), roots.end(), root) != roots.end()) {
    held_ = true;
    return;
  }
  fd_ = ::open(lock_path(root).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd_ < 0) {
    no_lock_file_ = errno == ENOENT;
    return;
  }
  held_ = ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
}

LockIfFree::~LockIfFree() {
  if (fd_ >= 0) ::close(fd_);
}

std::string read_lock_note(const fs::path& root) {
  int fd = ::open(lock_path(root).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return {};
  std::optional<std::string> text = read_all(fd);
  ::close(fd);
  return text.value_or("");
}

void write_lock_note(const fs::path& root, const std::string& text, bool durable) {
  fs::path path = lock_path(root);
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
  auto fail = [&] {
    int saved = errno;
    if (fd >= 0) ::close(fd);
    throw Error(ExitCode::system, msg("cannot write the store lock '{}': {}", path.string(),
                                      system_error_text(saved)));
  };
  if (fd < 0) fail();
  for (size_t done = 0; done < text.size();) {
    ssize_t n = ::pwrite(fd, text.data() + done, text.size() - done, off_t(done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail();
    done += size_t(n);
  }
  if (::ftruncate(fd, off_t(text.size())) != 0) fail();
  if (durable && ::fsync(fd) != 0) fail();
  if (::close(fd) != 0) {
    fd = -1;
    fail();
  }
}

std::optional<std::string> glimpse_lock_note(const fs::path& root,
                                             std::chrono::milliseconds patience) {
  const auto& roots = held_here();
  if (std::find(roots.begin(), roots.end(), root) != roots.end()) return read_lock_note(root);
  int fd = ::open(lock_path(root).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ENOENT) return std::string();
    return std::nullopt;
  }
  bool failed = false;
  std::optional<std::string> text;
  if (lock_until(fd, LOCK_SH, std::chrono::steady_clock::now() + patience, failed))
    text = read_all(fd);
  ::close(fd);
  return text;
}

}  // namespace pd
