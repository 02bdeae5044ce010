#include "minutes/attendance.h"

#include "core/error.h"
#include "core/i18n.h"

namespace pd {

namespace {

// `part` at most `whole`, when both are recorded.
void at_most(const Value& minutes, std::string_view part, std::string_view whole,
             std::vector<CountProblem>& problems) {
  auto p = minutes.integer(part), w = minutes.integer(whole);
  if (p && w && *p > *w)
    problems.push_back(
        {std::string(part), msg("'{}': {} is more than '{}' ({})", part, *p, whole, *w)});
}

}  // namespace

std::vector<CountProblem> count_problems(const Value& minutes) {
  std::vector<CountProblem> problems;
  at_most(minutes, "present", "invited", problems);
  at_most(minutes, "satisfied", "respondents", problems);
  return problems;
}

void require_consistent_counts(const Value& minutes) {
  std::vector<CountProblem> problems = count_problems(minutes);
  if (!problems.empty()) throw Error(ExitCode::refused, problems.front().message);
}

}  // namespace pd
