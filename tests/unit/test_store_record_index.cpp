// store/record_index: the index's format at its edges, and the store reading
// through it.
#include "store/record_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "store/canonical.h"
#include "store/store.h"
#include "store/store_init.h"
#include "test_support.h"

namespace fs = std::filesystem;
using pd::Value;

namespace {

Value sample_value() {
  Value v{pd::Object{}};
  v.set("id", Value("A-20261124-K7QM"));
  v.set("count", Value(std::int64_t(-42)));
  v.set("big", Value(std::int64_t(1) << 62));
  v.set("flag", Value(true));
  v.set("date", Value(pd::Date(2026, 11, 24)));
  v.set("old", Value(pd::Date(1969, 12, 31)));
  v.set("time", Value(*pd::TimeOfDay::parse("15:30")));
  v.set("text", Value("Сәлем, мир\nвторая строка"));
  v.set("empty", Value(""));
  pd::List items;
  Value item{pd::Object{}};
  item.set("at", Value("2026-11-24T15:30:00+05:00"));
  item.set_pos({12, 5});
  items.push_back(item);
  items.push_back(Value());
  v.set("history", Value(items));
  v.set_pos({1, 1});
  return v;
}

// Equal values and positions, all the way down.
void check_same(const Value& a, const Value& b) {
  CHECK(a.pos().line == b.pos().line);
  CHECK(a.pos().column == b.pos().column);
  REQUIRE(a.data().index() == b.data().index());
  if (const auto* list = a.as_list()) {
    REQUIRE(list->size() == b.as_list()->size());
    for (size_t i = 0; i < list->size(); ++i)
      check_same((*list)[i], (*b.as_list())[i]);
  } else if (const auto* object = a.as_object()) {
    REQUIRE(object->size() == b.as_object()->size());
    for (size_t i = 0; i < object->size(); ++i) {
      CHECK((*object)[i].first == (*b.as_object())[i].first);
      check_same((*object)[i].second, (*b.as_object())[i].second);
    }
  } else if (a.as_string()) {
    CHECK(*a.as_string() == *b.as_string());
  } else if (a.as_int()) {
    CHECK(*a.as_int() == *b.as_int());
  } else if (a.as_bool()) {
    CHECK(*a.as_bool() == *b.as_bool());
  } else if (a.as_date()) {
    CHECK(*a.as_date() == *b.as_date());
  } else if (a.as_time()) {
    CHECK(a.as_time()->minutes() == b.as_time()->minutes());
  }
}

std::vector<pd::IndexEntry> sample_entries() {
  pd::FileStamp stamp{1500, 1'700'000'000'123'456'789, 1'700'000'000'223'456'789, 42, 7, 0100640};
  return {{"appeals/2026/A-20261124-K7QM.yaml", stamp, pd::file_checksum("a"),
           pd::encode_value(sample_value())},
          {"appeals/2025/A-20251124-AAAA.yaml", stamp, pd::file_checksum("b"),
           pd::encode_value(Value("x"))}};
}

constexpr std::uint64_t kPrint = 0x1234;

}  // namespace

TEST_CASE("record index: a value survives encoding, positions included") {
  Value v = sample_value();
  check_same(pd::decode_value(pd::encode_value(v)), v);
  check_same(pd::decode_value(pd::encode_value(Value())), Value());
}

TEST_CASE("record index: a cut or padded value is refused") {
  std::string bytes = pd::encode_value(sample_value());
  for (size_t n = 0; n < bytes.size(); ++n)
    CHECK_THROWS(pd::decode_value(std::string_view(bytes).substr(0, n)));
  CHECK_THROWS(pd::decode_value(bytes + "x"));
}

TEST_CASE("record index: entries round-trip, in path order") {
  std::string bytes = pd::serialize_index(sample_entries(), 99, kPrint);
  auto index = pd::parse_index(bytes, kPrint);
  REQUIRE(index);
  CHECK(index->begun_ns == 99);
  CHECK(index->entries.size() == 2);
  const pd::IndexEntry* e = index->find("appeals/2026/A-20261124-K7QM.yaml");
  REQUIRE(e);
  CHECK(e->stamp == sample_entries()[0].stamp);
  CHECK(e->checksum == pd::file_checksum("a"));
  check_same(pd::decode_value(e->value), sample_value());
  CHECK_FALSE(index->find("appeals/2026/none.yaml"));
  // The same entries in another order give the same bytes.
  auto reversed = sample_entries();
  std::swap(reversed[0], reversed[1]);
  CHECK(pd::serialize_index(reversed, 99, kPrint) == bytes);
}

