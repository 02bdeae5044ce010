// `report compliance`: the plan of periodic work (school.yaml `plan`) held
// against the minutes, per class or per school and period (M1, M3, M4).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "output/rows.h"
#include "school/names.h"
#include "school/periods.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

// Where a requirement of the plan stands in one period, on `today`. What
// counts as held is the one rule of minutes/held.h: a record dated after
// today is planned, a parent meeting lacking a signature is not held. A
// record counts for a period from its start to its `counts_until` (a
// meeting in the break after a term counts for the term just ended).
enum class PlanStatus {
  held,          // enough records held
  not_signed,    // enough took place, but some parent meetings lack a signature ("unsigned")
  planned,       // enough when the planned ones (dated after today) are held
  due,           // the period is running (up to counts_until) and still short
  missed,        // the period is over (after counts_until) and short
  upcoming,      // the period has not begun, nothing planned
  not_required,  // short, but the period ended before plan_from (plan_applies)
};

struct ComplianceRow {
  std::string unit;  // a class ID, or "school"
  PlanRule rule;
  Period period;
  int held = 0;
  int not_signed = 0;    // took place, parent meetings lacking a signature
  int planned = 0;       // dated after today
  bool required = true;  // plan_applies(): the period did not end before plan_from
  PlanStatus status = PlanStatus::due;
};

// Which periods to show: those overlapping a term (by name, or the term of
// today when empty), or the whole school year.
struct ComplianceScope {
  bool whole_year = false;
  std::string term;
  const SchoolYear* year = nullptr;  // the school year of today when null
};

// One row per rule, unit and period in the scope; rules `per: class` give a
// row for every class. Throws Error (usage) for an unknown term name.
std::vector<ComplianceRow> plan_compliance(const SchoolSettings& settings,
                                           const std::vector<Record>& classes,
                                           const std::vector<Record>& minutes, Date today,
                                           const ComplianceScope& scope);

// held, unsigned, planned, due, missed, upcoming, not_required
std::string_view plan_status_name(PlanStatus status);

// Whether the row's period is over and required, so that a yearly figure
// counts it: after its counts_until, and plan_applies(). Such a row is
// fulfilled when its status is held; short otherwise (missed, or unsigned:
// held meetings whose minutes lack a signature).
bool plan_row_closed(const ComplianceRow& row, Date today);

// The rows the morning mail (report overdue) carries: those of the current
// term's scope (as `report compliance` without options) that need action:
// required, short (due, unsigned or missed; not planned, upcoming or held),
// and whose period ends within settings.due_soon days of today or has
// ended. In the break after a term, the term just ended is the current one.
std::vector<ComplianceRow> plan_gaps(const SchoolSettings& settings,
                                     const std::vector<Record>& classes,
                                     const std::vector<Record>& minutes, Date today);

// The rows of `report compliance`: class, requirement, period, held, of,
// unsigned, planned, status and due (the period's last day); words for
// `readers` who are people, stored values (class IDs, status names) for
// programs.
Rows compliance_rows(const std::vector<ComplianceRow>& found, const Names& names, Readers readers);

}  // namespace pd
