// Counts of people in minutes: at most as many present as invited, at most
// as many satisfied as responded (SPEC U criteria 1 and 3).
#pragma once

#include <string>
#include <vector>

#include "store/value.h"

namespace pd {

// One broken count rule: the field at fault and what is wrong with it.
struct CountProblem {
  std::string field;  // present, satisfied
  std::string message;
};

// Every count rule the record breaks: `'present': 30 is more than 'invited'
// (25)`.
std::vector<CountProblem> count_problems(const Value& minutes);

// Throws Error (refused) with the first problem, when there is one.
void require_consistent_counts(const Value& minutes);

// The attendance as a person reads it: "30 present of 41 invited", or what
// of it is recorded; empty when nothing is.
std::string attendance_text(const Value& minutes);

// A survey's counts: "120 respondents, 98 satisfied (82%)"; empty when the
// record has no respondents.
std::string survey_text(const Value& minutes);

}  // namespace pd
