#include "store/record_index.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include "core/error.h"
#include "core/sha256.h"
#include "store/atomic_file.h"
#include "store/embedded_schemas.h"
#include "store/lock.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "pdindex\n";
// magic, version, fingerprint, begun, count, body length, body checksum,
// header checksum
constexpr size_t kHeaderBytes = 8 + 4 + 8 + 8 + 8 + 8 + 8 + 8;
// An index larger than this is not ours (a record is at most 1 MiB, and a
// store of a million records would not be read through one index).
constexpr std::uint64_t kMaxIndexBytes = std::uint64_t(1) << 34;

enum Tag : std::uint8_t { t_null, t_string, t_int, t_bool, t_date, t_time, t_list, t_object };

void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i)
    out += char((v >> (8 * i)) & 0xFF);
}
void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i)
    out += char((v >> (8 * i)) & 0xFF);
}
void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out += char((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += char(v);
}
std::uint64_t zigzag(std::int64_t v) {
  return (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
}
std::int64_t unzigzag(std::uint64_t v) {
  return std::int64_t(v >> 1) ^ -std::int64_t(v & 1);
}
void put_bytes(std::string& out, std::string_view bytes) {
  put_varint(out, bytes.size());
  out += bytes;
}

// Bounds-checked reading of what the writer above wrote.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  bool done() const { return at_ == bytes_.size(); }
  std::uint8_t u8() {
    need(1);
    return std::uint8_t(bytes_[at_++]);
  }
  std::uint64_t fixed(int width) {
    need(size_t(width));
    std::uint64_t v = 0;
    for (int i = 0; i < width; ++i)
      v |= std::uint64_t(std::uint8_t(bytes_[at_ + size_t(i)])) << (8 * i);
    at_ += size_t(width);
    return v;
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      std::uint8_t byte = u8();
      v |= std::uint64_t(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return v;
    }
    throw std::runtime_error("index: varint too long");
  }
  std::string_view bytes() {
    std::uint64_t size = varint();
    need(size);
    std::string_view out = bytes_.substr(at_, size);
    at_ += size;
    return out;
  }

 private:
  void need(std::uint64_t n) const {
    if (n > bytes_.size() - at_) throw std::runtime_error("index: cut short");
  }
  std::string_view bytes_;
  size_t at_ = 0;
};

void encode(std::string& out, const Value& value) {
  const Value::Data& data = value.data();
  put_varint(out, std::uint64_t(value.pos().line));
  put_varint(out, std::uint64_t(value.pos().column));
  if (const auto* text = std::get_if<std::string>(&data)) {
    out += char(t_string);
    put_bytes(out, *text);
  } else if (const auto* number = std::get_if<std::int64_t>(&data)) {
    out += char(t_int);
    put_varint(out, zigzag(*number));
  } else if (const auto* flag = std::get_if<bool>(&data)) {
    out += char(t_bool);
    out += char(*flag ? 1 : 0);
  } else if (const auto* date = std::get_if<Date>(&data)) {
    out += char(t_date);
    put_varint(out, zigzag(Date(1970, 1, 1).days_until(*date)));
  } else if (const auto* time = std::get_if<TimeOfDay>(&data)) {
    out += char(t_time);
    put_varint(out, std::uint64_t(time->minutes()));
  } else if (const auto* list = std::get_if<List>(&data)) {
    out += char(t_list);
    put_varint(out, list->size());
    for (const auto& item : *list)
      encode(out, item);
  } else if (const auto* object = std::get_if<Object>(&data)) {
    out += char(t_object);
    put_varint(out, object->size());
    for (const auto& [key, member] : *object) {
      put_bytes(out, key);
      encode(out, member);
    }
  } else {
    out += char(t_null);
  }
}

constexpr int kMaxDepth = 64;

Value decode(Reader& in, int depth) {
  if (depth > kMaxDepth) throw std::runtime_error("index: nested too deep");
  Position pos;
  pos.line = int(in.varint());
  pos.column = int(in.varint());
  Value value;
  switch (in.u8()) {
    case t_null:
      break;
    case t_string:
      value = Value(std::string(in.bytes()));
      break;
    case t_int:
      value = Value(unzigzag(in.varint()));
      break;
    case t_bool:
      value = Value(in.u8() != 0);
      break;
    case t_date: {
      std::int64_t days = unzigzag(in.varint());
      if (days < -1'000'000 || days > 1'000'000) throw std::runtime_error("index: bad date");
      value = Value(Date(1970, 1, 1).plus_days(int(days)));
      break;
    }
    case t_time: {
      std::uint64_t minutes = in.varint();
      if (minutes >= 24 * 60) throw std::runtime_error("index: bad time");
      value = Value(TimeOfDay::from_minutes(int(minutes)));
      break;
    }
    case t_list: {
      std::uint64_t n = in.varint();
      List items;
      for (std::uint64_t i = 0; i < n; ++i)
        items.push_back(decode(in, depth + 1));
      value = Value(std::move(items));
      break;
    }
    case t_object: {
      std::uint64_t n = in.varint();
      Object members;
      for (std::uint64_t i = 0; i < n; ++i) {
        std::string key(in.bytes());
        members.emplace_back(std::move(key), decode(in, depth + 1));
      }
      value = Value(std::move(members));
      break;
    }
    default:
      throw std::runtime_error("index: unknown tag");
  }
  value.set_pos(pos);
  return value;
}

std::int64_t timespec_ns(const struct timespec& t) {
  return std::int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// The whole file `path` (not following a symbolic link); nullopt when it
// cannot be read.
std::optional<std::string> read_whole(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || std::uint64_t(st.st_size) > kMaxIndexBytes) {
    ::close(fd);
    return std::nullopt;
  }
  std::string content(size_t(st.st_size), '\0');
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::read(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += size_t(n);
  }
  ::close(fd);
  if (done != content.size()) return std::nullopt;
  return content;
}

// True when `relative` under `root` is a real directory, or absent: the
// index is never read or written through a symbolic link.
bool cache_directory_usable(const fs::path& root, bool& exists) {
  struct stat st {};
  if (::lstat((root / kCacheDirectory).c_str(), &st) != 0) {
    exists = false;
    return errno == ENOENT;
  }
  exists = true;
  return S_ISDIR(st.st_mode);
}

}  // namespace

