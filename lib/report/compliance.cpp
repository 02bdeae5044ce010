#include "report/compliance.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "school/names.h"

namespace pd {

namespace {

// The window whose overlapping periods are shown.
Period scope_window(const SchoolYear& year, Date today, const ComplianceScope& scope) {
  if (scope.whole_year) return whole_year(year);
  std::vector<Period> terms = school_periods(year, "term");
  if (!scope.term.empty()) {
    for (const auto& term : terms)
      if (term.name == scope.term) return term;
    std::string names;
    for (const auto& term : terms)
      names += (names.empty() ? "" : ", ") + term.name;
    throw Error(ExitCode::usage,
                msg("--term: no term '{}' in school.yaml (terms: {})", scope.term, names));
  }
  // Today's term; between terms, the last one that has begun.
  const Period* current = &terms.front();
  for (const auto& term : terms)
    if (term.start <= today) current = &term;
  return *current;
}

PlanStatus status_of(const Period& period, int held, int required, Date today) {
  if (held >= required) return PlanStatus::held;
  if (period.end < today) return PlanStatus::missed;
  if (today < period.start) return PlanStatus::upcoming;
  return PlanStatus::due;
}

}  // namespace

std::string_view plan_status_name(PlanStatus status) {
  switch (status) {
    case PlanStatus::held:
      return "held";
    case PlanStatus::due:
      return "due";
    case PlanStatus::missed:
      return "missed";
    case PlanStatus::upcoming:
      return "upcoming";
  }
  return "";
}

std::vector<ComplianceRow> plan_compliance(const SchoolSettings& settings,
                                           const std::vector<Record>& classes,
                                           const std::vector<Record>& minutes, Date today,
                                           const ComplianceScope& scope) {
  const SchoolYear& year = scope.year ? *scope.year : school_year_of(settings, today);
  Period window = scope_window(year, today, scope);
  std::vector<std::string> class_ids;
  for (const auto& c : classes)
    class_ids.emplace_back(c.id());
  std::sort(class_ids.begin(), class_ids.end(), class_id_before);

  std::vector<ComplianceRow> rows;
  for (const auto& rule : settings.plan) {
    std::vector<std::string> units =
        rule.per == "class" ? class_ids : std::vector<std::string>{"school"};
    for (const auto& period : school_periods(year, rule.every)) {
      if (!period.overlaps(window)) continue;
      for (const auto& unit : units) {
        int held = int(std::count_if(minutes.begin(), minutes.end(), [&](const Record& m) {
          std::optional<Date> date = m.value.date("date");
          return m.value.text("kind") == rule.kind && date && period.contains(*date) &&
                 (unit == "school" || m.value.text("class") == unit);
        }));
        rows.push_back({unit, rule, period, held, status_of(period, held, rule.times, today)});
      }
    }
  }
  // Grouped by unit: the school first, then the classes in order.
  auto rank = [&](const std::string& unit) {
    auto at = std::find(class_ids.begin(), class_ids.end(), unit);
    return unit == "school" ? -1 : int(at - class_ids.begin());
  };
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const auto& a, const auto& b) { return rank(a.unit) < rank(b.unit); });
  return rows;
}

Rows compliance_rows(const std::vector<ComplianceRow>& found, const Names& names, Readers readers) {
  bool words = readers == Readers::people;
  Rows rows{{{"class", tr("CLASS")},
             {"kind", tr("REQUIREMENT")},
             {"period", tr("PERIOD")},
             {"held", tr("HELD")},
             {"required", tr("OF")},
             {"status", tr("STATUS")},
             // TRANSLATORS: the column of the day a period of the plan ends.
             {"due", trc("plan", "BY")}},
            {}};
  for (const auto& row : found) {
    std::string unit = row.unit != "school" ? names.class_name(row.unit)
                       : words              ? trc("plan unit", "school")
                                            : row.unit;
    std::string requirement =
        words
            // TRANSLATORS: a requirement of the plan of periodic work: the kind
            // of meeting ("class parent meeting") and the period ("term").
            ? msg("{} per {}", enum_word("minutes kind", row.rule.kind),
                  enum_word("period", row.rule.every))
            : fmt::format("{} per {}", row.rule.kind, row.rule.every);
    rows.rows.push_back({unit, requirement, row.period.name, std::int64_t(row.held),
                         std::int64_t(row.rule.times),
                         words ? enum_word("plan status", plan_status_name(row.status))
                               : std::string(plan_status_name(row.status)),
                         row.period.end.str()});
  }
  return rows;
}

}  // namespace pd
