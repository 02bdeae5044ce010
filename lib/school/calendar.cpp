#include "school/calendar.h"

namespace pd {

bool SchoolCalendar::is_holiday(Date day) const {
  return settings_.holidays.count(day) > 0;
}

bool SchoolCalendar::is_working_day(Date day) const {
  if (settings_.workdays.count(day)) return true;
  Weekday weekday = day.weekday();
  return weekday != Weekday::sat && weekday != Weekday::sun && !is_holiday(day);
}

Date SchoolCalendar::add(Date start, Deadline deadline) const {
  if (deadline.calendar) return start.plus_days(deadline.days);
  Date day = start;
  for (int counted = 0; counted < deadline.days;) {
    day = day.plus_days(1);
    if (is_working_day(day)) ++counted;
  }
  return day;
}

Date SchoolCalendar::working_day_from(Date day) const {
  while (!is_working_day(day))
    day = day.plus_days(1);
  return day;
}

Date SchoolCalendar::due_from_receipt(Date received, Deadline deadline) const {
  if (deadline.calendar) return add(received, deadline);
  return add(working_day_from(received), deadline);
}

const Term* SchoolCalendar::term_of(Date day) const {
  for (const auto& year : settings_.years)
    for (const auto& term : year.terms)
      if (term.start <= day && day <= term.end) return &term;
  return nullptr;
}

}  // namespace pd
