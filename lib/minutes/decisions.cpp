#include "minutes/decisions.h"

#include <algorithm>

#include "core/error.h"
#include "core/i18n.h"
#include "minutes/signing.h"

namespace pd {

namespace {

const List* decisions_of(const Value& minutes) {
  const Value* decisions = minutes.get("decisions");
  return decisions ? decisions->as_list() : nullptr;
}

Value* find_decision(Value& minutes, std::int64_t number) {
  if (Value* decisions = minutes.get("decisions"); decisions && decisions->as_list())
    for (Value& decision : *decisions->as_list())
      if (decision.integer("number") == number) return &decision;
  return nullptr;
}

}  // namespace

std::int64_t next_decision_number(const Value& minutes) {
  std::int64_t highest = 0;
  if (const List* decisions = decisions_of(minutes))
    for (const Value& decision : *decisions)
      highest = std::max(highest, decision.integer("number").value_or(0));
  return highest + 1;
}

std::int64_t add_decision(Value& minutes, const NewDecision& decision) {
  require_allowed(minutes, Action::decide);
  Date meeting = *minutes.date("date");
  if (decision.due < meeting)
    throw Error(ExitCode::refused,
                msg("'--due': {} is before the meeting on {}", decision.due.str(), meeting.str()));
  std::int64_t number = next_decision_number(minutes);
  Value entry{Object{}};
  entry.set("number", Value(number));
  entry.set("text", Value(decision.text));
  entry.set("owner", Value(decision.owner));
  entry.set("due", Value(decision.due));
  if (!minutes.get("decisions")) minutes.set("decisions", Value(List{}));
  minutes.get("decisions")->as_list()->push_back(std::move(entry));
  return number;
}

const Value* find_decision(const Value& minutes, std::int64_t number) {
  if (const List* decisions = decisions_of(minutes))
    for (const Value& decision : *decisions)
      if (decision.integer("number") == number) return &decision;
  return nullptr;
}

void mark_done(Value& minutes, std::int64_t number, Date day) {
  require_allowed(minutes, Action::done);
  std::string id(minutes.text("id"));
  Value* decision = find_decision(minutes, number);
  if (!decision) {
    std::int64_t last = next_decision_number(minutes) - 1;
    throw Error(ExitCode::not_found,
                last == 0 ? msg("'{}': no decision {}; the minutes have no decisions", id, number)
                          : msg("'{}': no decision {} (the last is {})", id, number, last));
  }
  if (auto done = decision->date("done"))
    throw Error(ExitCode::refused,
                msg("'{}': decision {} is already done ({})", id, number, done->str()));
  // Minutes created ahead for a planned meeting: nothing is done before it.
  if (Date meeting = *minutes.date("date"); day < meeting)
    throw Error(ExitCode::refused, msg("'{}': decision {} cannot be done before the meeting on {}",
                                       id, number, meeting.str()));
  decision->set("done", Value(day));
}

DecisionStatus decision_status(const Value& decision, Date today) {
  if (decision.date("done")) return DecisionStatus::done;
  auto due = decision.date("due");
  return due && today > *due ? DecisionStatus::overdue : DecisionStatus::open;
}

std::string_view status_name(DecisionStatus status) {
  switch (status) {
    case DecisionStatus::open:
      return "open";
    case DecisionStatus::done:
      return "done";
    case DecisionStatus::overdue:
      return "overdue";
  }
  return "";
}

}  // namespace pd
