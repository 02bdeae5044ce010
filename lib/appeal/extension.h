// `extend`: the due date moved once, with a reason, to at most
// max_extension_days after receipt (Kazakhstan's administrative practice).
#pragma once

#include <string_view>

#include "appeal/action_context.h"
#include "core/date.h"
#include "store/value.h"

namespace pd::appeal {

// Sets `due` to `until` and records `extension: {on, until, previous_due,
// reason}`. Refuses (Error refused) a second extension, a date not after the
// current due date, and a date past latest_extension(); Error (usage) for an
// empty reason.
void extend(Value& appeal, Date until, std::string_view reason, const ActionContext& ctx);

}  // namespace pd::appeal
