#include "school/calendar_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "core/i18n.h"

namespace pd {

namespace {

struct CheckedTerm {
  std::string path;  // terms[2]
  const Value* value;
  std::string name;
  Date start, end;
};

struct CheckedYear {
  std::string path;  // year, years[1]
  const Value* value;
  Date start, end;
  std::vector<CheckedTerm> terms;

  bool valid() const { return start <= end; }
  std::string name() const { return fmt::format("{}/{}", start.year(), end.year()); }
};

std::string item_path(const std::string& list, size_t index) {
  return fmt::format("{}[{}]", list, index + 1);
}

// The year in `year` with the terms of `holder`'s `terms`, under the paths
// `year_path` and `terms_path`.
CheckedYear year_from(const Value& year, const std::string& year_path, const Value& holder,
                      const std::string& terms_path) {
  CheckedYear result{year_path, &year, *year.date("start"), *year.date("end"), {}};
  if (const Value* terms = holder.get("terms"); terms && terms->as_list()) {
    const List& list = *terms->as_list();
    for (size_t i = 0; i < list.size(); ++i)
      result.terms.push_back({item_path(terms_path, i), &list[i], std::string(list[i].text("name")),
                              *list[i].date("start"), *list[i].date("end")});
  }
  return result;
}

// The dates of a list of school.yaml, with their values.
std::vector<std::pair<std::string, const Value*>> dates_of(const Value& school,
                                                           std::string_view key) {
  std::vector<std::pair<std::string, const Value*>> dates;
  if (const Value* list = school.get(key); list && list->as_list())
    for (size_t i = 0; i < list->as_list()->size(); ++i)
      if ((*list->as_list())[i].as_date())
        dates.emplace_back(item_path(std::string(key), i), &(*list->as_list())[i]);
  return dates;
}

bool is_weekend(Date day) {
  return day.weekday() == Weekday::sat || day.weekday() == Weekday::sun;
}

}  // namespace

std::vector<Diagnostic> check_school_calendar(const Record& school) {
  std::vector<Diagnostic> problems;
  auto problem = [&](const Value* at, const std::string& path, const std::string& message) {
    problems.push_back({school.file, at->pos(), fmt::format("'{}': {}", path, message)});
  };
  const Value& v = school.value;

  std::vector<CheckedYear> years;
  if (const Value* year = v.get("year")) years.push_back(year_from(*year, "year", v, "terms"));
  if (const Value* list = v.get("years"); list && list->as_list())
    for (size_t i = 0; i < list->as_list()->size(); ++i) {
      const Value& year = (*list->as_list())[i];
      std::string path = item_path("years", i);
      years.push_back(year_from(year, path, year, path + ".terms"));
    }

  for (const auto& year : years) {
    if (!year.valid()) {
      problem(year.value->get("end"), year.path + ".end",
              msg("the school year ends before it starts ({})", year.start.str()));
      continue;
    }
    const CheckedTerm* previous = nullptr;
    for (const auto& term : year.terms) {
      if (term.end < term.start) {
        problem(term.value->get("end"), term.path + ".end",
                msg("term {} ends before it starts ({})", term.name, term.start.str()));
        continue;
      }
      if (term.start < year.start)
        problem(term.value->get("start"), term.path + ".start",
                msg("term {} starts before its school year ({})", term.name, year.start.str()));
      if (term.end > year.end)
        problem(term.value->get("end"), term.path + ".end",
                msg("term {} ends after its school year ({})", term.name, year.end.str()));
      if (previous && term.start < previous->start)
        problem(term.value->get("start"), term.path + ".start",
                msg("term {} starts before term {} listed above it ({}): list the terms in order",
                    term.name, previous->name, previous->start.str()));
      else if (previous && term.start <= previous->end)
        problem(term.value->get("start"), term.path + ".start",
                msg("term {} starts before term {} ends ({})", term.name, previous->name,
                    previous->end.str()));
      previous = &term;
    }
  }

  // The valid years by their start, each with its span: to 31 August after
  // it, or to the day before the next year starts.
  std::vector<const CheckedYear*> ordered;
  for (const auto& year : years)
    if (year.valid()) ordered.push_back(&year);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto* a, const auto* b) { return a->start < b->start; });
  std::vector<Date> span_end;
  for (size_t i = 0; i < ordered.size(); ++i) {
    Date end(ordered[i]->start.year() + 1, 8, 31);
    if (i + 1 < ordered.size()) end = std::min(end, ordered[i + 1]->start.plus_days(-1));
    span_end.push_back(std::max(end, ordered[i]->end));
  }
  // Each year against the one ending last among those starting before it.
  const CheckedYear* latest = nullptr;
  for (const auto* year : ordered) {
    if (latest && year->start <= latest->end)
      problem(year->value->get("start"), year->path + ".start",
              msg("the school year {} starts before the school year {} ends ({})", year->name(),
                  latest->name(), latest->end.str()));
    if (!latest || latest->end < year->end) latest = year;
  }

  auto holidays = dates_of(v, "holidays");
  for (const auto& [path, workday] : dates_of(v, "workdays")) {
    Date day = *workday->as_date();
    if (std::any_of(holidays.begin(), holidays.end(),
                    [&](const auto& h) { return *h.second->as_date() == day; }))
      problem(
          workday, path,
          msg("{} is also in 'holidays': a day is either a holiday or a working day", day.str()));
    if (!is_weekend(day))
      problem(workday, path,
              msg("{} is not a Saturday or a Sunday: 'workdays' lists the weekend days worked in "
                  "place of a holiday",
                  day.str()));
  }

  for (size_t i = 0; i < ordered.size(); ++i) {
    Date start = ordered[i]->start, end = span_end[i];
    if (std::none_of(holidays.begin(), holidays.end(), [&](const auto& h) {
          Date day = *h.second->as_date();
          return start <= day && day <= end;
        }))
      problem(ordered[i]->value, ordered[i]->path,
              msg("no holiday is listed from {} to {}: add the school year's public holidays to "
                  "'holidays'",
                  start.str(), end.str()));
  }

  if (const Value* plan_from = v.get("plan_from"); plan_from && plan_from->as_date()) {
    Date day = *plan_from->as_date();
    bool inside = false;
    for (size_t i = 0; i < ordered.size(); ++i)
      inside = inside || (ordered[i]->start <= day && day <= span_end[i]);
    if (!inside)
      problem(
          plan_from, "plan_from",
          msg("{} is in no school year ('year', 'years') nor in the summer after one", day.str()));
  }
  return problems;
}

}  // namespace pd
