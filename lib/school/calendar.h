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
  // The term that contains `day`, or nullptr.
  const Term* term_of(Date day) const;

 private:
  const SchoolSettings& settings_;
};

}  // namespace pd
