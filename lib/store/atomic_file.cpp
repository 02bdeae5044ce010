#include "store/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
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

void FileTransaction::stage(const fs::path& file, const std::string& content, fs::perms mode) {
  // A bare file name ("-o receipt.pdf") is in the current directory, whose
  // entry the commit syncs like any other.
  const fs::path target = file.has_parent_path() ? file : fs::path(".") / file;
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
    if (durable_ && ::fsync(fd) != 0) io_failure(pattern, N_("cannot sync '{}': {}"));
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) io_failure(pattern, N_("cannot close '{}': {}"));
}

void FileTransaction::commit() {
  // Each file is swapped with its temporary file (RENAME_EXCHANGE), which
  // then holds the old content until every file is in place and every
  // directory synced: a failure on the way puts the old files back, so that
  // a command that fails has changed nothing. Where the file system cannot
  // swap, a plain rename replaces the file, with no way back.
  struct Placed {
    const Staged* file;
    bool swapped;  // file->temp holds the old content
    bool created;  // there was no file
  };
  std::vector<Placed> placed;
  auto undo = [&] {
    int error = errno;
    for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
      if (it->swapped)
        ::renameat2(AT_FDCWD, it->file->temp.c_str(), AT_FDCWD, it->file->target.c_str(),
                    RENAME_EXCHANGE);
      else if (it->created)
        ::unlink(it->file->target.c_str());
    }
    errno = error;
  };
  std::vector<fs::path> dirs;
  for (const auto& file : staged_) {
    // Only a regular file is swapped; anything else is for rename() to refuse.
    struct stat st {};
    bool found = ::lstat(file.target.c_str(), &st) == 0;
    bool created = !found && errno == ENOENT;
    bool regular = found && S_ISREG(st.st_mode);
    bool swapped = regular && ::renameat2(AT_FDCWD, file.temp.c_str(), AT_FDCWD,
                                          file.target.c_str(), RENAME_EXCHANGE) == 0;
    if (regular && !swapped && errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
      undo();
      io_failure(file.target, N_("cannot replace '{}': {}"));
    }
    if (!swapped && ::rename(file.temp.c_str(), file.target.c_str()) != 0) {
      undo();
      io_failure(file.target, N_("cannot replace '{}': {}"));
    }
    placed.push_back({&file, swapped, created});
    if (std::find(dirs.begin(), dirs.end(), file.target.parent_path()) == dirs.end())
      dirs.push_back(file.target.parent_path());
  }
  for (const auto& dir : dirs) {
    if (!durable_) break;
    try {
      sync_directory(dir);
    } catch (const Error&) {
      undo();
      throw;
    }
  }
  // Done: the temporary files that hold the old contents go.
  for (const auto& file : staged_)
    ::unlink(file.temp.c_str());
  staged_.clear();
}

}  // namespace pd
