#include "store/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <regex>

#include "core/error.h"
#include "core/i18n.h"
#include "core/system_error.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

// What failed, as a whole message marked N_("cannot write '{}': {}"): the
// path and the system's reason (errno) fill it in.
[[noreturn]] void io_failure(const fs::path& path, const char* message) {
  int error = errno;
  throw Error(ExitCode::system,
              fmt::format(fmt::runtime(tr(message)), path.string(), system_error_text(error)));
}

void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) io_failure(dir, N_("cannot open directory '{}': {}"));
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) io_failure(dir, N_("cannot sync directory '{}': {}"));
}

void write_all(int fd, const std::string& content, const fs::path& path) {
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) io_failure(path, N_("cannot write '{}': {}"));
    done += size_t(n);
  }
}

}  // namespace

bool is_temp_file_name(const std::string& name) {
  static const std::regex kTemp(R"(\..+\.tmp-[A-Za-z0-9]{6})");
  return std::regex_match(name, kTemp);
}

void remove_orphan_temp_files(const fs::path& root) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_directory() && it->path().filename() == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && is_temp_file_name(it->path().filename().string()))
      fs::remove(it->path(), ec);
  }
}

FileTransaction::~FileTransaction() {
  for (const auto& file : staged_)
    ::unlink(file.temp.c_str());
}

void FileTransaction::stage(const fs::path& target, const std::string& content, fs::perms mode) {
  fs::path dir = target.parent_path();
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    errno = ec.value();
    io_failure(dir, N_("cannot create directory '{}': {}"));
  }
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());  // mode 0600
  if (fd < 0) io_failure(dir, N_("cannot create a temporary file in '{}': {}"));
  staged_.push_back({target, pattern});
  try {
    write_all(fd, content, pattern);
    if (::fchmod(fd, mode_t(mode)) != 0) io_failure(pattern, N_("cannot set the mode of '{}': {}"));
    if (::fsync(fd) != 0) io_failure(pattern, N_("cannot sync '{}': {}"));
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) io_failure(pattern, N_("cannot close '{}': {}"));
}

void FileTransaction::commit() {
  std::vector<fs::path> dirs;
  for (const auto& file : staged_) {
    if (::rename(file.temp.c_str(), file.target.c_str()) != 0)
      io_failure(file.target, N_("cannot replace '{}': {}"));
    if (std::find(dirs.begin(), dirs.end(), file.target.parent_path()) == dirs.end())
      dirs.push_back(file.target.parent_path());
  }
  staged_.clear();
  for (const auto& dir : dirs)
    sync_directory(dir);
}

}  // namespace pd
