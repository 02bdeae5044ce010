// school/calendar_check: the school calendar of school.yaml (years, terms,
// holidays, moved working days, plan_from) checked at the edges of each rule.
#include "school/calendar_check.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "school/settings.h"
#include "store/schema.h"
#include "store/validate.h"
#include "test_support.h"
#include "yaml/strict_yaml.h"

namespace {

using Problems = std::vector<std::string>;

// The calendar problems of a school.yaml, as "line:col: message".
Problems check(const std::string& text) {
  std::vector<pd::Diagnostic> invalid;
  pd::Record school{&pd::schema_for("school"), "school.yaml",
                    pd::validate(pd::yaml::parse_strict(text, "school.yaml"),
                                 pd::schema_for("school"), "school.yaml", invalid)};
  REQUIRE_MESSAGE(invalid.empty(), invalid.front().str());
  Problems problems;
  for (const auto& d : pd::check_school_calendar(school)) {
    CHECK_EQ(d.file, "school.yaml");
    problems.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " +
                       d.message);
  }
  return problems;
}

// The demo's year: Q1 starts on the year's first day, Q4 ends on its last.
const std::string kYear =
    "name: S\n"
    "year: {start: 2026-09-01, end: 2027-05-25}\n"
    "terms:\n"
    "  - {name: Q1, start: 2026-09-01, end: 2026-10-26}\n"
    "  - {name: Q2, start: 2026-11-03, end: 2026-12-26}\n"
    "  - {name: Q3, start: 2027-01-08, end: 2027-03-18}\n"
    "  - {name: Q4, start: 2027-03-30, end: 2027-05-25}\n";

// kYear with `old` replaced by `now` (which must be there).
std::string with(std::string text, const std::string& old, const std::string& now) {
  size_t at = text.find(old);
  REQUIRE_MESSAGE(at != std::string::npos, old);
  return text.replace(at, old.size(), now);
}

const std::string kHolidays = "holidays: [2026-12-16]\n";

// The year 2025/2026 as a `years` entry, with its Q1 and Q2.
const std::string kLastYear =
    "years:\n"
    "  - start: 2025-09-01\n"
    "    end: 2026-05-25\n"
    "    terms:\n"
    "      - {name: Q1, start: 2025-09-01, end: 2025-10-26}\n"
    "      - {name: Q2, start: 2025-11-03, end: 2025-12-28}\n";

}  // namespace

TEST_CASE("a calendar within the rules has no problem; a term may end on the year's last day") {
  CHECK_EQ(check(kYear + kHolidays), Problems{});
  CHECK_EQ(check(kYear + kLastYear + "holidays: [2025-12-16, 2026-12-16]\n"), Problems{});
  // a one-day term, and a year of a single day
  CHECK_EQ(check(with(kYear, "end: 2026-10-26", "end: 2026-09-01") + kHolidays), Problems{});
  CHECK_EQ(check("name: S\nyear: {start: 2026-09-01, end: 2026-09-01}\nholidays: [2026-10-26]\n"),
           Problems{});
}

TEST_CASE("a school year ending before it starts") {
  CHECK_EQ(check(with(kYear, "end: 2027-05-25}", "end: 2026-08-31}") + kHolidays),
           Problems{"2:32: 'year.end': the school year ends before it starts (2026-09-01)"});
  CHECK_EQ(check("name: S\n" + with(kLastYear, "end: 2026-05-25", "end: 2025-08-31") +
                 "holidays: [2026-12-16]\n"),
           Problems{"4:10: 'years[1].end': the school year ends before it starts (2025-09-01)"});
}

TEST_CASE("a term ending before it starts; one ending on its first day is a one-day term") {
  CHECK_EQ(check(with(kYear, "end: 2026-12-26", "end: 2026-11-02") + kHolidays),
           Problems{"5:40: 'terms[2].end': term Q2 ends before it starts (2026-11-03)"});
}

