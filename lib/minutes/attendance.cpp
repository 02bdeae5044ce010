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

std::string attendance_text(const Value& minutes) {
  auto present = minutes.integer("present"), invited = minutes.integer("invited");
  if (present && invited)
    // TRANSLATORS: {0} is the number invited (the plural follows it), {1} the
    // number present.
    return count_of(size_t(*invited), "{1} present of {0} invited", "{1} present of {0} invited",
                    *present);
  if (present) return count_of(size_t(*present), "{} present", "{} present");
  if (invited) return count_of(size_t(*invited), "{} invited", "{} invited");
  return {};
}

std::string survey_text(const Value& minutes) {
  auto respondents = minutes.integer("respondents"), satisfied = minutes.integer("satisfied");
  if (respondents && satisfied && *respondents > 0)
    // TRANSLATORS: {0} is the number of respondents (the plural follows it),
    // {1} how many of them are satisfied, {2} their share in per cent.
    return count_of(size_t(*respondents), "{0} respondent, {1} satisfied ({2}%)",
                    "{0} respondents, {1} satisfied ({2}%)", *satisfied,
                    (*satisfied * 100 + *respondents / 2) / *respondents);
  if (respondents) return count_of(size_t(*respondents), "{} respondent", "{} respondents");
  return {};
}

}  // namespace pd
