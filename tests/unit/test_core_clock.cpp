// core/clock: "today" and "now" in the school's zone, whatever the server's.
#include "core/clock.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <optional>
#include <string>

#include "core/error.h"

using pd::Clock;
using pd::Date;

namespace {

// Sets $TZ for one test and restores what it was.
class TzGuard {
 public:
  explicit TzGuard(const char* value) {
    if (const char* old = std::getenv("TZ")) saved_ = old;
    if (value)
      ::setenv("TZ", value, 1);
    else
      ::unsetenv("TZ");
  }
  ~TzGuard() {
    if (saved_)
      ::setenv("TZ", saved_->c_str(), 1);
    else
      ::unsetenv("TZ");
  }

 private:
  std::optional<std::string> saved_;
};

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

TEST_CASE("an override fixes today and shows in now_timestamp") {
  Clock clock("Asia/Almaty", Date(2026, 11, 24));
  CHECK(clock.overridden());
  CHECK_EQ(clock.zone(), "Asia/Almaty");
  CHECK_EQ(clock.today(), Date(2026, 11, 24));

  std::string now = clock.now_timestamp();
  CHECK(pd::is_timestamp(now));
  CHECK_EQ(now.substr(0, 11), "2026-11-24T");
  CHECK(ends_with(now, "+05:00"));

  Clock far("Asia/Almaty", Date(2030, 1, 2));
  CHECK_EQ(far.now_timestamp().substr(0, 11), "2030-01-02T");
}

TEST_CASE("without an override, today is the date in the school's zone") {
  // Retried in the unlikely case that midnight passes between the calls.
  for (int attempt = 0; attempt < 3; ++attempt) {
    Clock clock("Asia/Almaty", std::nullopt);
    std::string now = clock.now_timestamp();
    Clock again("Asia/Almaty", std::nullopt);
    if (clock.today() != again.today()) continue;
    CHECK_FALSE(clock.overridden());
    CHECK(pd::is_timestamp(now));
    CHECK_EQ(now.size(), 25u);
    CHECK_EQ(now.substr(0, 11), clock.today().str() + "T");
    CHECK(ends_with(now, "+05:00"));  // Kazakhstan: UTC+5 since 2024 (tzdata 2024a)
    break;
  }
}

TEST_CASE("zones with fixed offsets give their own offset and date") {
  CHECK(ends_with(Clock("Pacific/Kiritimati", std::nullopt).now_timestamp(), "+14:00"));
  CHECK(ends_with(Clock("Etc/GMT+12", std::nullopt).now_timestamp(), "-12:00"));
  CHECK(ends_with(Clock("UTC", std::nullopt).now_timestamp(), "+00:00"));

  // UTC+14 is 26 hours ahead of UTC-12: its date is always one or two days
  // later, whatever the time of day.
  Clock west("Etc/GMT+12", std::nullopt);
  Clock east("Pacific/Kiritimati", std::nullopt);
  int ahead = west.today().days_until(east.today());
  CHECK((ahead == 1 || ahead == 2));
}

TEST_CASE("the process's $TZ is left as it was") {
  SUBCASE("set") {
    TzGuard tz("UTC");
    Clock clock("Pacific/Kiritimati", std::nullopt);
    (void)clock.now_timestamp();
    REQUIRE(std::getenv("TZ") != nullptr);
    CHECK_EQ(std::string(std::getenv("TZ")), "UTC");
  }
  SUBCASE("unset") {
    TzGuard tz(nullptr);
    Clock clock("Pacific/Kiritimati", std::nullopt);
    (void)clock.now_timestamp();
    CHECK(std::getenv("TZ") == nullptr);
  }
}

TEST_CASE("an unknown zone is a system error naming the zone") {
  try {
    Clock clock("Mars/Olympus_Mons", std::nullopt);
    FAIL("expected pd::Error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::system);
    CHECK_EQ(std::string(e.what()),
             "time zone 'Mars/Olympus_Mons' is not in the system's tz database (is tzdata "
             "installed?)");
  }
  CHECK_THROWS_AS(Clock("", Date(2026, 11, 24)), pd::Error);
  CHECK_THROWS_AS(Clock("Asia", std::nullopt), pd::Error);  // a directory, not a zone
}

TEST_CASE("timezone_exists: names of the tz database only, no paths") {
  CHECK(pd::timezone_exists("Asia/Almaty"));
  CHECK(pd::timezone_exists("Etc/GMT+12"));
  CHECK(pd::timezone_exists("UTC"));
  CHECK_FALSE(pd::timezone_exists(""));
  CHECK_FALSE(pd::timezone_exists("Asia"));
  CHECK_FALSE(pd::timezone_exists("Asia/Nowhere"));
  CHECK_FALSE(pd::timezone_exists("/usr/share/zoneinfo/UTC"));
  CHECK_FALSE(pd::timezone_exists("../../../etc/passwd"));
  CHECK_FALSE(pd::timezone_exists("Asia/Almaty "));
}
