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

// The periods of kind `every` (term | half_year | 3_months | year) in the
// school year of `settings`, in order. Half-years are the first and second
// half of the terms (or September-December and January-end without terms);
// three-month spans run from the year's start, the last one cut at its end.
// Throws Error (invalid_data) when school.yaml has no `year` and the kind
// needs it, or no `terms` for `term`.
std::vector<Period> school_periods(const SchoolSettings& settings, const std::string& every);

}  // namespace pd
