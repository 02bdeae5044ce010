// The school calendar of school.yaml checked: what its schema cannot say
// about the school years, their terms, the holidays, the moved working days
// and `plan_from`. Used by `report check`.
#pragma once

#include <vector>

#include "core/error.h"
#include "store/store.h"

namespace pd {

// The problems of a schema-valid school.yaml's calendar, each at the
// position of the value concerned, as `school.yaml:line:col: 'field': ...`:
// - a school year (`year`, each of `years`) that ends before it starts;
// - a term that ends before it starts, or starts before or ends after its
//   year (a term may end on the year's last day);
// - terms out of order, or overlapping (one may start the day after the
//   previous one ends);
// - two school years overlapping;
// - a date both in `holidays` and in `workdays`;
// - a `workdays` date that is not a Saturday or a Sunday;
// - a school year with no holiday listed in its span: from its start to
//   31 August after it, or to the day before the next year starts when that
//   is earlier (the summer belongs to the year just ended);
// - `plan_from` outside every school year's span.
std::vector<Diagnostic> check_school_calendar(const Record& school);

}  // namespace pd
