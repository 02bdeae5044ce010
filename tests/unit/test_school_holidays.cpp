// school/holidays: the public holidays of Kazakhstan that `report init`
// writes, with the days that replace those falling on a weekend.
#include "school/holidays.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

std::string listed(int start_year) {
  std::string out;
  for (pd::Date day : pd::kazakhstan_holidays(start_year))
    out += (out.empty() ? "" : " ") + day.str();
  return out;
}

}  // namespace

TEST_CASE("2026/2027: the weekday holidays and the days that replace the weekend ones") {
  // Sun 25 Oct -> Mon 26 Oct; Sat 2 Jan -> Mon 4 Jan; Sun 21 Mar -> Wed 24
  // Mar (22, 23 are holidays); Sat 1 May -> Mon 3 May; Sun 9 May -> Mon 10 May.
  CHECK_EQ(listed(2026),
           "2026-10-26 2026-12-16 2027-01-01 2027-01-04 2027-01-07 2027-03-08 2027-03-22 "
           "2027-03-23 2027-03-24 2027-05-03 2027-05-07 2027-05-10 2027-07-06 2027-08-30");
}

TEST_CASE("2025/2026: a holiday of late August moves into September, into this year") {
  // Sat 30 Aug 2025 -> Mon 1 Sep 2025; Sat 25 Oct -> Mon 27 Oct; Sun 8 Mar ->
  // Mon 9 Mar; Sat 21, Sun 22 Mar -> Tue 24, Wed 25 Mar (Mon 23 is Nauryz);
  // Sat 9 May -> Mon 11 May; Sun 30 Aug 2026 -> Mon 31 Aug 2026.
  CHECK_EQ(listed(2025),
           "2025-09-01 2025-10-27 2025-12-16 2026-01-01 2026-01-02 2026-01-07 2026-03-09 "
           "2026-03-23 2026-03-24 2026-03-25 2026-05-01 2026-05-07 2026-05-11 2026-07-06 "
           "2026-08-31");
}

TEST_CASE("two holidays on one weekend move to the two next working days") {
  // Sat 1 and Sun 2 Jan 2033 -> Mon 3 and Tue 4 Jan; Sat 7 May 2033 moves
  // past Mon 9 May (Victory Day) to Tue 10 May.
  std::string y = listed(2032);
  CHECK(y.find(" 2033-01-03 2033-01-04 2033-01-07 ") != std::string::npos);
  CHECK(y.find(" 2033-05-02 2033-05-09 2033-05-10 ") != std::string::npos);
}

TEST_CASE("a religious holiday on a weekend is not moved") {
  // Sat 7 Jan 2034 stays a Saturday; Sun 1 Jan 2034 -> Tue 3 Jan (Mon 2 Jan
  // is a holiday itself).
  std::string y = listed(2033);
  CHECK(y.find(" 2034-01-02 2034-01-03 2034-03-08 ") != std::string::npos);
  CHECK(y.find("2034-01-07") == std::string::npos);
  CHECK(y.find("2034-01-09") == std::string::npos);
}
