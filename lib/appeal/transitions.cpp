#include "appeal/transitions.h"

#include <algorithm>
#include <string>

#include "core/error.h"
#include "core/i18n.h"

namespace pd::appeal {

namespace {

using S = Status;

}  // namespace

const std::vector<Transition>& transitions() {
  static const std::vector<Transition> table = {
      {Action::assign, "assign", "assign", {S::received, S::assigned}, S::assigned},
      // A2: a class-teacher request goes to the administration.
      {Action::escalate, "escalate", "escalate", {S::received, S::assigned}, S::assigned},
      // A1: an answer may be revised until it is delivered.
      {Action::respond, "respond", "answer", {S::received, S::assigned, S::answered}, S::answered},
      {Action::deliver, "deliver", "deliver", {S::answered}, S::delivered},
      {Action::close,
       "close",
       "close",
       {S::received, S::assigned, S::answered, S::delivered},
       S::closed},
      {Action::withdraw,
       "close --withdrawn",
       "withdraw",
       {S::received, S::assigned, S::answered},
       S::withdrawn},
      {Action::extend, "extend", "extend", {S::received, S::assigned, S::answered}, std::nullopt},
      {Action::redirect, "redirect", "redirect", {S::received, S::assigned}, S::redirected},
      {Action::note, "note", "add a note to", all_statuses(), std::nullopt},
  };
  return table;
}

const Transition& transition(Action action) {
  for (const auto& row : transitions())
    if (row.action == action) return row;
  throw Error(ExitCode::system, "no transition for an action");  // a defect: the table is total
}

bool is_allowed(Action action, Status from) {
  const auto& allowed = transition(action).from;
  return std::find(allowed.begin(), allowed.end(), from) != allowed.end();
}

Status next_status(Action action, Status from, std::string_view id) {
  const Transition& row = transition(action);
  if (!is_allowed(action, from)) {
    std::string allowed;
    for (Status status : row.from)
      allowed += (allowed.empty() ? "" : ", ") + std::string(status_name(status));
    throw Error(ExitCode::refused, msg("'{}': cannot {} an appeal that is '{}'; allowed from: {}",
                                       id, row.verb, status_name(from), allowed));
  }
  return row.to.value_or(from);
}

}  // namespace pd::appeal