TEST_CASE("a term outside its year, by one day at either end") {
  CHECK_EQ(check(with(kYear, "start: 2026-09-01, end: 2026-10-26",
                      "start: 2026-08-31, end: 2026-10-26") +
                 kHolidays),
           Problems{"4:23: 'terms[1].start': term Q1 starts before its school year (2026-09-01)"});
  CHECK_EQ(
      check(with(kYear, "2027-03-30, end: 2027-05-25", "2027-03-30, end: 2027-05-26") + kHolidays),
      Problems{"7:40: 'terms[4].end': term Q4 ends after its school year (2027-05-25)"});
  CHECK_EQ(check(kYear + kHolidays +
                 "years:\n  - start: 2025-09-01\n    end: 2026-05-25\n    terms:\n"
                 "      - {name: Q4, start: 2026-03-30, end: 2026-05-26}\n"),
           Problems{"13:44: 'years[1].terms[1].end': term Q4 ends after its school year "
                    "(2026-05-25)",
                    "10:5: 'years[1]': no holiday is listed from 2025-09-01 to 2026-08-31: add the "
                    "school year's public holidays to 'holidays'"});
}

TEST_CASE("terms may touch, not overlap, and are listed in order") {
  // Q2 starts the day after Q1 ends: no problem; on the day Q1 ends: overlap
  CHECK_EQ(check(with(kYear, "start: 2026-11-03", "start: 2026-10-27") + kHolidays), Problems{});
  CHECK_EQ(check(with(kYear, "start: 2026-11-03", "start: 2026-10-26") + kHolidays),
           Problems{"5:23: 'terms[2].start': term Q2 starts before term Q1 ends (2026-10-26)"});
  std::string swapped = with(with(kYear, "{name: Q2, start: 2026-11-03, end: 2026-12-26}", "@"),
                             "{name: Q3, start: 2027-01-08, end: 2027-03-18}",
                             "{name: Q2, start: 2026-11-03, end: 2026-12-26}");
  swapped = with(swapped, "@", "{name: Q3, start: 2027-01-08, end: 2027-03-18}");
  CHECK_EQ(check(swapped + kHolidays),
           Problems{"6:23: 'terms[3].start': term Q2 starts before term Q3 listed above it "
                    "(2027-01-08): list the terms in order"});
  // a term that ends before it starts is left out of the comparison
  CHECK_EQ(check(with(kYear, "end: 2026-12-26", "end: 2026-09-02") + kHolidays),
           Problems{"5:40: 'terms[2].end': term Q2 ends before it starts (2026-11-03)"});
}

TEST_CASE("school years may follow each other, not overlap") {
  CHECK_EQ(check(with(kLastYear, "end: 2026-05-25", "end: 2026-08-31") +
                 "holidays: [2025-12-16, 2026-12-16]\n" + kYear),
           Problems{});
  CHECK_EQ(check(with(kLastYear, "end: 2026-05-25", "end: 2026-09-01") +
                 "holidays: [2025-12-16, 2026-12-16]\n" + kYear),
           Problems{"9:15: 'year.start': the school year 2026/2027 starts before the school year "
                    "2025/2026 ends (2026-09-01)"});
  // the same year twice
  CHECK_EQ(check(kYear + kHolidays + "years:\n  - start: 2026-09-01\n    end: 2027-05-25\n"),
           Problems{"10:12: 'years[1].start': the school year 2026/2027 starts before the school "
                    "year 2026/2027 ends (2027-05-25)"});
}

TEST_CASE("a day is either a holiday or a working day; moved working days are weekend days") {
  // Sat 2 Jan 2027 both a holiday and a moved working day
  CHECK_EQ(check(kYear + "holidays: [2026-12-16, 2027-01-02]\nworkdays: [2027-01-02]\n"),
           Problems{"9:12: 'workdays[1]': 2027-01-02 is also in 'holidays': a day is either a "
                    "holiday or a working day"});
  // Fri 18 Dec is not; Sat 19 and Sun 20 Dec are
  CHECK_EQ(check(kYear + kHolidays + "workdays: [2026-12-19, 2026-12-20, 2026-12-18]\n"),
           Problems{"9:36: 'workdays[3]': 2026-12-18 is not a Saturday or a Sunday: 'workdays' "
                    "lists the weekend days worked in place of a holiday"});
  // a weekday in both lists breaks both rules
  CHECK_EQ(check(kYear + "holidays: [2026-12-16]\nworkdays: [2026-12-16]\n"),
           (Problems{"9:12: 'workdays[1]': 2026-12-16 is also in 'holidays': a day is either a "
                     "holiday or a working day",
                     "9:12: 'workdays[1]': 2026-12-16 is not a Saturday or a Sunday: 'workdays' "
                     "lists the weekend days worked in place of a holiday"}));
}

