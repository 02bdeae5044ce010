#include "report/effectiveness.h"

#include <fmt/format.h>

#include "appeal/state.h"
#include "core/i18n.h"
#include "output/json_writer.h"
#include "report/appeal_statistics.h"

namespace pd {

namespace {

bool is_event_for_parents(std::string_view kind) {
  return kind == "class_meeting" || kind == "school_meeting" || kind == "pta" ||
         kind == "education" || kind == "event";
}

}  // namespace

Period school_year_starting(const SchoolSettings& settings, int start_year) {
  if (const SchoolYear* year = settings.year_starting(start_year)) return whole_year(*year);
  return {fmt::format("{}/{}", start_year, start_year + 1), Date(start_year, 9, 1),
          Date(start_year + 1, 5, 31)};
}

YearEffectiveness year_effectiveness(const Store& store, const SchoolSettings& settings,
                                     std::optional<Period> year, Date today) {
  YearEffectiveness y;
  y.year = year ? *year : whole_year(school_year_of(settings, today));
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
  // The plan is counted in the years school.yaml describes.
  if (const SchoolYear* described = settings.year_starting(y.year.start.year());
      described && described->start == y.year.start) {
    for (const auto& row :
         plan_compliance(settings, store.records("class"), store.records("minutes"), today,
                         {true, "", described})) {
      if (row.status == PlanStatus::missed ||
          (row.status == PlanStatus::held && row.period.end < today)) {
        ++y.plan_due;
        if (row.status == PlanStatus::held) ++y.plan_held;
      }
    }
  }
  return y;
}

Rows year_effectiveness_rows(const YearEffectiveness& y) {
  Rows rows{{{"criterion", tr("CRITERION")}, {"value", tr("VALUE")}, {"basis", tr("BASIS")}}, {}};
  // TRANSLATORS: the BASIS column of `report year`: {0} is the count the
  // plural follows, {1} and {2} the other counts.
  rows.rows = {
      {tr("parents' satisfaction"), percent_text(percent(y.satisfied, y.respondents)),
       count_of(size_t(y.surveys), "{1} satisfied of {2} respondents in {0} survey",
                "{1} satisfied of {2} respondents in {0} surveys", y.satisfied, y.respondents)},
      {tr("events organised by parents"), percent_text(percent(y.parent_events, y.students)),
       count_of(size_t(y.students), "{1} events per {0} student", "{1} events per {0} students",
                y.parent_events)},
      {tr("parents taking part in events"), percent_text(percent(y.present, y.invited)),
       count_of(size_t(y.events), "{1} present of {2} invited at {0} event",
                "{1} present of {2} invited at {0} events", y.present, y.invited)},
      {tr("appeals answered on time"), percent_text(percent(y.on_time, y.answered)),
       count_of(size_t(y.appeals), "{1} on time of {2} answered, {0} received",
                "{1} on time of {2} answered, {0} received", y.on_time, y.answered)},
      {tr("plan of periodic work held"), percent_text(percent(y.plan_held, y.plan_due)),
       count_of(size_t(y.plan_due), "{1} of {0} ended period", "{1} of {0} ended periods",
                y.plan_held)}};
  return rows;
}

std::string year_effectiveness_json(const YearEffectiveness& y, std::string_view school) {
  JsonWriter json;
  json.begin_object()
      .field("school", school)
      .field("year", y.year.name)
      .field("from", y.year.start.str())
      .field("to", y.year.end.str())
      .field("students", y.students)
      .field("parents", y.parents)
      .begin_object("satisfaction")
      .field("surveys", y.surveys)
      .field("respondents", y.respondents)
      .field("satisfied", y.satisfied)
      .field("percent", percent(y.satisfied, y.respondents))
      .end_object()
      .begin_object("parent_events")
      .field("events", y.parent_events)
      .field("per_100_students", percent(y.parent_events, y.students))
      .end_object()
      .begin_object("participation")
      .field("events", y.events)
      .field("invited", y.invited)
      .field("present", y.present)
      .field("percent", percent(y.present, y.invited))
      .end_object()
      .begin_object("appeals")
      .field("received", y.appeals)
      .field("answered", y.answered)
      .field("on_time", y.on_time)
      .field("percent", percent(y.on_time, y.answered))
      .end_object()
      .begin_object("plan")
      .field("periods_due", y.plan_due)
      .field("periods_held", y.plan_held)
      .field("percent", percent(y.plan_held, y.plan_due))
      .end_object()
      .end_object();
  return json.str();
}

}  // namespace pd