FileStamp stamp_of(const struct stat& st) {
  return {std::uint64_t(st.st_size), timespec_ns(st.st_mtim),  timespec_ns(st.st_ctim),
          std::uint64_t(st.st_ino),  std::uint64_t(st.st_dev), std::uint32_t(st.st_mode)};
}

std::optional<FileStamp> lstat_stamp(const fs::path& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return std::nullopt;
  return stamp_of(st);
}

std::string file_checksum(std::string_view bytes) {
  return sha256_hex(bytes);
}

std::string encode_value(const Value& value) {
  std::string out;
  encode(out, value);
  return out;
}

Value decode_value(std::string_view bytes) {
  Reader in(bytes);
  Value value = decode(in, 0);
  if (!in.done()) throw std::runtime_error("index: trailing bytes");
  return value;
}

const IndexEntry* RecordIndex::find(const std::string& path) const {
  auto it = entries.find(path);
  return it == entries.end() ? nullptr : &it->second;
}

bool RecordIndex::racy(const FileStamp& stamp) const {
  return std::max(stamp.mtime_ns, stamp.ctime_ns) + kRacyMarginNs >= begun_ns;
}

std::uint64_t index_checksum(std::string_view bytes) {
  // Eight bytes at a time, each word mixed in: fast enough to check an index
  // of many megabytes on every read, and any flipped or cut byte shows.
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = (h ^ mix(word)) * 0x100000001b3ULL;
    h = (h << 31) | (h >> 33);
  }
  std::uint64_t tail = 0;
  for (size_t k = 0; i < bytes.size(); ++i, ++k)
    tail |= std::uint64_t(std::uint8_t(bytes[i])) << (8 * k);
  return mix(h ^ mix(tail ^ 0xa5a5a5a5a5a5a5a5ULL));
}

std::string serialize_index(const std::vector<IndexEntry>& entries, std::int64_t begun_ns,
                            std::uint64_t fingerprint) {
  std::vector<const IndexEntry*> sorted;
  for (const auto& e : entries)
    sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(),
            [](const IndexEntry* a, const IndexEntry* b) { return a->path < b->path; });
  std::string body;
  for (const IndexEntry* e : sorted) {
    put_bytes(body, e->path);
    put_u64(body, e->stamp.size);
    put_u64(body, std::uint64_t(e->stamp.mtime_ns));
    put_u64(body, std::uint64_t(e->stamp.ctime_ns));
    put_u64(body, e->stamp.inode);
    put_u64(body, e->stamp.device);
    put_u32(body, e->stamp.mode);
    put_bytes(body, e->checksum);
    put_bytes(body, e->value);
  }
  std::string out(kMagic);
  put_u32(out, kIndexVersion);
  put_u64(out, fingerprint);
  put_u64(out, std::uint64_t(begun_ns));
  put_u64(out, sorted.size());
  put_u64(out, body.size());
  put_u64(out, index_checksum(body));
  put_u64(out, index_checksum(out));
  return out + body;
}

