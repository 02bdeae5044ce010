/* An injected failure layer for the fault harness (tests/fault/run_faults.py),
 * loaded with LD_PRELOAD into one parentdesk command. It counts the calls of
 * the write path made on files under FAULT_PREFIX and makes one of them fail.
 *
 * Environment:
 *   FAULT_PREFIX   the store's directory (absolute, no symbolic link); only
 *                  calls on paths under it, and on descriptors opened under
 *                  it, are counted. Unset: the layer does nothing.
 *   FAULT_NTH      the counted call to fail, from 1; 0 or unset: none fails.
 *   FAULT_ERRNO    ENOSPC (default), EIO or EACCES: what the call fails with.
 *   FAULT_OPS      the operations counted, comma-separated (default: all of
 *                  open,mkstemp,mkdir,write,pwrite,ftruncate,fchmod,fsync,
 *                  fdatasync,close,rename,link).
 *   FAULT_LOG      a file to which each counted call appends a line
 *                  "N op path" (and " FAILED" for the one made to fail).
 *   FAULT_CHILDREN 1: the commands that this one runs (git) are counted in
 *                  the same way; by default LD_PRELOAD is taken out of the
 *                  environment so that they run unharmed.
 *
 * Only what a call would have done is left undone: a failed write writes
 * nothing, a failed rename renames nothing, a failed close still releases the
 * descriptor (as Linux does). Calls made through glibc's internals (stdio,
 * opendir) are not seen; the program's own calls through the PLT are. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FDS 4096

static char prefix[PATH_MAX];
static size_t prefix_len;
static long nth;
static long counted;
static int fail_errno = ENOSPC;
static char ops[256];
static char log_path[PATH_MAX];
static unsigned char tracked[MAX_FDS];  /* descriptors opened under the prefix */
static char tracked_path[MAX_FDS][128]; /* their names, for the log */

static void load(void) __attribute__((constructor));

static void load(void) {
  const char* p = getenv("FAULT_PREFIX");
  if (p && *p && strlen(p) < sizeof prefix - 1) {
    strcpy(prefix, p);
    prefix_len = strlen(prefix);
    while (prefix_len > 1 && prefix[prefix_len - 1] == '/')
      prefix[--prefix_len] = '\0';
  }
  const char* n = getenv("FAULT_NTH");
  nth = n ? atol(n) : 0;
  const char* e = getenv("FAULT_ERRNO");
  if (e && strcmp(e, "EIO") == 0) fail_errno = EIO;
  if (e && strcmp(e, "EACCES") == 0) fail_errno = EACCES;
  if (e && strcmp(e, "ENOSPC") == 0) fail_errno = ENOSPC;
  const char* o = getenv("FAULT_OPS");
  snprintf(ops, sizeof ops, ",%s,",
           o && *o ? o
                   : "open,mkstemp,mkdir,write,pwrite,ftruncate,fchmod,fsync,fdatasync,close,"
                     "rename,link");
  const char* l = getenv("FAULT_LOG");
  if (l && strlen(l) < sizeof log_path) strcpy(log_path, l);
  const char* c = getenv("FAULT_CHILDREN");
  if (!(c && strcmp(c, "1") == 0)) unsetenv("LD_PRELOAD");
}

static void* next(const char* name) {
  return dlsym(RTLD_NEXT, name);
}

/* Whether `path` (absolute, or relative to the working directory) is the
 * prefix or under it. */
static int under_prefix(const char* path) {
  if (!prefix_len || !path) return 0;
  char full[2 * PATH_MAX + 2];
  if (path[0] == '/') {
    snprintf(full, sizeof full, "%s", path);
  } else {
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return 0;
    snprintf(full, sizeof full, "%s/%s", cwd, path);
  }
  return strncmp(full, prefix, prefix_len) == 0 &&
         (full[prefix_len] == '/' || full[prefix_len] == '\0');
}

