// core/date: the one place that parses and prints dates and times.
#include "core/date.h"

#include <doctest/doctest.h>

#include <string>

using pd::Date;
using pd::TimeOfDay;
using pd::Weekday;

namespace {

std::string parsed(std::string_view text) {
  auto date = Date::parse(text);
  return date ? date->str() : "(refused)";
}

std::string plus(std::string_view from, int days) {
  return Date::parse(from)->plus_days(days).str();
}

}  // namespace

TEST_CASE("Date::parse accepts exactly YYYY-MM-DD for a day that exists") {
  CHECK_EQ(parsed("2026-11-24"), "2026-11-24");
  CHECK_EQ(parsed("2024-02-29"), "2024-02-29");  // leap year
  CHECK_EQ(parsed("2000-02-29"), "2000-02-29");  // divisible by 400
  CHECK_EQ(parsed("2026-01-01"), "2026-01-01");
  CHECK_EQ(parsed("2026-12-31"), "2026-12-31");

  auto date = Date::parse("2026-11-24");
  REQUIRE(date);
  CHECK_EQ(date->year(), 2026);
  CHECK_EQ(date->month(), 11u);
  CHECK_EQ(date->day(), 24u);
  CHECK(*date == Date(2026, 11, 24));
}

TEST_CASE("Date::parse refuses every other spelling and days that do not exist") {
  for (std::string_view text : {
           "2026-2-3",      // no leading zeros
           "2026-02-3",     //
           "2026-02-30",    // no such day
           "2026-04-31",    //
           "2025-02-29",    // not a leap year
           "2100-02-29",    // divisible by 100, not by 400
           "2026-13-01",    // no such month
           "2026-00-10",    //
           "2026-11-00",    //
           "20261124",      // compact form
           " 2026-11-24",   // leading space
           "2026-11-24 ",   // trailing space
           "2026-11-24\n",  //
           "2026/11/24",    // other separators
           "24.11.2026",    //
           "2026-11-2a",    // not a digit
           "+026-11-24",    //
           "",              //
       }) {
    CAPTURE(text);
    CHECK_FALSE(Date::parse(text));
  }
}

TEST_CASE("Date::plus_days crosses months, years and leap days") {
  CHECK_EQ(plus("2026-11-24", 15), "2026-12-09");  // the official deadline (A1)
  CHECK_EQ(plus("2026-11-30", 1), "2026-12-01");
  CHECK_EQ(plus("2026-12-31", 1), "2027-01-01");
  CHECK_EQ(plus("2027-01-01", -1), "2026-12-31");
  CHECK_EQ(plus("2024-02-28", 1), "2024-02-29");
  CHECK_EQ(plus("2024-02-28", 2), "2024-03-01");
  CHECK_EQ(plus("2025-02-28", 1), "2025-03-01");
  CHECK_EQ(plus("2024-03-01", -1), "2024-02-29");
  CHECK_EQ(plus("2026-03-01", -1), "2026-02-28");
  CHECK_EQ(plus("2026-11-24", 0), "2026-11-24");
  CHECK_EQ(plus("2026-11-24", 365), "2027-11-24");
  CHECK_EQ(plus("2024-01-01", 366), "2025-01-01");
}

TEST_CASE("Date::days_until counts calendar days, negative into the past") {
  Date received(2026, 11, 24);
  CHECK_EQ(received.days_until(Date(2026, 12, 9)), 15);
  CHECK_EQ(received.days_until(Date(2026, 11, 24)), 0);
  CHECK_EQ(received.days_until(Date(2026, 11, 19)), -5);
  CHECK_EQ(Date(2024, 2, 1).days_until(Date(2024, 3, 1)), 29);
  CHECK_EQ(Date(2025, 2, 1).days_until(Date(2025, 3, 1)), 28);
  CHECK_EQ(Date(2026, 12, 31).days_until(Date(2027, 1, 1)), 1);
}

TEST_CASE("Date comparisons follow the calendar") {
  CHECK(Date(2026, 11, 24) < Date(2026, 11, 25));
  CHECK(Date(2026, 12, 31) < Date(2027, 1, 1));
  CHECK(Date(2026, 11, 24) == Date::parse("2026-11-24").value());
}

