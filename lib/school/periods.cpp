#include "school/periods.h"

#include <fmt/format.h>

#include "core/error.h"
#include "core/i18n.h"

namespace pd {

namespace {

// The first day of the month `months` after the month of `day`.
Date month_start_after(Date day, int months) {
  int index = day.year() * 12 + int(day.month()) - 1 + months;
  return Date(index / 12, unsigned(index % 12 + 1), 1);
}

// The last day of the break before term `next` of the year (the day before
// it starts), or the year's end when there is no such term.
Date break_end(const SchoolYear& year, size_t next) {
  return next < year.terms.size() ? year.terms[next].start.plus_days(-1) : year.end;
}

}  // namespace

bool plan_applies(const SchoolSettings& settings, const Period& period) {
  return !settings.plan_from || *settings.plan_from <= period.end;
}

const SchoolYear& school_year_of(const SchoolSettings& settings, Date day) {
  if (const SchoolYear* year = settings.year_of(day)) return *year;
  if (settings.years.empty())
    throw Error(ExitCode::invalid_data,
                tr("school.yaml: 'year': the school year {start, end} is needed for the plan"));
  throw Error(ExitCode::invalid_data,
              msg("school.yaml: no school year has begun by {} (the first begins on {})", day.str(),
                  settings.years.front().start.str()));
}

Period whole_year(const SchoolYear& year) {
  return {year.name(), year.start, year.end};
}

std::vector<Period> school_periods(const SchoolYear& school_year, const std::string& every) {
  std::vector<Period> periods;
  if (every == "term") {
    if (school_year.terms.empty())
      throw Error(ExitCode::invalid_data,
                  tr("school.yaml: 'terms': the terms are needed for a rule 'every: term'"));
    const auto& terms = school_year.terms;
    for (size_t i = 0; i < terms.size(); ++i)
      periods.push_back(
          {terms[i].name, terms[i].start, terms[i].end, break_end(school_year, i + 1)});
  } else if (every == "half_year") {
    Period year = whole_year(school_year);
    const auto& terms = school_year.terms;
    if (terms.size() >= 2) {
      size_t split = (terms.size() + 1) / 2;
      periods.push_back(
          {"H1", terms.front().start, terms[split - 1].end, break_end(school_year, split)});
      periods.push_back(
          {"H2", terms[split].start, terms.back().end, break_end(school_year, terms.size())});
    } else {
      Date new_year(year.start.year() + 1, 1, 1);
      periods.push_back({"H1", year.start, new_year.plus_days(-1)});
      periods.push_back({"H2", new_year, year.end});
    }
  } else if (every == "3_months") {
    Period year = whole_year(school_year);
    for (Date start = year.start; start <= year.end;) {
      Date next = month_start_after(start, 3);
      Date end = std::min(next.plus_days(-1), year.end);
      periods.push_back({fmt::format("{:04}-{:02}..{:04}-{:02}", start.year(), start.month(),
                                     end.year(), end.month()),
                         start, end});
      start = next;
    }
  } else if (every == "year") {
    periods.push_back(whole_year(school_year));
  } else {
    throw Error(ExitCode::invalid_data, msg("school.yaml: unknown plan period '{}'", every));
  }
  return periods;
}

}  // namespace pd