static void log_line(long n, const char* op, const char* path, int failed) {
  if (!log_path[0]) return;
  int saved = errno;
  FILE* f = fopen(log_path, "a");
  if (f) {
    const char* shown = path;
    if (path && strncmp(path, prefix, prefix_len) == 0 && path[prefix_len] == '/')
      shown = path + prefix_len + 1;
    fprintf(f, "%ld %s %s%s\n", n, op, shown ? shown : "?", failed ? " FAILED" : "");
    fclose(f);
  }
  errno = saved;
}

/* Counts a call of `op` on `path`; true when this call is the one to fail. */
static int count(const char* op, const char* path) {
  char key[32];
  snprintf(key, sizeof key, ",%s,", op);
  if (!strstr(ops, key)) return 0;
  long n = ++counted;
  int fail = nth > 0 && n == nth;
  log_line(n, op, path, fail);
  return fail;
}

static void track(int fd, const char* path) {
  if (fd < 0 || fd >= MAX_FDS) return;
  tracked[fd] = 1;
  const char* shown = path;
  if (strncmp(path, prefix, prefix_len) == 0 && path[prefix_len] == '/')
    shown = path + prefix_len + 1;
  snprintf(tracked_path[fd], sizeof tracked_path[fd], "%s", shown);
}

static const char* fd_path(int fd) {
  if (fd < 0 || fd >= MAX_FDS || !tracked[fd]) return NULL;
  return tracked_path[fd];
}

/* A write path's open: one that may create, write or sync (a directory is
 * opened to be synced). */
static int writing_open(int flags) {
  return (flags & (O_CREAT | O_WRONLY | O_RDWR | O_TRUNC)) || (flags & O_DIRECTORY);
}

static int do_open(const char* name, int dirfd, const char* path, int flags, mode_t mode) {
  int watched = dirfd == AT_FDCWD && under_prefix(path) && writing_open(flags);
  if (watched && count("open", path)) {
    errno = fail_errno;
    return -1;
  }
  int fd;
  if (dirfd == AT_FDCWD && strcmp(name, "openat") != 0 && strcmp(name, "openat64") != 0) {
    int (*real)(const char*, int, ...) = next(name);
    fd = real(path, flags, mode);
  } else {
    int (*real)(int, const char*, int, ...) = next(name);
    fd = real(dirfd, path, flags, mode);
  }
  if (watched)
    track(fd, path);
  else if (fd >= 0 && fd < MAX_FDS)
    tracked[fd] = 0;
  return fd;
}

#define OPEN_MODE(flags, mode)           \
  mode_t mode = 0;                       \
  if ((flags) & (O_CREAT | O_TMPFILE)) { \
    va_list args;                        \
    va_start(args, flags);               \
    mode = (mode_t)va_arg(args, int);    \
    va_end(args);                        \
  }

int open(const char* path, int flags, ...) {
  OPEN_MODE(flags, mode)
  return do_open("open", AT_FDCWD, path, flags, mode);
}

