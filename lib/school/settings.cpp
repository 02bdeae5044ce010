#include "school/settings.h"

#include <fmt/format.h>

#include <algorithm>

namespace pd {

namespace {

Deadline deadline_from(const Value* value, Deadline fallback) {
  if (!value) return fallback;
  Deadline result = fallback;
  if (auto days = value->integer("days")) result.days = int(*days);
  if (const Value* calendar = value->get("calendar"); calendar && calendar->as_bool())
    result.calendar = *calendar->as_bool();
  return result;
}

std::set<Date> dates_from(const Value* list) {
  std::set<Date> dates;
  if (list && list->as_list())
    for (const auto& item : *list->as_list())
      if (item.as_date()) dates.insert(*item.as_date());
  return dates;
}

// A year {start, end} with the terms listed in `holder` (school.yaml's
// top-level `terms` for its `year`, the year's own for each of `years`).
SchoolYear school_year_from(const Value& year, const Value& holder) {
  SchoolYear result{*year.date("start"), *year.date("end"), {}};
  if (const Value* terms = holder.get("terms"); terms && terms->as_list())
    for (const auto& term : *terms->as_list())
      result.terms.push_back(
          {std::string(term.text("name")), *term.date("start"), *term.date("end")});
  return result;
}

}  // namespace

std::string SchoolYear::name() const {
  return fmt::format("{}/{}", start.year(), end.year());
}

std::string SchoolSettings::document_language() const {
  if (!documents_lang.empty()) return documents_lang;
  return languages.empty() ? "kk" : languages.front();
}

const SchoolYear* SchoolSettings::year_of(Date day) const {
  const SchoolYear* found = nullptr;
  for (const auto& year : years)
    if (year.start <= day) found = &year;
  return found;
}

const SchoolYear* SchoolSettings::year_starting(int start_year) const {
  for (const auto& year : years)
    if (year.start.year() == start_year) return &year;
  return nullptr;
}

ReceptionWindow reception_window_from(const Value& value) {
  ReceptionWindow window;
  if (const Value* days = value.get("days"); days && days->as_list())
    for (const auto& day : *days->as_list())
      if (auto weekday = parse_weekday(day.as_string() ? *day.as_string() : ""))
        window.days.push_back(*weekday);
  if (const Value* from = value.get("from"); from && from->as_time())
    window.from = *from->as_time();
  if (const Value* to = value.get("to"); to && to->as_time()) window.to = *to->as_time();
  return window;
}

SchoolSettings SchoolSettings::from(const Value& school) {
  SchoolSettings s;
  s.name = std::string(school.text("name"));
  if (!school.text("timezone").empty()) s.timezone = std::string(school.text("timezone"));
  s.ui_language = std::string(school.text("ui_language"));
  s.address = std::string(school.text("address"));
  s.phone = std::string(school.text("phone"));
  s.email = std::string(school.text("email"));
  s.director = std::string(school.text("director"));
  if (const Value* documents = school.get("documents"))
    s.documents_lang = std::string(documents->text("lang"));
  if (const Value* languages = school.get("languages"); languages && languages->as_list()) {
    s.languages.clear();
    for (const auto& language : *languages->as_list())
      s.languages.push_back(*language.as_string());
  }
  if (const Value* deadlines = school.get("deadlines")) {
    s.official = deadline_from(deadlines->get("official"), s.official);
    s.class_teacher = deadline_from(deadlines->get("class_teacher"), s.class_teacher);
    s.redirect = deadline_from(deadlines->get("redirect"), s.redirect);
    if (auto n = deadlines->integer("due_soon")) s.due_soon = int(*n);
    if (auto n = deadlines->integer("max_extension_days")) s.max_extension_days = int(*n);
  }
  // B2: the director Tue/Thu 15:30-17:00, deputies Tue/Thu 15:30-16:30.
  s.reception["director"] = {
      {Weekday::tue, Weekday::thu}, *TimeOfDay::parse("15:30"), *TimeOfDay::parse("17:00")};
  s.reception["deputy"] = {
      {Weekday::tue, Weekday::thu}, *TimeOfDay::parse("15:30"), *TimeOfDay::parse("16:30")};
  if (const Value* reception = school.get("reception"); reception && reception->as_object())
    for (const auto& [role, window] : *reception->as_object())
      s.reception[role] = reception_window_from(window);
  if (auto n = school.integer("slot_minutes")) s.slot_minutes = int(*n);
  if (const Value* year = school.get("year")) s.years.push_back(school_year_from(*year, school));
  if (const Value* years = school.get("years"); years && years->as_list())
    for (const auto& year : *years->as_list())
      s.years.push_back(school_year_from(year, year));
  std::stable_sort(s.years.begin(), s.years.end(),
                   [](const auto& a, const auto& b) { return a.start < b.start; });
  s.plan_from = school.date("plan_from");
  s.holidays = dates_from(school.get("holidays"));
  s.workdays = dates_from(school.get("workdays"));
  if (const Value* plan = school.get("plan"); plan && plan->as_list()) {
    for (const auto& rule : *plan->as_list()) {
      PlanRule r;
      r.kind = std::string(rule.text("kind"));
      if (!rule.text("per").empty()) r.per = std::string(rule.text("per"));
      r.every = std::string(rule.text("every"));
      if (auto times = rule.integer("times")) r.times = int(*times);
      s.plan.push_back(r);
    }
  } else {
    // M1, M3, M4: the seeds' periodic work.
    s.plan = {{"class_meeting", "class", "term", 1},
              {"school_meeting", "school", "half_year", 1},
              {"education", "class", "3_months", 1},
              {"diagnostics", "class", "year", 2}};
  }
  if (const Value* git = school.get("git"); git && git->get("autocommit"))
    s.autocommit = *git->get("autocommit")->as_bool();
  if (const Value* git = school.get("git"); git && git->get("enclosing_repository"))
    s.commit_to_enclosing_repository = *git->get("enclosing_repository")->as_bool();
  return s;
}

}  // namespace pd
