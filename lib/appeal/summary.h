// What a command of `appeal` says it did, on stderr or stdout: the sentences
// after a change, each starting with the tool's name ("appeal: 'A-…' …").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "appeal/state.h"
#include "store/value.h"

namespace pd::appeal {

// "A-2026-0001 due 2026-11-20": the line `appeal new` prints for `appeal`.
std::string new_appeal_line(const Value& appeal);

// The warning that no coordinator in staff/ could be given the new appeal;
// nothing when it has an assignee.
std::optional<std::string> unassigned_warning(std::string_view tool, const Value& appeal);

// After a change that moves the due date (escalate, extend): `with_assignee`
// (the tool, the ID, the assignee, the due date) or, when nobody is assigned,
// `without` (the tool, the ID, the due date); both English message keys.
std::string due_summary(std::string_view tool, const Value& appeal, std::string_view with_assignee,
                        std::string_view without);

// After `appeal deliver`: delivered on time, or how many days late, by `state`
// (the appeal's state today).
std::string delivered_summary(std::string_view tool, const Value& appeal, const AppealState& state);

// After `appeal redirect`: redirected on time, or how many days late, by
// `state` (the appeal's state today).
std::string redirected_summary(std::string_view tool, const Value& appeal,
                               const AppealState& state);

}  // namespace pd::appeal
