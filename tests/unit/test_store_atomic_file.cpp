// store/atomic_file: temp file, fsync, rename; a failed write leaves every
// file as it was (SPEC §4 "Writes are atomic").
#include "store/atomic_file.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"
#include "test_support.h"

namespace fs = std::filesystem;
using pd::FileTransaction;
using pd::test::TempDir;
using Names = std::vector<std::string>;

TEST_CASE("stage + commit writes the content, mode 0640, and leaves no temporary file") {
  TempDir dir;
  {
    FileTransaction transaction;
    CHECK(transaction.empty());
    transaction.stage(dir / "appeals/2026/A-20261124-K7QM.yaml", "id: A-20261124-K7QM\n");
    transaction.stage(dir / "staff/abenova.yaml", "id: abenova\n");
    CHECK_FALSE(transaction.empty());
    // Staged only: the targets do not exist yet, their temporary files do.
    CHECK_FALSE(fs::exists(dir / "appeals/2026/A-20261124-K7QM.yaml"));
    CHECK_FALSE(fs::exists(dir / "staff/abenova.yaml"));
    transaction.commit();
    CHECK(transaction.empty());
  }
  CHECK_EQ(pd::test::read_file(dir / "appeals/2026/A-20261124-K7QM.yaml"), "id: A-20261124-K7QM\n");
  CHECK_EQ(pd::test::read_file(dir / "staff/abenova.yaml"), "id: abenova\n");
  CHECK_EQ(pd::test::file_mode(dir / "appeals/2026/A-20261124-K7QM.yaml"), 0640u);
  CHECK_EQ(pd::test::file_mode(dir / "staff/abenova.yaml"), 0640u);
  CHECK_EQ(pd::test::tree(dir.path()),
           (Names{"appeals", "appeals/2026", "appeals/2026/A-20261124-K7QM.yaml", "staff",
                  "staff/abenova.yaml"}));
}

TEST_CASE("a staged temporary file is hidden and sits beside its target") {
  TempDir dir;
  FileTransaction transaction;
  transaction.stage(dir / "x.yaml", "new\n");
  Names names = pd::test::tree(dir.path());
  REQUIRE_EQ(names.size(), 1u);
  CAPTURE(names[0]);
  CHECK(pd::is_temp_file_name(names[0]));
  CHECK_EQ(names[0].substr(0, 11), ".x.yaml.tmp");
  CHECK_EQ(pd::test::read_file(dir / names[0]), "new\n");
  CHECK_EQ(pd::test::file_mode(dir / names[0]), 0640u);  // set before the rename
}

TEST_CASE("commit replaces an existing file") {
  TempDir dir;
  pd::test::write_file(dir / "x.yaml", "old\n");
  FileTransaction transaction;
  transaction.stage(dir / "x.yaml", "new\n");
  CHECK_EQ(pd::test::read_file(dir / "x.yaml"), "old\n");
  transaction.commit();
  CHECK_EQ(pd::test::read_file(dir / "x.yaml"), "new\n");
  CHECK_EQ(pd::test::tree(dir.path()), Names{"x.yaml"});
}

TEST_CASE("destroyed without commit: old files intact, temporary files removed") {
  TempDir dir;
  pd::test::write_file(dir / "x.yaml", "old\n");
  {
    FileTransaction transaction;
    transaction.stage(dir / "x.yaml", "new\n");
    transaction.stage(dir / "y.yaml", "created\n");
    CHECK_EQ(pd::test::tree(dir.path()).size(), 3u);
  }
  CHECK_EQ(pd::test::read_file(dir / "x.yaml"), "old\n");
  CHECK_EQ(pd::test::tree(dir.path()), Names{"x.yaml"});
}

TEST_CASE("staging below a file fails with a system error and leaves nothing") {
  TempDir dir;
  pd::test::write_file(dir / "school.yaml", "name: X\n");
  pd::test::write_file(dir / "staff/abenova.yaml", "old\n");
  {
    FileTransaction transaction;
    transaction.stage(dir / "staff/abenova.yaml", "new\n");
    try {
      transaction.stage(dir / "school.yaml/inner.yaml", "x\n");
      FAIL("expected pd::Error");
    } catch (const pd::Error& e) {
      CHECK_EQ(e.code(), pd::ExitCode::system);
      CHECK_EQ(std::string(e.what()),
               "cannot create directory '" + (dir / "school.yaml").string() + "': Not a directory");
    }
  }
  CHECK_EQ(pd::test::read_file(dir / "staff/abenova.yaml"), "old\n");
  CHECK_EQ(pd::test::tree(dir.path()), (Names{"school.yaml", "staff", "staff/abenova.yaml"}));
}

