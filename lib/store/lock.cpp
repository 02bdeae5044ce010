#include "store/lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "core/error.h"
#include "core/i18n.h"
#include "core/system_error.h"

namespace pd {

StoreLock::StoreLock(const std::filesystem::path& root, std::chrono::milliseconds patience) {
  std::filesystem::path path = root / ".lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd_ < 0)
    throw Error(ExitCode::system, msg("cannot open the store lock '{}': {}", path.string(),
                                      system_error_text(errno)));
  auto deadline = std::chrono::steady_clock::now() + patience;
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int saved = errno;
      ::close(fd_);
      throw Error(ExitCode::system, msg("cannot lock the store: {}", system_error_text(saved)));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      throw Error(ExitCode::system,
                  msg("the store is locked by another command (waited {} s); try again",
                      std::chrono::duration_cast<std::chrono::seconds>(patience).count()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

StoreLock::~StoreLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace pd