std::optional<RecordIndex> parse_index(std::string_view bytes, std::uint64_t fingerprint) {
  if (bytes.size() < kHeaderBytes || !bytes.starts_with(kMagic)) return std::nullopt;
  try {
    Reader header(bytes.substr(kMagic.size(), kHeaderBytes - kMagic.size()));
    std::uint32_t version = std::uint32_t(header.fixed(4));
    std::uint64_t print = header.fixed(8);
    std::int64_t begun = std::int64_t(header.fixed(8));
    std::uint64_t count = header.fixed(8);
    std::uint64_t body_size = header.fixed(8);
    std::uint64_t body_sum = header.fixed(8);
    std::uint64_t header_sum = header.fixed(8);
    if (index_checksum(bytes.substr(0, kHeaderBytes - 8)) != header_sum) return std::nullopt;
    if (version != kIndexVersion || print != fingerprint) return std::nullopt;
    std::string_view body = bytes.substr(kHeaderBytes);
    if (body.size() != body_size || index_checksum(body) != body_sum) return std::nullopt;
    RecordIndex index;
    index.begun_ns = begun;
    Reader in(body);
    index.entries.reserve(size_t(std::min<std::uint64_t>(count, body.size())));
    for (std::uint64_t i = 0; i < count; ++i) {
      IndexEntry e;
      e.path = std::string(in.bytes());
      e.stamp.size = in.fixed(8);
      e.stamp.mtime_ns = std::int64_t(in.fixed(8));
      e.stamp.ctime_ns = std::int64_t(in.fixed(8));
      e.stamp.inode = in.fixed(8);
      e.stamp.device = in.fixed(8);
      e.stamp.mode = std::uint32_t(in.fixed(4));
      e.checksum = std::string(in.bytes());
      e.value = std::string(in.bytes());
      std::string key = e.path;
      if (!index.entries.emplace(std::move(key), std::move(e)).second) return std::nullopt;
    }
    if (!in.done()) return std::nullopt;
    return index;
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
}

std::uint64_t schemas_fingerprint() {
  static const std::uint64_t print = [] {
    std::string all = PARENTDESK_VERSION;
    for (const auto& schema : embedded_schemas()) {
      all += '\0';
      all += schema.name;
      all += '\0';
      all += schema.text;
    }
    return index_checksum(all);
  }();
  return print;
}

std::int64_t file_clock_ns() {
  struct timespec now {};
  ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
  return timespec_ns(now);
}

std::string index_path(std::string_view type) {
  return std::string(kCacheDirectory) + "/" + std::string(type) + ".index";
}

RecordIndex load_index(const fs::path& root, std::string_view type) {
  bool exists = false;
  if (!cache_directory_usable(root, exists) || !exists) return {};
  std::optional<std::string> bytes = read_whole(root / index_path(type));
  if (!bytes) return {};
  std::optional<RecordIndex> index = parse_index(*bytes, schemas_fingerprint());
  return index ? std::move(*index) : RecordIndex{};
}

void save_index(const fs::path& root, std::string_view type, const std::vector<IndexEntry>& entries,
                std::int64_t begun_ns) {
  try {
    bool exists = false;
    if (!cache_directory_usable(root, exists)) return;
    LockIfFree lock(root);
    if (!lock.held() && !lock.no_lock_file()) return;  // another command is writing
    if (::access(root.c_str(), W_OK) != 0) return;     // a read-only store
    // Records hold personal data: the cache is the owner's and the group's.
    FileTransaction files(false);
    // Ignored by git in every store, also those made before the index was.
    if (!exists) files.stage(root / kCacheDirectory / ".gitignore", "*\n");
    files.stage(root / index_path(type), serialize_index(entries, begun_ns, schemas_fingerprint()));
    files.commit();
  } catch (const Error&) {
  } catch (const std::exception&) {
  }
}

}  // namespace pd
