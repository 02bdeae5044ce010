// minutes/attendance: at most as many present as invited, as many satisfied
// as responded.
#include "minutes/attendance.h"

#include <doctest/doctest.h>

#include "test_minutes_fixtures.h"

using pd::test::class_meeting;
using pd::test::error_of;

TEST_CASE("present may equal invited, not exceed it") {
  pd::Value minutes = class_meeting();
  minutes.set("present", 41);
  CHECK(pd::count_problems(minutes).empty());
  CHECK_NOTHROW(pd::require_consistent_counts(minutes));
  minutes.set("present", 42);
  auto problems = pd::count_problems(minutes);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].field == "present");
  CHECK(problems[0].message == "'present': 42 is more than 'invited' (41)");
  auto [code, message] = error_of([&] { pd::require_consistent_counts(minutes); });
  CHECK(code == pd::ExitCode::refused);
  CHECK(message == "'present': 42 is more than 'invited' (41)");
}

TEST_CASE("a survey's satisfied are at most its respondents; missing counts are no problem") {
  pd::Value survey = class_meeting();
  survey.erase("invited");
  survey.set("present", 500);
  survey.set("respondents", 120);
  survey.set("satisfied", 121);
  auto problems = pd::count_problems(survey);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "'satisfied': 121 is more than 'respondents' (120)");
  survey.set("satisfied", 98);
  CHECK(pd::count_problems(survey).empty());
}