TEST_CASE("record index: an empty index is valid") {
  auto index = pd::parse_index(pd::serialize_index({}, 5, kPrint), kPrint);
  REQUIRE(index);
  CHECK(index->entries.empty());
}

TEST_CASE("record index: every truncation, every flipped byte, is refused") {
  std::string bytes = pd::serialize_index(sample_entries(), 99, kPrint);
  for (size_t n = 0; n < bytes.size(); ++n)
    CHECK_FALSE(pd::parse_index(std::string_view(bytes).substr(0, n), kPrint));
  CHECK_FALSE(pd::parse_index(bytes + std::string(1, '\0'), kPrint));
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string flipped = bytes;
    flipped[at] = char(flipped[at] ^ 0x01);
    CHECK_FALSE(pd::parse_index(flipped, kPrint));
  }
}

TEST_CASE("record index: another version or other schemas read as no index") {
  std::string bytes = pd::serialize_index(sample_entries(), 99, kPrint);
  CHECK_FALSE(pd::parse_index(bytes, kPrint + 1));
  // Version 2, with a header checksum that holds.
  std::string other = bytes;
  other[8] = 2;
  std::uint64_t sum = pd::index_checksum(std::string_view(other).substr(0, 52));
  for (int i = 0; i < 8; ++i)
    other[size_t(52 + i)] = char((sum >> (8 * i)) & 0xFF);
  CHECK_FALSE(pd::parse_index(other, kPrint));
  other[8] = 1;
  sum = pd::index_checksum(std::string_view(other).substr(0, 52));
  for (int i = 0; i < 8; ++i)
    other[size_t(52 + i)] = char((sum >> (8 * i)) & 0xFF);
  CHECK(pd::parse_index(other, kPrint));
}

TEST_CASE("record index: racily clean entries are those changed near its start") {
  pd::RecordIndex index;
  index.begun_ns = 10'000'000'000;
  pd::FileStamp stamp;
  stamp.mtime_ns = stamp.ctime_ns = index.begun_ns - pd::kRacyMarginNs - 1;
  CHECK_FALSE(index.racy(stamp));
  stamp.ctime_ns = index.begun_ns - pd::kRacyMarginNs;
  CHECK(index.racy(stamp));
  stamp.ctime_ns = stamp.mtime_ns;
  stamp.mtime_ns = index.begun_ns + 1;
  CHECK(index.racy(stamp));
}

TEST_CASE("record index: the store reads the same with it and without it") {
  pd::test::TempDir dir;
  pd::init_store(dir.path(), "Школа", pd::Date(2026, 11, 24));
  const pd::RecordSchema& schema = pd::schema_for("appeal");
  std::vector<std::string> files;
  for (int i = 0; i < 40; ++i) {  // enough to be parsed on every core
    std::string id = "A-20261124-" + std::string(1, "ABCDEFGH"[i / 8]) + "00" +
                     std::string(1, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[i % 8]);
    std::string file = schema.path_for(id);
    fs::create_directories((dir.path() / file).parent_path());
    std::ofstream(dir.path() / file)
        << "id: " << id
        << "\nstatus: received\nkind: request\nchannel: email\nlang: ru\nreceived: 2026-11-24\n"
           "from: Иванова Анна\nsubject: Питание\ndue: 2026-12-09\nhistory:\n"
           "  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n    action: received\n";
    files.push_back(file);
  }
  std::sort(files.begin(), files.end());
  auto render = [&](const std::vector<pd::FileCheck>& checks) {
    std::string out;
    for (const auto& c : checks) {
      REQUIRE(c.record);
      out += c.record->file + "\n" + pd::to_canonical_yaml(c.record->value, schema);
    }
    return out;
  };
  pd::Store plain(dir.path());
  plain.use_index(false);
  std::string expected = render(plain.check_files(files, schema));
  CHECK_FALSE(fs::exists(dir.path() / ".cache"));
  std::string cold = render(pd::Store(dir.path()).check_files(files, schema));
  CHECK(cold == expected);
  CHECK(fs::exists(dir.path() / pd::index_path("appeal")));
  CHECK(render(pd::Store(dir.path()).check_files(files, schema)) == expected);
  // What the index holds is what the files say.
  pd::RecordIndex index = pd::load_index(dir.path(), "appeal");
  CHECK(index.entries.size() == files.size());
}
