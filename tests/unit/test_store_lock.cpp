// store/lock: the store's exclusive lock, `<store>/.lock`.
#include "store/lock.h"

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>

#include "core/error.h"
#include "test_support.h"

using namespace std::chrono_literals;
using pd::StoreLock;
using pd::test::TempDir;

TEST_CASE("the lock file is created 0600 and kept") {
  TempDir dir;
  { StoreLock lock(dir.path()); }
  CHECK(std::filesystem::is_regular_file(dir / ".lock"));
  CHECK_EQ(pd::test::file_mode(dir / ".lock"), 0600u);
}

TEST_CASE("a held lock makes another wait, then fail after its patience") {
  TempDir dir;
  std::optional<StoreLock> held;
  held.emplace(dir.path());
  auto start = std::chrono::steady_clock::now();
  try {
    StoreLock second(dir.path(), 200ms);
    FAIL("expected pd::Error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::system);
    CHECK_EQ(std::string(e.what()),
             "the store is locked by another command (waited 0 s); try again");
  }
  CHECK_GE(std::chrono::steady_clock::now() - start, 200ms);

  held.reset();  // released: the next one gets it at once
  CHECK_NOTHROW(StoreLock(dir.path(), 0ms));
}

TEST_CASE("a store directory that does not exist cannot be locked") {
  TempDir dir;
  try {
    StoreLock lock(dir / "missing");
    FAIL("expected pd::Error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::system);
    CHECK_EQ(std::string(e.what()), "cannot open the store lock '" +
                                        (dir / "missing" / ".lock").string() +
                                        "': No such file or directory");
  }
}
