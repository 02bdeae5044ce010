// A2: a request the class teacher cannot resolve goes to the school
// administration.
#pragma once

#include <string_view>

#include "appeal/action_context.h"
#include "store/value.h"

namespace pd::appeal {

// Moves a class-teacher appeal to the administration: the coordinator gets
// it, the new due date is today plus the official deadline, `escalated`
// keeps the class teacher and the old due date, and so does the history.
// Refuses (Error refused) an appeal already with the administration or in a
// status the transition table does not allow.
void escalate(Value& appeal, std::string_view reason, const ActionContext& ctx);

}  // namespace pd::appeal
