#include "store/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "core/i18n.h"
#include "core/system_error.h"
#include "yaml/strict_yaml.h"

namespace pd {

namespace {

[[noreturn]] void refuse(const std::string& display, std::string message) {
  throw DataError({Diagnostic{display, {}, std::move(message)}});
}

[[noreturn]] void io_failure(const std::string& display) {
  throw Error(ExitCode::system, msg("{}: cannot read: {}", display, system_error_text(errno)));
}

}  // namespace

std::string read_record_file(const std::filesystem::path& path, const std::string& display) {
  struct stat opened {};
  return read_record_file(path, display, opened);
}

std::string read_record_file(const std::filesystem::path& path, const std::string& display,
                             struct stat& st) {
  // O_NOFOLLOW refuses a symbolic link in the last component; fstat then
  // tells what was opened, with no window between the check and the read.
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ELOOP) refuse(display, tr("is a symbolic link: records must be regular files"));
    if (errno == ENOENT) throw Error(ExitCode::not_found, msg("{}: no such file", display));
    io_failure(display);
  }
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    io_failure(display);
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    refuse(display, tr("is not a regular file"));
  }
  if (size_t(st.st_size) > yaml::kMaxFileBytes) {
    ::close(fd);
    refuse(display, msg("is larger than {} bytes: not a parentdesk record", yaml::kMaxFileBytes));
  }
  std::string content(size_t(st.st_size), '\0');
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::read(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int saved = errno;
      ::close(fd);
      errno = saved;
      io_failure(display);
    }
    if (n == 0) break;
    done += size_t(n);
  }
  content.resize(done);
  ::close(fd);
  return content;
}

}  // namespace pd
