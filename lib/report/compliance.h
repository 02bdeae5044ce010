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

enum class PlanStatus {
  held,      // enough records in the period
  due,       // the period is running and still short
  missed,    // the period has ended short
  upcoming,  // the period has not begun
};

struct ComplianceRow {
  std::string unit;  // a class ID, or "school"
  PlanRule rule;
  Period period;
  int held = 0;
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

std::string_view plan_status_name(PlanStatus status);  // held, due, missed, upcoming

// The rows of `report compliance`: class, requirement, period, held, of,
// status and due; words for `readers` who are people, stored values for
// programs.
Rows compliance_rows(const std::vector<ComplianceRow>& found, const Names& names, Readers readers);

}  // namespace pd
