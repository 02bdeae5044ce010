#include "minutes/check.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/i18n.h"
#include "minutes/amendment.h"
#include "minutes/attendance.h"
#include "minutes/digest.h"
#include "minutes/numbering.h"
#include "minutes/signing.h"

namespace pd {

namespace {

// The valid minutes records of the store, file by file.
std::vector<Record> valid_minutes(const Store& store) {
  std::vector<Record> records;
  const RecordSchema& schema = schema_for("minutes");
  for (auto& check : store.check_files(store.files(schema), schema))
    if (check.record) records.push_back(std::move(*check.record));
  return records;
}

void digest_problems(const Record& record, std::vector<Diagnostic>& problems) {
  const Value& minutes = record.value;
  if (const Value* digest = minutes.get("digest")) {
    if (minutes.text("digest") != minutes_digest(minutes))
      problems.push_back(
          {record.file, digest->pos(),
           tr("'digest': the minutes were changed after they were signed (their content no "
              "longer matches the digest)")});
  } else if (seal_state(minutes) == SealState::frozen) {
    problems.push_back({record.file, minutes.get("signatures")->pos(),
                        tr("'digest': missing in minutes signed by the chair and the secretary")});
  }
  // Every earlier version of amended minutes, rebuilt, against its digest.
  for (AmendmentProblem& problem : amendment_problems(minutes))
    problems.push_back({record.file, problem.at->pos(), std::move(problem.message)});
}

void rule_problems(const Record& record, std::vector<Diagnostic>& problems) {
  const Value& minutes = record.value;
  for (const CountProblem& problem : count_problems(minutes))
    problems.push_back({record.file, minutes.get(problem.field)->pos(), problem.message});
  std::optional<Date> meeting = minutes.date("date");
  if (const Value* decisions = minutes.get("decisions"); decisions && decisions->as_list()) {
    std::set<std::int64_t> seen;
    size_t i = 0;
    for (const Value& decision : *decisions->as_list()) {
      ++i;
      std::int64_t number = decision.integer("number").value_or(0);
      if (!seen.insert(number).second)
        problems.push_back(
            {record.file, decision.get("number")->pos(),
             msg("'decisions[{}].number': decision {} is numbered twice", i, number)});
      // What `minutes decide` and `minutes done` refuse, written by hand.
      if (auto due = decision.date("due"); due && meeting && *due < *meeting)
        problems.push_back({record.file, decision.get("due")->pos(),
                            msg("'decisions[{}].due': decision {} is due on {}, before the "
                                "meeting on {}",
                                i, number, due->str(), meeting->str())});
      if (auto done = decision.date("done"); done && meeting && *done < *meeting)
        problems.push_back({record.file, decision.get("done")->pos(),
                            msg("'decisions[{}].done': decision {} is marked done on {}, before "
                                "the meeting on {}",
                                i, number, done->str(), meeting->str())});
    }
  }
  if (const Value* signatures = minutes.get("signatures"); signatures && signatures->as_list()) {
    std::set<std::string> seen;
    size_t i = 0;
    for (const Value& signature : *signatures->as_list()) {
      ++i;
      std::string role(signature.text("role"));
      bool chair = role == "chair";
      if (!seen.insert(role).second)
        problems.push_back({record.file, signature.pos(),
                            msg(chair ? N_("'signatures[{}]': the chair has signed twice")
                                      : N_("'signatures[{}]': the secretary has signed twice"),
                                i)});
      // What `minutes sign` refuses, written by hand: a signature before the
      // meeting (so also any signature of a meeting still to come), and a
      // signer other than the chair (secretary) the record names.
      if (auto day = signature.date("date"); day && meeting && *day < *meeting)
        problems.push_back(
            {record.file, signature.get("date")->pos(),
             // TRANSLATORS: the number of the signature, its date, the meeting's date.
             msg(chair ? N_("'signatures[{}].date': the chair signed on {}, before the meeting "
                            "on {}")
                       : N_("'signatures[{}].date': the secretary signed on {}, before the "
                            "meeting on {}"),
                 i, day->str(), meeting->str())});
      std::string_view named = minutes.text(role), name = signature.text("name");
      if (!named.empty() && name != named)
        problems.push_back(
            {record.file, signature.get("name")->pos(),
             // TRANSLATORS: the number of the signature, the signer's name, the
             // name the record gives.
             msg(chair ? N_("'signatures[{}].name': signed by '{}', but the chair of the meeting "
                            "is '{}'")
                       : N_("'signatures[{}].name': signed by '{}', but the secretary of the "
                            "meeting is '{}'"),
                 i, name, named)});
    }
  }
}

void sort_problems(std::vector<Diagnostic>& problems) {
  std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
    return std::tie(a.file, a.pos.line, a.pos.column) < std::tie(b.file, b.pos.line, b.pos.column);
  });
}

}  // namespace

std::vector<Diagnostic> frozen_minutes_changed(const Store& store) {
  std::vector<Diagnostic> problems;
  for (const Record& record : valid_minutes(store))
    digest_problems(record, problems);
  sort_problems(problems);
  return problems;
}

std::vector<Diagnostic> check_minutes(const Store& store) {
  std::vector<Diagnostic> problems;
  std::vector<Record> records = valid_minutes(store);
  for (const Record& record : records) {
    digest_problems(record, problems);
    rule_problems(record, problems);
  }
  // Numbers go by school year, which school.yaml says; an invalid one is
  // reported by the schema check, and the numbers are left for then.
  if (FileCheck school = store.check_file("school.yaml", schema_for("school")); school.record)
    for (Diagnostic& problem :
         duplicate_protocol_numbers(records, SchoolSettings::from(school.record->value)))
      problems.push_back(std::move(problem));
  sort_problems(problems);
  return problems;
}

std::vector<Diagnostic> minutes_record_problems(const Record& record) {
  std::vector<Diagnostic> problems;
  digest_problems(record, problems);
  rule_problems(record, problems);
  sort_problems(problems);
  return problems;
}

}  // namespace pd