TEST_CASE("Date::weekday") {
  CHECK_EQ(Date(2026, 11, 24).weekday(), Weekday::tue);
  CHECK_EQ(Date(2026, 11, 26).weekday(), Weekday::thu);
  CHECK_EQ(Date(2026, 11, 29).weekday(), Weekday::sun);
  CHECK_EQ(Date(2026, 11, 30).weekday(), Weekday::mon);
  CHECK_EQ(Date(2024, 2, 29).weekday(), Weekday::thu);
  CHECK_EQ(Date(2027, 1, 1).weekday(), Weekday::fri);
}

TEST_CASE("Date::str and Date::compact print with leading zeros") {
  CHECK_EQ(Date(2026, 11, 24).str(), "2026-11-24");
  CHECK_EQ(Date(2026, 11, 24).compact(), "20261124");
  CHECK_EQ(Date(2027, 1, 5).str(), "2027-01-05");
  CHECK_EQ(Date(2027, 1, 5).compact(), "20270105");
}

TEST_CASE("TimeOfDay::parse accepts exactly HH:MM of a real time") {
  auto time = TimeOfDay::parse("15:30");
  REQUIRE(time);
  CHECK_EQ(time->minutes(), 15 * 60 + 30);
  CHECK_EQ(time->str(), "15:30");
  CHECK_EQ(TimeOfDay::parse("00:00")->minutes(), 0);
  CHECK_EQ(TimeOfDay::parse("23:59")->minutes(), 23 * 60 + 59);
  CHECK_EQ(TimeOfDay::parse("09:05")->str(), "09:05");

  for (std::string_view text : {"9:30", "24:00", "15:60", "15:3", "1530", "15-30", " 15:30",
                                "15:30 ", "15:30:00", "aa:bb", ""}) {
    CAPTURE(text);
    CHECK_FALSE(TimeOfDay::parse(text));
  }
}

TEST_CASE("TimeOfDay::from_minutes and ordering") {
  CHECK_EQ(TimeOfDay::from_minutes(17 * 60).str(), "17:00");
  CHECK_EQ(TimeOfDay::from_minutes(9 * 60 + 5).str(), "09:05");
  CHECK(TimeOfDay::parse("15:30").value() < TimeOfDay::parse("16:30").value());
}

TEST_CASE("is_timestamp: a date, a time with seconds and a UTC offset") {
  CHECK(pd::is_timestamp("2026-11-24T15:30:00+05:00"));
  CHECK(pd::is_timestamp("2026-11-24T15:30:00-12:00"));
  CHECK(pd::is_timestamp("2026-11-24T15:30:00+14:00"));
  CHECK(pd::is_timestamp("2026-11-24T10:30:00Z"));

  for (std::string_view text : {
           "2026-11-24T15:30:00",         // no offset
           "2026-11-24T15:30+05:00",      // no seconds
           "2026-11-24 15:30:00+05:00",   // space instead of T
           "2026-02-30T15:30:00+05:00",   // no such day
           "2026-11-24T24:00:00+05:00",   // no such hour
           "2026-11-24T15:60:00+05:00",   // no such minute
           "2026-11-24T15:30:00+0500",    // offset without colon
           "2026-11-24T15:30:00+15:00",   // no such offset
           "2026-11-24T15:30:00+05:00 ",  // trailing space
           "2026-11-24",                  //
           "",                            //
       }) {
    CAPTURE(text);
    CHECK_FALSE(pd::is_timestamp(text));
  }
}

TEST_CASE("weekday names: three lower-case letters, both ways") {
  CHECK_EQ(pd::weekday_name(Weekday::mon), "mon");
  CHECK_EQ(pd::weekday_name(Weekday::tue), "tue");
  CHECK_EQ(pd::weekday_name(Weekday::sun), "sun");
  CHECK_EQ(pd::parse_weekday("tue"), Weekday::tue);
  CHECK_EQ(pd::parse_weekday("thu"), Weekday::thu);
  CHECK_EQ(pd::parse_weekday("sat"), Weekday::sat);
  CHECK_FALSE(pd::parse_weekday("Tue"));
  CHECK_FALSE(pd::parse_weekday("tuesday"));
  CHECK_FALSE(pd::parse_weekday(""));
  for (int i = 0; i < 7; ++i) {
    auto day = Weekday(i);
    CHECK_EQ(pd::parse_weekday(pd::weekday_name(day)), day);
  }
}
