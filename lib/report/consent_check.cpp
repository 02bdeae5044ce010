#include "report/consent_check.h"

#include <map>

#include "core/casefold.h"
#include "core/i18n.h"
#include "report/consent.h"

namespace pd {

namespace {

void check_class(const Record& c, const SchoolSettings& settings,
                 std::vector<Diagnostic>& problems) {
  const Value* answers = c.value.get("photo_consent");
  if (!answers || !answers->as_list()) return;
  auto problem = [&](Position pos, std::string message) {
    problems.push_back({c.file, pos, std::move(message)});
  };
  std::map<int, size_t> per_year;                        // start -> entries
  std::map<std::pair<int, std::string>, size_t> listed;  // (start, student) -> entry number
  size_t n = 0;
  for (const auto& answer : *answers->as_list()) {
    std::string field = "photo_consent[" + std::to_string(++n) + "]";
    std::string_view consent = answer.text("consent");
    if (consent != "unknown" && !answer.get("signed"))
      problem(answer.pos(), consent == "refused"
                                ? msg("'{}': a refusal without its date: add 'signed'", field)
                                : msg("'{}': a consent without its date: add 'signed'", field));
    const Value* year = answer.get("year");
    std::optional<int> start = consent_year_start(answer.text("year"));
    if (!start) {
      problem(year->pos(), msg("'{}.year': expected two consecutive years like 2026/2027, got '{}'",
                               field, answer.text("year")));
      continue;
    }
    if (!settings.year_starting(*start))
      problem(year->pos(), msg("'{}.year': no school year {} in school.yaml ('year', 'years')",
                               field, answer.text("year")));
    ++per_year[*start];
    auto [first, inserted] = listed.emplace(std::pair{*start, casefold(answer.text("student"))}, n);
    if (!inserted)
      problem(answer.pos(), msg("'{}': the student is listed twice for {} (also photo_consent[{}])",
                                field, answer.text("year"), first->second));
  }
  if (std::optional<std::int64_t> students = c.value.integer("students"))
    for (const auto& [start, entries] : per_year)
      if (std::int64_t(entries) > *students)
        // TRANSLATORS: {0} entries, {1} the school year (2026/2027), {2} the
        // class's number of students.
        problem(
            answers->pos(),
            count_of(entries, "'photo_consent': {0} entry for {1}, but the class has {2} students",
                     "'photo_consent': {0} entries for {1}, but the class has {2} students",
                     fmt::format("{}/{}", start, start + 1), *students));
}

}  // namespace

std::vector<Diagnostic> check_photo_consents(const std::vector<Record>& records,
                                             const SchoolSettings& settings) {
  std::vector<Diagnostic> problems;
  for (const auto& record : records)
    if (record.schema->name == "class") check_class(record, settings, problems);
  return problems;
}

}  // namespace pd
