// A new appeal (A1, A4): its record from what the coordinator entered, with
// the route, the assignee and the due date the rules give.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "appeal/action_context.h"
#include "appeal/status.h"
#include "store/value.h"

namespace pd::appeal {

struct NewAppeal {
  std::string from, contact, student, class_id;
  std::string kind, channel, lang;
  std::string subject, text;
  std::string route = "administration";  // class_teacher | administration
  std::optional<Date> received;          // default: today
  std::string repeat_of;                 // an appeal ID or a unique suffix
};

// Checks `value` of the command-line flag `flag` against the values the
// appeal schema allows for `field` (a dotted path: delivered.via); Error (usage) with a "did you
// mean" otherwise.
void require_schema_value(std::string_view flag, std::string_view field, std::string_view value);

// Text as records keep it: trailing spaces and blank lines dropped, one final
// newline when it has several lines.
std::string tidy_text(std::string_view text);

// The record of a new appeal with the ID `id`: checked values, routed
// (administration: the coordinator and the official deadline; class_teacher:
// the class's teacher and the 5-day deadline), status `assigned` when someone
// got it, history `received`. Throws Error (usage) for a bad value, (refused)
// for a rule, (not_found) for an unknown class or earlier appeal.
Value new_appeal(const std::string& id, const NewAppeal& input, const ActionContext& ctx);

}  // namespace pd::appeal
