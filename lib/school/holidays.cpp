#include "school/holidays.h"

#include <set>

namespace pd {

namespace {

struct FixedHoliday {
  unsigned month, day;
  bool religious;  // not moved when it falls on a weekend
};

constexpr FixedHoliday kHolidays[] = {
    {1, 1, false},  {1, 2, false},  {1, 7, true},    {3, 8, false},   {3, 21, false},
    {3, 22, false}, {3, 23, false}, {5, 1, false},   {5, 7, false},   {5, 9, false},
    {7, 6, false},  {8, 30, false}, {10, 25, false}, {12, 16, false},
};

bool is_weekend(Date day) {
  return day.weekday() == Weekday::sat || day.weekday() == Weekday::sun;
}

}  // namespace

std::vector<Date> kazakhstan_holidays(int start_year) {
  Date first(start_year, 9, 1), last(start_year + 1, 8, 31);
  // The calendar years the school year spans; the summer before it for a
  // holiday of late August moved into September.
  std::set<Date> off;
  for (int year : {start_year, start_year + 1})
    for (const auto& h : kHolidays)
      off.insert(Date(year, h.month, h.day));
  for (int year : {start_year, start_year + 1})
    for (const auto& h : kHolidays) {
      Date day(year, h.month, h.day);
      if (h.religious || !is_weekend(day)) continue;
      Date moved = day.plus_days(1);
      while (is_weekend(moved) || off.count(moved))
        moved = moved.plus_days(1);
      off.insert(moved);
    }
  std::vector<Date> result;
  for (Date day : off)
    if (first <= day && day <= last && !is_weekend(day)) result.push_back(day);
  return result;
}

}  // namespace pd
