// The periods of a school year that the plan of periodic work counts in:
// terms, half-years, three-month spans and the year itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "school/settings.h"

namespace pd {

struct Period {
  std::string name;  // "Q1", "H1", "2026-09..2026-11", "2026/2027"
  Date start, end;   // both included

  bool contains(Date day) const { return start <= day && day <= end; }
  bool overlaps(const Period& other) const { return start <= other.end && other.start <= end; }
};

// The school year of `day` (SchoolSettings::year_of). Throws Error
// (invalid_data) when school.yaml describes no year that has begun by then.
const SchoolYear& school_year_of(const SchoolSettings& settings, Date day);

// The year itself as a period.
Period whole_year(const SchoolYear& year);

// The periods of kind `every` (term | half_year | 3_months | year) in
// `year`, in order. Half-years are the first and second half of the terms
// (or September-December and January-end without terms); three-month spans
// run from the year's start, the last one cut at its end. Throws Error
// (invalid_data) when the year has no terms and `every` is `term`.
std::vector<Period> school_periods(const SchoolYear& year, const std::string& every);

}  // namespace pd