int open64(const char* path, int flags, ...) {
  OPEN_MODE(flags, mode)
  return do_open("open64", AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char* path, int flags, ...) {
  OPEN_MODE(flags, mode)
  if (path[0] == '/') dirfd = AT_FDCWD;
  return do_open("openat", dirfd, path, flags, mode);
}

int openat64(int dirfd, const char* path, int flags, ...) {
  OPEN_MODE(flags, mode)
  if (path[0] == '/') dirfd = AT_FDCWD;
  return do_open("openat64", dirfd, path, flags, mode);
}

static int do_mkstemp(const char* name, char* pattern, int flags, int with_flags) {
  int watched = under_prefix(pattern);
  if (watched && count("mkstemp", pattern)) {
    errno = fail_errno;
    return -1;
  }
  int fd;
  if (with_flags) {
    int (*real)(char*, int) = next(name);
    fd = real(pattern, flags);
  } else {
    int (*real)(char*) = next(name);
    fd = real(pattern);
  }
  if (watched) track(fd, pattern);
  return fd;
}

int mkstemp(char* pattern) {
  return do_mkstemp("mkstemp", pattern, 0, 0);
}
int mkstemp64(char* pattern) {
  return do_mkstemp("mkstemp64", pattern, 0, 0);
}
int mkostemp(char* pattern, int flags) {
  return do_mkstemp("mkostemp", pattern, flags, 1);
}
int mkostemp64(char* pattern, int flags) {
  return do_mkstemp("mkostemp64", pattern, flags, 1);
}

int mkdir(const char* path, mode_t mode) {
  if (under_prefix(path) && count("mkdir", path)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(const char*, mode_t) = next("mkdir");
  return real(path, mode);
}

int rename(const char* from, const char* to) {
  if ((under_prefix(from) || under_prefix(to)) && count("rename", to)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(const char*, const char*) = next("rename");
  return real(from, to);
}

int renameat(int fromdir, const char* from, int todir, const char* to) {
  if (fromdir == AT_FDCWD && todir == AT_FDCWD && (under_prefix(from) || under_prefix(to)) &&
      count("rename", to)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(int, const char*, int, const char*) = next("renameat");
  return real(fromdir, from, todir, to);
}

int renameat2(int fromdir, const char* from, int todir, const char* to, unsigned flags) {
  if (fromdir == AT_FDCWD && todir == AT_FDCWD && (under_prefix(from) || under_prefix(to)) &&
      count("rename", to)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(int, const char*, int, const char*, unsigned) = next("renameat2");
  return real(fromdir, from, todir, to, flags);
}

int link(const char* from, const char* to) {
  if ((under_prefix(from) || under_prefix(to)) && count("link", to)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(const char*, const char*) = next("link");
  return real(from, to);
}

ssize_t write(int fd, const void* buffer, size_t size) {
  const char* path = fd_path(fd);
  if (path && count("write", path)) {
    errno = fail_errno;
    return -1;
  }
  ssize_t (*real)(int, const void*, size_t) = next("write");
  return real(fd, buffer, size);
}

ssize_t pwrite(int fd, const void* buffer, size_t size, off_t at) {
  const char* path = fd_path(fd);
  if (path && count("pwrite", path)) {
    errno = fail_errno;
    return -1;
  }
  ssize_t (*real)(int, const void*, size_t, off_t) = next("pwrite");
  return real(fd, buffer, size, at);
}

ssize_t pwrite64(int fd, const void* buffer, size_t size, off_t at) {
  const char* path = fd_path(fd);
  if (path && count("pwrite", path)) {
    errno = fail_errno;
    return -1;
  }
  ssize_t (*real)(int, const void*, size_t, off_t) = next("pwrite64");
  return real(fd, buffer, size, at);
}

int ftruncate(int fd, off_t size) {
  const char* path = fd_path(fd);
  if (path && count("ftruncate", path)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(int, off_t) = next("ftruncate");
  return real(fd, size);
}

int ftruncate64(int fd, off_t size) {
  const char* path = fd_path(fd);
  if (path && count("ftruncate", path)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(int, off_t) = next("ftruncate64");
  return real(fd, size);
}

int fchmod(int fd, mode_t mode) {
  const char* path = fd_path(fd);
  if (path && count("fchmod", path)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(int, mode_t) = next("fchmod");
  return real(fd, mode);
}

int fsync(int fd) {
  const char* path = fd_path(fd);
  if (path && count("fsync", path)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(int) = next("fsync");
  return real(fd);
}

int fdatasync(int fd) {
  const char* path = fd_path(fd);
  if (path && count("fdatasync", path)) {
    errno = fail_errno;
    return -1;
  }
  int (*real)(int) = next("fdatasync");
  return real(fd);
}

int close(int fd) {
  const char* path = fd_path(fd);
  int fail = path && count("close", path);
  if (fd >= 0 && fd < MAX_FDS) tracked[fd] = 0;
  int (*real)(int) = next("close");
  int rc = real(fd);
  if (fail) {
    errno = fail_errno;
    return -1;
  }
  return rc;
}
