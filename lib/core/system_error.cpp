#include "core/system_error.h"

#include <cerrno>
#include <cstring>

#include "core/i18n.h"

namespace pd {

namespace {

struct Reason {
  int error;
  const char* english;
};

// TRANSLATORS: reasons of a failed file or system operation, shown after a
// colon: "cannot read 'x.yaml': No such file or directory".
constexpr Reason kReasons[] = {
    {ENOENT, N_("No such file or directory")},
    {EACCES, N_("Permission denied")},
    {EPERM, N_("Operation not permitted")},
    {ENOTDIR, N_("Not a directory")},
    {EISDIR, N_("Is a directory")},
    {EEXIST, N_("File exists")},
    {ENOSPC, N_("No space left on device")},
    {EDQUOT, N_("Disk quota exceeded")},
    {EIO, N_("Input/output error")},
    {EROFS, N_("Read-only file system")},
    {ENAMETOOLONG, N_("File name too long")},
    {ELOOP, N_("Too many levels of symbolic links")},
    {EMFILE, N_("Too many open files")},
    {ENOMEM, N_("Cannot allocate memory")},
    {EPIPE, N_("Broken pipe")},
    {EBUSY, N_("Device or resource busy")},
    {EINTR, N_("Interrupted system call")},
    {EAGAIN, N_("Resource temporarily unavailable")},
    {EBADF, N_("Bad file descriptor")},
    {EINVAL, N_("Invalid argument")},
    {ENOTEMPTY, N_("Directory not empty")},
    {EXDEV, N_("Invalid cross-device link")},
    {ETXTBSY, N_("Text file busy")},
    {EFBIG, N_("File too large")},
};

}  // namespace

std::string system_error_text(int error) {
  for (const Reason& reason : kReasons)
    if (reason.error == error) return tr(reason.english);
  return std::strerror(error);
}

}  // namespace pd