TEST_CASE("a commit that fails half-way puts back the files already replaced") {
  TempDir dir;
  pd::test::write_file(dir / "appeals/2026/A-20261124-K7QM.yaml", "old\n");
  {
    FileTransaction transaction;
    transaction.stage(dir / "appeals/2026/A-20261124-K7QM.yaml", "new\n");
    transaction.stage(dir / "appeals/2026/A-20261125-NEW1.yaml", "created\n");
    transaction.stage(dir / "bookings/2026/B-20261124-K7QM.yaml", "booked\n");
    // The last file cannot be put in place: its directory has gone.
    fs::remove_all(dir / "bookings");
    try {
      transaction.commit();
      FAIL("expected pd::Error");
    } catch (const pd::Error& e) {
      CHECK_EQ(e.code(), pd::ExitCode::system);
      CHECK_EQ(std::string(e.what()), "cannot replace '" +
                                          (dir / "bookings/2026/B-20261124-K7QM.yaml").string() +
                                          "': No such file or directory");
    }
    CHECK_EQ(pd::test::read_file(dir / "appeals/2026/A-20261124-K7QM.yaml"), "old\n");
    CHECK_FALSE(fs::exists(dir / "appeals/2026/A-20261125-NEW1.yaml"));
  }
  CHECK_EQ(pd::test::read_file(dir / "appeals/2026/A-20261124-K7QM.yaml"), "old\n");
  CHECK_EQ(pd::test::tree(dir.path()),
           (Names{"appeals", "appeals/2026", "appeals/2026/A-20261124-K7QM.yaml"}));
}

TEST_CASE("commit leaves no copy of the old content") {
  TempDir dir;
  pd::test::write_file(dir / "x.yaml", "old\n");
  pd::test::write_file(dir / "y.yaml", "old y\n");
  {
    FileTransaction transaction;
    transaction.stage(dir / "x.yaml", "new\n");
    transaction.stage(dir / "y.yaml", "new y\n");
    transaction.commit();
  }
  CHECK_EQ(pd::test::read_file(dir / "x.yaml"), "new\n");
  CHECK_EQ(pd::test::read_file(dir / "y.yaml"), "new y\n");
  CHECK_EQ(pd::test::tree(dir.path()), (Names{"x.yaml", "y.yaml"}));
}

TEST_CASE("is_temp_file_name: `.<name>.tmp-XXXXXX` only") {
  CHECK(pd::is_temp_file_name(".x.yaml.tmp-AbC123"));
  CHECK(pd::is_temp_file_name(".A-20261124-K7QM.yaml.tmp-000000"));
  CHECK(pd::is_temp_file_name(".school.yaml.tmp-zzzzzz"));
  CHECK_FALSE(pd::is_temp_file_name("x.yaml"));
  CHECK_FALSE(pd::is_temp_file_name("x.yaml.tmp-AbC123"));    // not hidden
  CHECK_FALSE(pd::is_temp_file_name(".x.yaml.tmp-AbC12"));    // five characters
  CHECK_FALSE(pd::is_temp_file_name(".x.yaml.tmp-AbC1234"));  // seven
  CHECK_FALSE(pd::is_temp_file_name(".x.yaml.tmp-AbC_23"));
  CHECK_FALSE(pd::is_temp_file_name(".tmp-AbC123"));
  CHECK_FALSE(pd::is_temp_file_name(".gitignore"));
  CHECK_FALSE(pd::is_temp_file_name(".lock"));
}

TEST_CASE("remove_orphan_temp_files removes temporary files only, and skips .git") {
  TempDir dir;
  for (const char* file :
       {"school.yaml", "staff/x.yaml", "staff/.x.yaml.tmp-AbC123",
        "appeals/2026/.A-20261124-K7QM.yaml.tmp-q1W2e3", "appeals/2026/A-20261124-K7QM.yaml",
        ".git/.x.yaml.tmp-AbC123", ".git/objects/.y.tmp-AbC123", "notes.tmp-AbC123", ".lock"})
    pd::test::write_file(dir / file, "x\n");
  pd::remove_orphan_temp_files(dir.path());
  CHECK_EQ(pd::test::tree(dir.path()),
           (Names{".git", ".git/.x.yaml.tmp-AbC123", ".git/objects", ".git/objects/.y.tmp-AbC123",
                  ".lock", "appeals", "appeals/2026", "appeals/2026/A-20261124-K7QM.yaml",
                  "notes.tmp-AbC123", "school.yaml", "staff", "staff/x.yaml"}));
}

TEST_CASE("remove_orphan_temp_files on a missing directory does nothing") {
  TempDir dir;
  CHECK_NOTHROW(pd::remove_orphan_temp_files(dir / "missing"));
}
