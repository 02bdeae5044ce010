// The index of parsed records (`<store>/.cache/<type>.index`), as git's
// index is for a work tree: each valid record's parsed value, keyed by its
// path with the file's stat (size, mtime and ctime in ns, inode, device,
// mode) and a checksum of its bytes. A record is trusted from the index only
// when its stat now is the one recorded; one changed within the two seconds
// before the index was begun is "racily clean" and is trusted only once its
// bytes are read again and match the checksum. The index is a cache and
// never the only copy of anything: a missing, truncated, corrupt or foreign
// one (another format version, other schemas) reads as empty.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/value.h"

namespace pd {

// What stat(2) says of a file, as far as telling a change goes.
struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;
  std::uint64_t device = 0;
  std::uint32_t mode = 0;

  bool operator==(const FileStamp&) const = default;
};

FileStamp stamp_of(const struct stat& st);
// lstat(2) of `path`; nullopt when it fails.
std::optional<FileStamp> lstat_stamp(const std::filesystem::path& path);

// The checksum of a record file's bytes kept in the index.
std::string file_checksum(std::string_view bytes);

// The compact binary form of a Value, positions included. decode_value()
// throws std::runtime_error on bytes that are not such a form.
std::string encode_value(const Value& value);
Value decode_value(std::string_view bytes);

struct IndexEntry {
  std::string path;      // relative to the store root
  FileStamp stamp;       // of the file when it was read
  std::string checksum;  // file_checksum() of its bytes
  std::string value;     // encode_value() of the record
};

// The index's format version; an index of another version reads as empty.
inline constexpr std::uint32_t kIndexVersion = 1;
// Files changed this close to the start of the reading that made the index
// are racily clean: file systems that keep coarse times (down to a second)
// could give a later change within the same tick the same mtime.
inline constexpr std::int64_t kRacyMarginNs = 2'000'000'000;

// A loaded index: entries by path. `begun_ns` is the wall clock (coarse, as
// file systems read it) when the reading that produced it began.
struct RecordIndex {
  std::int64_t begun_ns = 0;
  std::unordered_map<std::string, IndexEntry> entries;

  const IndexEntry* find(const std::string& path) const;
  // True when a file of this stamp may have changed again within the tick
  // of its mtime without its stat showing it.
  bool racy(const FileStamp& stamp) const;
};

// The index's bytes: a header (magic, version, the schemas' fingerprint, the
// begun time, the entry count, the body's length and checksum, and the
// header's own checksum), then the entries in path order.
std::string serialize_index(const std::vector<IndexEntry>& entries, std::int64_t begun_ns,
                            std::uint64_t fingerprint);
// The index in `bytes`; nullopt when anything is wrong with it (truncated,
// corrupt, another version or another fingerprint).
std::optional<RecordIndex> parse_index(std::string_view bytes, std::uint64_t fingerprint);

// A fingerprint of what a record's parsed value depends on besides its
// bytes: the compiled-in schemas and the program's version.
std::uint64_t schemas_fingerprint();

// The wall clock now, in ns, as the kernel stamps files (CLOCK_REALTIME_COARSE).
std::int64_t file_clock_ns();

// A fast 64-bit checksum (not cryptographic) of the index's bytes.
std::uint64_t index_checksum(std::string_view bytes);

// Where the index of a record type lives, relative to the store root.
std::string index_path(std::string_view type);
inline constexpr std::string_view kCacheDirectory = ".cache";

// Reads the index of `type` under `root`: empty when missing or unusable.
RecordIndex load_index(const std::filesystem::path& root, std::string_view type);
// Writes the index of `type` atomically, when it can be done without
// waiting: under the store lock if there is a lock file and nobody holds it
// (or this process holds it), never when another command does. Every failure
// (a read-only store, a full disk) is silent: the index is only a cache.
void save_index(const std::filesystem::path& root, std::string_view type,
                const std::vector<IndexEntry>& entries, std::int64_t begun_ns);

}  // namespace pd
