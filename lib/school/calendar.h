// The school's calendar: working days (weekends and holidays off, moved
// workdays on), deadlines in calendar or working days, terms.
#pragma once

#include "core/date.h"
#include "school/settings.h"

namespace pd {

class SchoolCalendar {
 public:
  explicit SchoolCalendar(const SchoolSettings& settings) : settings_(settings) {}

  bool is_holiday(Date day) const;
  // Monday to Friday and not a holiday, or a moved workday.
  bool is_working_day(Date day) const;
  // `start` plus the deadline: calendar days, or working days counted from
  // the day after `start`.
  Date add(Date start, Deadline deadline) const;
  // `day` when it is a working day, else the first working day after it.
  Date working_day_from(Date day) const;
  // The last day of a deadline that runs from receipt on `received` (an
  // appeal, an escalated request). Calendar days count from the day after
  // receipt, whatever day that is. Working days (the APPC regime of state
  // schools): an appeal received on a non-working day counts as received on
  // the next working day, and the days count from the day after that:
  // received on a Saturday, it counts as received on Monday (a working one)
  // and its first day is Tuesday.
  Date due_from_receipt(Date received, Deadline deadline) const;
  // The term that contains `day`, or nullptr.
  const Term* term_of(Date day) const;

 private:
  const SchoolSettings& settings_;
};

}  // namespace pd
