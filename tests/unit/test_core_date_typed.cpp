// core/date: dates as people type them on the command line.
#include <doctest/doctest.h>

#include "core/date.h"

TEST_CASE("parse_typed takes YYYY-MM-DD and DD.MM.YYYY, both checked to exist") {
  CHECK_EQ(pd::Date::parse_typed("2026-11-24"), pd::Date(2026, 11, 24));
  CHECK_EQ(pd::Date::parse_typed("24.11.2026"), pd::Date(2026, 11, 24));
  CHECK_EQ(pd::Date::parse_typed("01.01.2027"), pd::Date(2027, 1, 1));
  CHECK_EQ(pd::Date::parse_typed("29.02.2028"), pd::Date(2028, 2, 29));
  CHECK_FALSE(pd::Date::parse_typed("29.02.2027"));
  CHECK_FALSE(pd::Date::parse_typed("31.11.2026"));
  CHECK_FALSE(pd::Date::parse_typed("24.13.2026"));
  CHECK_FALSE(pd::Date::parse_typed("1.1.2027"));
  CHECK_FALSE(pd::Date::parse_typed("24/11/2026"));
  CHECK_FALSE(pd::Date::parse_typed("24.11.26"));
  CHECK_FALSE(pd::Date::parse_typed("2026.11.24"));
  CHECK_FALSE(pd::Date::parse_typed(" 24.11.2026"));
}

TEST_CASE("records keep the strict form: parse() refuses DD.MM.YYYY") {
  CHECK_FALSE(pd::Date::parse("24.11.2026"));
}
