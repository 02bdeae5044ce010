// store/store_init: `report init` makes a new, valid, empty store.
#include "store/store_init.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"
#include "store/store.h"
#include "test_support.h"

namespace fs = std::filesystem;
using pd::test::TempDir;
using Names = std::vector<std::string>;

namespace {

std::string line_starting(const std::string& text, std::string_view prefix) {
  size_t at = text.find("\n" + std::string(prefix));
  if (at == std::string::npos) return "(none)";
  size_t end = text.find('\n', at + 1);
  return text.substr(at + 1, end - at - 1);
}

}  // namespace

TEST_CASE("init_store creates school.yaml, the record folders and git settings") {
  TempDir dir;
  pd::init_store(dir / "store", "Школа-лицей № 27", pd::Date(2026, 11, 24));
  fs::path root = dir / "store";
  CHECK_EQ(pd::test::tree(root),
           (Names{".gitattributes", ".gitignore", "appeals", "bookings", "classes", "incidents",
                  "minutes", "school.yaml", "staff"}));
  CHECK_EQ(pd::test::file_mode(root / "school.yaml"), 0640u);
  CHECK_EQ(pd::test::read_file(root / ".gitignore"),
           "# parentdesk: the store lock, temporary files of interrupted writes, the index\n"
           ".lock\n.*.tmp-*\n.cache/\n");
  CHECK_EQ(pd::test::read_file(root / ".gitattributes"),
           "# parentdesk records: UTF-8 text with LF line ends, diffed as text\n"
           "*.yaml text eol=lf diff\n");

  std::string school = pd::test::read_file(root / "school.yaml");
  CHECK_EQ(line_starting(school, "name:"), "name: Школа-лицей № 27");
  CHECK_EQ(line_starting(school, "year:"), "year: {start: 2026-09-01, end: 2027-05-25}");

  pd::Store store(root);
  CHECK_EQ(store.school().value.text("name"), "Школа-лицей № 27");
  CHECK_EQ(store.school().value.text("timezone"), "Asia/Almaty");
}

TEST_CASE("the school year is the one around today") {
  TempDir spring, summer;
  pd::init_store(spring.path(), "X", pd::Date(2027, 3, 1));
  CHECK_EQ(line_starting(pd::test::read_file(spring / "school.yaml"), "year:"),
           "year: {start: 2026-09-01, end: 2027-05-25}");
  pd::init_store(summer.path(), "X", pd::Date(2027, 7, 1));
  CHECK_EQ(line_starting(pd::test::read_file(summer / "school.yaml"), "year:"),
           "year: {start: 2027-09-01, end: 2028-05-25}");
}

TEST_CASE("a name that YAML would misread is quoted") {
  TempDir dir;
  pd::init_store(dir.path(), "Школа: №1 #главная", pd::Date(2026, 11, 24));
  CHECK_EQ(line_starting(pd::test::read_file(dir / "school.yaml"), "name:"),
           "name: \"Школа: №1 #главная\"");
  CHECK_EQ(pd::Store(dir.path()).school().value.text("name"), "Школа: №1 #главная");
}

TEST_CASE("init_store refuses an existing store and writes nothing") {
  TempDir dir;
  pd::test::write_file(dir / "school.yaml", "name: Old\n");
  try {
    pd::init_store(dir.path(), "New", pd::Date(2026, 11, 24));
    FAIL("expected pd::Error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::refused);
    CHECK_EQ(std::string(e.what()), "'" + dir.path().string() +
                                        "' already holds a store (school.yaml exists): nothing "
                                        "was changed");
  }
  CHECK_EQ(pd::test::tree(dir.path()), Names{"school.yaml"});
  CHECK_EQ(pd::test::read_file(dir / "school.yaml"), "name: Old\n");
}

TEST_CASE("init_store needs a name on one line") {
  TempDir dir;
  for (std::string name : {"", "Школа\n№ 1"}) {
    CAPTURE(name);
    try {
      pd::init_store(dir.path(), name, pd::Date(2026, 11, 24));
      FAIL("expected pd::Error");
    } catch (const pd::Error& e) {
      CHECK_EQ(e.code(), pd::ExitCode::usage);
      CHECK_EQ(std::string(e.what()), "--name: expected the school's name on one line");
    }
  }
  CHECK(pd::test::tree(dir.path()).empty());
}
