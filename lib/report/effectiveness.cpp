#include "report/effectiveness.h"

#include <fmt/format.h>

#include "appeal/state.h"

namespace pd {

namespace {

bool is_event_for_parents(std::string_view kind) {
  return kind == "class_meeting" || kind == "school_meeting" || kind == "pta" ||
         kind == "education" || kind == "event";
}

}  // namespace

Period school_year_starting(const SchoolSettings& settings, int start_year) {
  if (settings.year_start && settings.year_end && settings.year_start->year() == start_year)
    return school_periods(settings, "year").front();
  return {fmt::format("{}/{}", start_year, start_year + 1), Date(start_year, 9, 1),
          Date(start_year + 1, 5, 31)};
}

YearEffectiveness year_effectiveness(const Store& store, const SchoolSettings& settings,
                                     std::optional<Period> year, Date today) {
  YearEffectiveness y;
  y.year = year ? *year : school_periods(settings, "year").front();
  for (const auto& c : store.records("class")) {
    y.students += c.value.integer("students").value_or(0);
    y.parents += c.value.integer("parents").value_or(0);
  }
  for (const auto& record : store.records("minutes")) {
    const Value& m = record.value;
    if (!y.year.contains(*m.date("date"))) continue;
    std::string_view kind = m.text("kind");
    if (kind == "survey") {
      ++y.surveys;
      y.respondents += m.integer("respondents").value_or(0);
      y.satisfied += m.integer("satisfied").value_or(0);
    }
    if (m.text("organizer") == "parents") ++y.parent_events;
    if (is_event_for_parents(kind) && m.integer("invited").value_or(0) > 0) {
      ++y.events;
      y.invited += *m.integer("invited");
      y.present += m.integer("present").value_or(0);
    }
  }
  for (const auto& record : store.records("appeal")) {
    if (!y.year.contains(*record.value.date("received"))) continue;
    ++y.appeals;
    appeal::AppealState state = appeal::state_of(record.value, today, settings.due_soon);
    if (state.on_time) {
      ++y.answered;
      if (*state.on_time) ++y.on_time;
    }
  }
  // The plan is counted within school.yaml's own year only.
  if (settings.year_start && y.year.contains(*settings.year_start)) {
    for (const auto& row : plan_compliance(settings, store.records("class"),
                                           store.records("minutes"), today, {true, ""})) {
      if (row.status == PlanStatus::missed ||
          (row.status == PlanStatus::held && row.period.end < today)) {
        ++y.plan_due;
        if (row.status == PlanStatus::held) ++y.plan_held;
      }
    }
  }
  return y;
}

}  // namespace pd
