#include "report/effectiveness.h"

#include <fmt/format.h>

#include <cmath>

#include "appeal/state.h"
#include "core/i18n.h"
#include "minutes/held.h"
#include "output/json_writer.h"
#include "report/appeal_statistics.h"

namespace pd {

namespace {

bool is_event_for_parents(std::string_view kind) {
  return kind == "class_meeting" || kind == "school_meeting" || kind == "pta" ||
         kind == "education" || kind == "event";
}

Satisfaction& satisfaction_of(YearEffectiveness& y, std::string_view surveyed) {
  if (surveyed == "students") return y.students_satisfaction;
  if (surveyed == "teachers") return y.teachers_satisfaction;
  return y.parents_satisfaction;  // `parents`, or a survey that does not say
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
  y.counted_until = std::min(y.year.end, today);
  for (const auto& c : store.records("class")) {
    y.students += c.value.integer("students").value_or(0);
    y.parents += c.value.integer("parents").value_or(0);
  }
  for (const auto& record : store.records("minutes")) {
    const Value& m = record.value;
    if (!y.year.contains(*m.date("date")) || !counts_as_held(m, today)) continue;
    std::string_view kind = m.text("kind");
    if (kind == "survey") {
      Satisfaction& s = satisfaction_of(y, m.text("surveyed"));
      ++s.surveys;
      s.respondents += m.integer("respondents").value_or(0);
      s.satisfied += m.integer("satisfied").value_or(0);
    }
    if (m.text("organizer") == "parents") ++y.parent_events;
    if (!is_event_for_parents(kind)) continue;
    std::optional<std::int64_t> invited = m.integer("invited"), present = m.integer("present");
    if (invited && present) {
      ++y.events;
      y.invited += *invited;
      y.present += *present;
    } else {
      ++y.uncounted;
    }
  }
  y.incidents = count_incidents(store.records("incident"), y.year, today);
  for (const auto& record : store.records("appeal")) {
    Date received = *record.value.date("received");
    if (!y.year.contains(received) || received > today) continue;
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
      if (!plan_row_closed(row, today)) continue;  // running, or before plan_from
      ++y.plan_due;
      if (row.status == PlanStatus::held) ++y.plan_held;
    }
  }
  return y;
}

namespace {

// A criterion as its reader reads it: a phrase and "80.4%" for people, a key
// and 80.4 (or nothing) for programs.
struct Criteria {
  bool words;
  Cell name(std::string_view key, std::string phrase) const {
    return words ? std::move(phrase) : std::string(key);
  }
  Cell percentage(std::optional<double> value) const {
    if (words) return percent_text(value);
    if (!value) return {};
    return std::round(*value * 10) / 10;
  }
  Cell count(std::int64_t n) const {
    if (words) return std::to_string(n);
    return n;
  }
};

std::vector<Cell> satisfaction_row(const Criteria& c, Cell criterion, const Satisfaction& s) {
  // TRANSLATORS: the BASIS column of `report year`: {0} is the count the
  // plural follows, {1} and {2} the other counts.
  return {std::move(criterion), c.percentage(percent(s.satisfied, s.respondents)),
          count_of(size_t(s.surveys), "{1} satisfied of {2} respondents in {0} survey",
                   "{1} satisfied of {2} respondents in {0} surveys", s.satisfied, s.respondents)};
}

std::vector<Cell> incident_row(const Criteria& c, Cell criterion, const IncidentCount& count) {
  // TRANSLATORS: the BASIS column of `report year` for a kind of case
  // (offences, bullying...): how many of them were reported to a body
  // (the police, the juvenile inspector...).
  return {std::move(criterion), c.count(count.cases), msg("{} reported to a body", count.reported)};
}

}  // namespace

Rows year_effectiveness_rows(const YearEffectiveness& y, Readers readers) {
  Criteria c{readers == Readers::people};
  Rows rows{{{"criterion", tr("CRITERION")}, {"value", tr("VALUE")}, {"basis", tr("BASIS")}}, {}};
  std::string participation =
      count_of(size_t(y.events), "{1} present of {2} invited at {0} event",
               "{1} present of {2} invited at {0} events", y.present, y.invited);
  // TRANSLATORS: after "20 present of 25 invited at 1 event, ": the meetings
  // and events that record no 'present' or no 'invited' count.
  participation += ", " + count_of(size_t(y.uncounted), "{0} without attendance counts left out",
                                   "{0} without attendance counts left out");
  rows.rows = {
      satisfaction_row(c, c.name("parents_satisfaction", tr("parents' satisfaction")),
                       y.parents_satisfaction),
      satisfaction_row(c, c.name("students_satisfaction", tr("students' satisfaction")),
                       y.students_satisfaction),
      satisfaction_row(c, c.name("teachers_satisfaction", tr("teachers' satisfaction")),
                       y.teachers_satisfaction),
      {c.name("parent_events", tr("events organised by parents")),
       c.percentage(percent(y.parent_events, y.students)),
       count_of(size_t(y.students), "{1} events per {0} student", "{1} events per {0} students",
                y.parent_events)},
      {c.name("participation", tr("parents taking part in events")),
       c.percentage(percent(y.present, y.invited)), participation},
      incident_row(c, c.name("offence", tr("offences among students")), y.incidents.offence),
      incident_row(c, c.name("bullying", tr("bullying among students")), y.incidents.bullying),
      incident_row(c, c.name("suicide_attempt", tr("suicide attempts among students")),
                   y.incidents.suicide_attempt),
      incident_row(c, c.name("suicide", tr("suicides among students")), y.incidents.suicide),
      {c.name("appeals_on_time", tr("appeals answered on time")),
       c.percentage(percent(y.on_time, y.answered)),
       count_of(size_t(y.appeals), "{1} on time of {2} answered, {0} received",
                "{1} on time of {2} answered, {0} received", y.on_time, y.answered)},
      {c.name("plan_held", tr("plan of periodic work held")),
       c.percentage(percent(y.plan_held, y.plan_due)),
       count_of(size_t(y.plan_due), "{1} of {0} ended period", "{1} of {0} ended periods",
                y.plan_held)}};
  return rows;
}

namespace {

void satisfaction_json(JsonWriter& json, std::string_view key, const Satisfaction& s) {
  json.begin_object(key)
      .field("surveys", s.surveys)
      .field("respondents", s.respondents)
      .field("satisfied", s.satisfied)
      .field("percent", percent(s.satisfied, s.respondents))
      .end_object();
}

void incident_json(JsonWriter& json, std::string_view key, const IncidentCount& count) {
  json.begin_object(key).field("cases", count.cases).field("reported", count.reported).end_object();
}

}  // namespace

std::string year_effectiveness_json(const YearEffectiveness& y, std::string_view school) {
  JsonWriter json;
  json.begin_object()
      .field("school", school)
      .field("year", y.year.name)
      .field("from", y.year.start.str())
      .field("to", y.year.end.str())
      .field("counted_until", y.counted_until.str())
      .field("students", y.students)
      .field("parents", y.parents);
  satisfaction_json(json, "satisfaction", y.parents_satisfaction);
  satisfaction_json(json, "students_satisfaction", y.students_satisfaction);
  satisfaction_json(json, "teachers_satisfaction", y.teachers_satisfaction);
  json.begin_object("parent_events")
      .field("events", y.parent_events)
      .field("per_100_students", percent(y.parent_events, y.students))
      .end_object()
      .begin_object("participation")
      .field("events", y.events)
      .field("invited", y.invited)
      .field("present", y.present)
      .field("without_count", y.uncounted)
      .field("percent", percent(y.present, y.invited))
      .end_object()
      .begin_object("incidents");
  incident_json(json, "offence", y.incidents.offence);
  incident_json(json, "bullying", y.incidents.bullying);
  incident_json(json, "suicide_attempt", y.incidents.suicide_attempt);
  incident_json(json, "suicide", y.incidents.suicide);
  json.end_object()
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
