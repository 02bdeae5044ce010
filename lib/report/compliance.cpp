#include "report/compliance.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/error.h"
#include "core/i18n.h"
#include "minutes/held.h"
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

// The records of one rule and unit in one period, by where they stand.
struct Tally {
  int held = 0, not_signed = 0, planned = 0;
};

Tally tally(const std::vector<Record>& minutes, const PlanRule& rule, const std::string& unit,
            const Period& period, Date today) {
  Tally t;
  for (const Record& m : minutes) {
    std::optional<Date> date = m.value.date("date");
    if (m.value.text("kind") != rule.kind || !date || !period.counts(*date) ||
        (unit != "school" && m.value.text("class") != unit))
      continue;
    switch (meeting_state(m.value, today)) {
      case MeetingState::held:
        ++t.held;
        break;
      case MeetingState::not_signed:
        ++t.not_signed;
        break;
      case MeetingState::planned:
        ++t.planned;
        break;
    }
  }
  return t;
}

// Held first; then what would make it held (signatures, then the planned
// meetings); then, short, by the calendar. A period counts records up to
// its counts_until, so a term is still due in the break after it.
PlanStatus status_of(const Period& period, const Tally& t, int required, bool applies, Date today) {
  if (t.held >= required) return PlanStatus::held;
  if (!applies) return PlanStatus::not_required;
  if (t.held + t.not_signed >= required) return PlanStatus::not_signed;
  if (t.held + t.not_signed + t.planned >= required) return PlanStatus::planned;
  if (today < period.start) return PlanStatus::upcoming;
  if (period.counts_until < today) return PlanStatus::missed;
  return PlanStatus::due;
}

}  // namespace

std::string_view plan_status_name(PlanStatus status) {
  switch (status) {
    case PlanStatus::held:
      return "held";
    case PlanStatus::not_signed:
      return "unsigned";
    case PlanStatus::planned:
      return "planned";
    case PlanStatus::due:
      return "due";
    case PlanStatus::missed:
      return "missed";
    case PlanStatus::upcoming:
      return "upcoming";
    case PlanStatus::not_required:
      return "not_required";
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
      bool applies = plan_applies(settings, period);
      for (const auto& unit : units) {
        Tally t = tally(minutes, rule, unit, period, today);
        rows.push_back({unit, rule, period, t.held, t.not_signed, t.planned, applies,
                        status_of(period, t, rule.times, applies, today)});
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

bool plan_row_closed(const ComplianceRow& row, Date today) {
  return row.required && row.period.counts_until < today;
}

std::vector<ComplianceRow> plan_gaps(const SchoolSettings& settings,
                                     const std::vector<Record>& classes,
                                     const std::vector<Record>& minutes, Date today) {
  std::vector<ComplianceRow> gaps;
  // The current term's scope, as `report compliance` without options.
  for (auto& row : plan_compliance(settings, classes, minutes, today, {})) {
    bool short_of = row.status == PlanStatus::due || row.status == PlanStatus::not_signed ||
                    row.status == PlanStatus::missed;
    if (row.required && short_of && today.days_until(row.period.end) <= settings.due_soon)
      gaps.push_back(std::move(row));
  }
  return gaps;
}

Rows compliance_rows(const std::vector<ComplianceRow>& found, const Names& names, Readers readers) {
  bool words = readers == Readers::people;
  Rows rows{{{"class", tr("CLASS")},
             {"kind", tr("REQUIREMENT")},
             {"period", tr("PERIOD")},
             {"held", tr("HELD")},
             {"required", tr("OF")},
             // TRANSLATORS: the columns of meetings that took place but whose
             // minutes lack a signature, and of meetings planned ahead.
             {"unsigned", trc("plan", "UNSIGNED")},
             {"planned", trc("plan", "PLANNED")},
             {"status", tr("STATUS")},
             // TRANSLATORS: the column of the day a period of the plan ends.
             {"due", trc("plan", "BY")}},
            {}};
  // Programs get the class's ID (null for the whole school) with its
  // display name beside it, and the requirement as the plan's own kind and
  // every.
  if (!words) {
    rows.columns.insert(rows.columns.begin() + 1, {"class_name", ""});
    rows.columns.insert(rows.columns.begin() + 3, {"every", ""});
  }
  for (const auto& row : found) {
    bool school = row.unit == "school";
    std::vector<Cell> cells;
    if (words) {
      cells.push_back(school ? trc("plan unit", "school") : names.class_name(row.unit));
      // TRANSLATORS: a requirement of the plan of periodic work: the kind
      // of meeting ("class parent meeting") and the period ("term").
      cells.push_back(msg("{} per {}", enum_word("minutes kind", row.rule.kind),
                          enum_word("period", row.rule.every)));
    } else {
      cells.push_back(school ? Cell{} : Cell{row.unit});
      cells.push_back(school ? Cell{} : Cell{names.class_name(row.unit)});
      cells.push_back(row.rule.kind);
      cells.push_back(row.rule.every);
    }
    for (Cell cell : std::initializer_list<Cell>{
             row.period.name, std::int64_t(row.held), std::int64_t(row.rule.times),
             std::int64_t(row.not_signed), std::int64_t(row.planned),
             words ? enum_word("plan status", plan_status_name(row.status))
                   : std::string(plan_status_name(row.status)),
             row.period.end.str()})
      cells.push_back(std::move(cell));
    rows.rows.push_back(std::move(cells));
  }
  return rows;
}

}  // namespace pd
