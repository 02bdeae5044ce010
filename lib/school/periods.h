// The periods of a school year that the plan of periodic work counts in:
// terms, half-years, three-month spans and the year itself.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "school/settings.h"

namespace pd {

struct Period {
  std::string name;  // "Q1", "H1", "2026-09..2026-11", "2026/2027"
  Date start, end;   // both included
  // The last day a record (a meeting, an event) counts for this period: a
  // meeting held in the break after a term (a "summing up" meeting) counts
  // for the term just ended. For a term, the day before the next term
  // starts (for the last term, the year's end); for a half-year made of
  // terms, likewise the day before the next half-year starts (the last, the
  // year's end); for any other period, `end`. Never before `end`.
  Date counts_until;

  Period() = default;
  Period(std::string name_, Date start_, Date end_)
      : name(std::move(name_)), start(start_), end(end_), counts_until(end_) {}
  Period(std::string name_, Date start_, Date end_, Date counts_until_)
      : name(std::move(name_)),
        start(start_),
        end(end_),
        counts_until(std::max(end_, counts_until_)) {}

  bool contains(Date day) const { return start <= day && day <= end; }
  // Whether a record dated `day` counts for this period: start <= day <= counts_until.
  bool counts(Date day) const { return start <= day && day <= counts_until; }
  bool overlaps(const Period& other) const { return start <= other.end && other.start <= end; }
};

// Whether the plan of periodic work requires `period` at all: school.yaml's
// `plan_from` (the day the store was set up, written by `report init`) says
// from when the plan applies, so a store started in the middle of a year
// does not report the periods before its start as missed. True when the
// period has not ended before plan_from (it ends on plan_from or later),
// and always without plan_from. A period that does not apply is neither
// required nor "missed"; records in it may still be listed.
bool plan_applies(const SchoolSettings& settings, const Period& period);

// The school year of `day` (SchoolSettings::year_of). Throws Error
// (invalid_data) when school.yaml describes no year that has begun by then.
const SchoolYear& school_year_of(const SchoolSettings& settings, Date day);

// The year itself as a period.
Period whole_year(const SchoolYear& year);

// The periods of kind `every` (term | half_year | 3_months | year) in
// `year`, in order, with their `counts_until`. Half-years are the first and
// second half of the terms (or September-December and January-end without
// terms); three-month spans run from the year's start, the last one cut at
// its end. Throws Error (invalid_data) when the year has no terms and
// `every` is `term`.
std::vector<Period> school_periods(const SchoolYear& year, const std::string& every);

}  // namespace pd
