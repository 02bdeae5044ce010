// `redirect`: an appeal outside the school's competence is sent on to the
// body it belongs to, within the redirect deadline (default 3 working days
// from receipt), and closed here.
#pragma once

#include <string_view>

#include "appeal/action_context.h"
#include "store/value.h"

namespace pd::appeal {

// Records `redirect: {to, on: today, previous_due, reason}`, sets the status
// `redirected` and `due` to the redirect deadline, so that the appeal is on
// time when it was redirected by then. Error (usage) for an empty `to`.
void redirect(Value& appeal, std::string_view to, std::string_view reason,
              const ActionContext& ctx);

}  // namespace pd::appeal
