#include "appeal/transitions.h"

#include <algorithm>
#include <string>

#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd::appeal {

namespace {

using S = Status;

}  // namespace

// TRANSLATORS: the refusals of the appeal's actions: the appeal's ID, its
// status (a word of "appeal status") and the statuses the action is allowed
// from.
const std::vector<Transition>& transitions() {
  static const std::vector<Transition> table = {
      {Action::assign,
       "assign",
       N_("'{}': cannot assign an appeal that is '{}'; allowed from: {}"),
       {S::received, S::assigned},
       S::assigned},
      // A2: a class-teacher request goes to the administration.
      {Action::escalate,
       "escalate",
       N_("'{}': cannot escalate an appeal that is '{}'; allowed from: {}"),
       {S::received, S::assigned},
       S::assigned},
      // A1: an answer may be revised until it is delivered.
      {Action::respond,
       "respond",
       N_("'{}': cannot answer an appeal that is '{}'; allowed from: {}"),
       {S::received, S::assigned, S::answered},
       S::answered},
      {Action::deliver,
       "deliver",
       N_("'{}': cannot deliver an appeal that is '{}'; allowed from: {}"),
       {S::answered},
       S::delivered},
      {Action::close,
       "close",
       N_("'{}': cannot close an appeal that is '{}'; allowed from: {}"),
       {S::received, S::assigned, S::answered, S::delivered},
       S::closed},
      {Action::withdraw,
       "close --withdrawn",
       N_("'{}': cannot withdraw an appeal that is '{}'; allowed from: {}"),
       {S::received, S::assigned, S::answered},
       S::withdrawn},
      {Action::extend,
       "extend",
       N_("'{}': cannot extend an appeal that is '{}'; allowed from: {}"),
       {S::received, S::assigned, S::answered},
       std::nullopt},
      {Action::redirect,
       "redirect",
       N_("'{}': cannot redirect an appeal that is '{}'; allowed from: {}"),
       {S::received, S::assigned},
       S::redirected},
      {Action::note, "note",
       N_("'{}': cannot add a note to an appeal that is '{}'; allowed from: {}"), all_statuses(),
       std::nullopt},
  };
  return table;
}

const Transition& transition(Action action) {
  for (const auto& row : transitions())
    if (row.action == action) return row;
  throw Error(ExitCode::system, tr("no transition for an action"));  // a defect: the table is total
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
      allowed += (allowed.empty() ? "" : ", ") + enum_word("appeal status", status_name(status));
    throw Error(ExitCode::refused,
                msg(row.refusal, id, enum_word("appeal status", status_name(from)), allowed));
  }
  return row.to.value_or(from);
}

}  // namespace pd::appeal