TEST_CASE("a holiday list per year: from its start to 31 August, or the next year's start") {
  // the first and the last day of the span count; the day after does not
  CHECK_EQ(check(kYear + "holidays: [2026-09-01]\n"), Problems{});
  CHECK_EQ(check(kYear + "holidays: [2027-08-31]\n"), Problems{});
  CHECK_EQ(check(kYear + "holidays: [2027-09-01, 2026-08-31]\n"),
           Problems{"2:7: 'year': no holiday is listed from 2026-09-01 to 2027-08-31: add the "
                    "school year's public holidays to 'holidays'"});
  CHECK_EQ(check(kYear),
           Problems{"2:7: 'year': no holiday is listed from 2026-09-01 to 2027-08-31: add the "
                    "school year's public holidays to 'holidays'"});
  // the past year's holidays left out when it was added
  CHECK_EQ(check(kYear + kHolidays + kLastYear),
           Problems{"10:5: 'years[1]': no holiday is listed from 2025-09-01 to 2026-08-31: add "
                    "the school year's public holidays to 'holidays'"});
  // a next year starting before 1 September ends the span the day before
  std::string next = "years:\n  - start: 2027-08-25\n    end: 2028-05-25\n";
  CHECK_EQ(check(kYear + "holidays: [2026-12-16, 2027-08-30]\n" + next),
           Problems{});  // 30 Aug 2027 is the next year's
  CHECK_EQ(check(kYear + "holidays: [2027-08-24, 2027-08-25]\n" + next), Problems{});
  CHECK_EQ(check(kYear + "holidays: [2027-08-25]\n" + next),
           Problems{"2:7: 'year': no holiday is listed from 2026-09-01 to 2027-08-24: add the "
                    "school year's public holidays to 'holidays'"});
}

TEST_CASE("plan_from lies in a school year or the summer after it") {
  CHECK_EQ(check(kYear + kHolidays + "plan_from: 2026-09-01\n"), Problems{});
  CHECK_EQ(check(kYear + kHolidays + "plan_from: 2026-12-01\n"), Problems{});
  CHECK_EQ(check(kYear + kHolidays + "plan_from: 2027-08-31\n"), Problems{});  // the summer
  CHECK_EQ(check(kYear + kHolidays + "plan_from: 2026-08-31\n"),
           Problems{"9:12: 'plan_from': 2026-08-31 is in no school year ('year', 'years') nor in "
                    "the summer after one"});
  CHECK_EQ(check(kYear + kHolidays + "plan_from: 2027-09-01\n"),
           Problems{"9:12: 'plan_from': 2027-09-01 is in no school year ('year', 'years') nor in "
                    "the summer after one"});
  // the summer before 2026/2027 is 2025/2026's
  CHECK_EQ(check(kYear + "holidays: [2025-12-16, 2026-12-16]\nplan_from: 2026-08-31\n" + kLastYear),
           Problems{});
  // without a school year, no day is in one
  CHECK_EQ(check("name: S\nplan_from: 2026-12-01\n"),
           Problems{"2:12: 'plan_from': 2026-12-01 is in no school year ('year', 'years') nor in "
                    "the summer after one"});
}

TEST_CASE("the settings read plan_from, and the years in order of their start") {
  std::vector<pd::Diagnostic> invalid;
  pd::Value value = pd::validate(
      pd::yaml::parse_strict(kYear + kHolidays + "plan_from: 2026-12-01\n" + kLastYear, "s.yaml"),
      pd::schema_for("school"), "s.yaml", invalid);
  REQUIRE(invalid.empty());
  pd::SchoolSettings s = pd::SchoolSettings::from(value);
  REQUIRE(s.plan_from);
  CHECK_EQ(*s.plan_from, pd::Date(2026, 12, 1));
  REQUIRE_EQ(s.years.size(), 2u);
  CHECK_EQ(s.years[0].name(), "2025/2026");
  CHECK_EQ(s.years[0].terms.size(), 2u);
  CHECK_EQ(s.years[1].name(), "2026/2027");
  CHECK_FALSE(pd::SchoolSettings::from(pd::validate(pd::yaml::parse_strict(kYear, "s.yaml"),
                                                    pd::schema_for("school"), "s.yaml", invalid))
                  .plan_from);
}
