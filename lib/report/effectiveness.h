// `report year`: the yearly effectiveness of work with parents, by the
// criteria of the regional project (U 1-4), alongside appeals answered on
// time and the plan held — counts with their bases, so that a district or
// region can sum schools. Nothing dated after today is counted: the figures
// of a year still running are those of the year so far.
#pragma once

#include <optional>
#include <string>

#include "output/rows.h"
#include "report/compliance.h"
#include "report/incidents.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

// U1: satisfaction, from the surveys of one group held in the year.
struct Satisfaction {
  std::int64_t surveys = 0, respondents = 0, satisfied = 0;
};

struct YearEffectiveness {
  Period year;
  Date counted_until;                      // the year's end, or today when earlier
  std::int64_t students = 0, parents = 0;  // over the classes
  // U1: the surveys by `surveyed`; a survey that does not say is of parents.
  Satisfaction parents_satisfaction, students_satisfaction, teachers_satisfaction;
  // U2: events organised by parents, per 100 students.
  std::int64_t parent_events = 0;
  // U3: parents taking part: present of invited, over the parent meetings and
  // events of the year (class, school and PTA meetings, education, events)
  // that record both counts; `uncounted` of them record one or neither and
  // are left out (no `present` is not "nobody came").
  std::int64_t events = 0, invited = 0, present = 0, uncounted = 0;
  // U4: offences, bullying and suicide cases among the students (0 is the
  // good figure).
  IncidentCounts incidents;
  // Appeals received in the year: answered, and of those on time.
  std::int64_t appeals = 0, answered = 0, on_time = 0;
  // The plan: periods of the year that have ended (by today), and in how many
  // the required records were held.
  std::int64_t plan_due = 0, plan_held = 0;
};

// The figures of the school year `year` (by default the year of `today`,
// SchoolSettings::year_of) from the records dated in it and not after
// `today`; minutes count once held (counts_as_held in effectiveness.cpp).
YearEffectiveness year_effectiveness(const Store& store, const SchoolSettings& settings,
                                     std::optional<Period> year, Date today);

// The school year starting in `start_year` by school.yaml's dates when they
// match, else 1 September to 31 May.
Period school_year_starting(const SchoolSettings& settings, int start_year);

// The rows of `report year`: each criterion, its percentage or count and
// the counts it rests on. For programs (CSV) the criterion is a key that no
// language changes (parents_satisfaction, ...) and the value a number
// (80.4) or empty; people read "parents' satisfaction" and "80.4%".
Rows year_effectiveness_rows(const YearEffectiveness& y, Readers readers = Readers::people);

// The figures as one JSON object, with the school's name, the year, and each
// criterion's counts and percentage.
std::string year_effectiveness_json(const YearEffectiveness& y, std::string_view school);

}  // namespace pd
