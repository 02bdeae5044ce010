// The life of an appeal as ONE table: which action may be taken in which
// status, and the status it leads to.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "appeal/status.h"

namespace pd::appeal {

enum class Action { assign, escalate, respond, deliver, close, withdraw, extend, redirect, note };

struct Transition {
  Action action;
  std::string_view name;  // the subcommand: "deliver"
  // The refusal, a whole message for the catalogue: "'{}': cannot deliver an
  // appeal that is '{}'; allowed from: {}" (the ID, the status, the statuses
  // the action is allowed from).
  std::string_view refusal;
  std::vector<Status> from;  // the statuses the action is allowed in
  std::optional<Status> to;  // the status it leads to; none: unchanged
};

// The table, one row per action.
const std::vector<Transition>& transitions();
const Transition& transition(Action action);

bool is_allowed(Action action, Status from);

// The status after `action` taken on the appeal `id` in status `from`.
// Throws Error (refused) naming the statuses it is allowed from:
// `'A-20261124-K7QM': cannot deliver an appeal that is 'received'; allowed
// from: answered`.
Status next_status(Action action, Status from, std::string_view id);

}  // namespace pd::appeal
