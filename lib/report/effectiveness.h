// `report year`: the yearly effectiveness of work with parents, by the
// criteria of the regional project (U 1-3), alongside appeals answered on
// time and the plan held — counts with their bases, so that a district or
// region can sum schools.
#pragma once

#include <optional>
#include <string>

#include "output/rows.h"
#include "report/compliance.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

struct YearEffectiveness {
  Period year;
  std::int64_t students = 0, parents = 0;  // over the classes
  // U1: parents' satisfaction, from surveys held in the year.
  std::int64_t surveys = 0, respondents = 0, satisfied = 0;
  // U2: events organised by parents, per 100 students.
  std::int64_t parent_events = 0;
  // U3: parents taking part: present of invited, over the parent meetings and
  // events of the year (class, school and PTA meetings, education, events).
  std::int64_t events = 0, invited = 0, present = 0;
  // Appeals received in the year: answered, and of those on time.
  std::int64_t appeals = 0, answered = 0, on_time = 0;
  // The plan: periods of the year that have ended (by today), and in how many
  // the required records were held.
  std::int64_t plan_due = 0, plan_held = 0;
};

// The figures of the school year `year` (settings' year when empty).
YearEffectiveness year_effectiveness(const Store& store, const SchoolSettings& settings,
                                     std::optional<Period> year, Date today);

// The school year starting in `start_year` by school.yaml's dates when they
// match, else 1 September to 31 May.
Period school_year_starting(const SchoolSettings& settings, int start_year);

// The rows of `report year`: each criterion, its percentage and the counts
// it rests on.
Rows year_effectiveness_rows(const YearEffectiveness& y);

// The figures as one JSON object, with the school's name, the year, and each
// criterion's counts and percentage.
std::string year_effectiveness_json(const YearEffectiveness& y, std::string_view school);

}  // namespace pd
