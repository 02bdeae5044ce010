// The end of an appeal that is not answered by delivery: closed (after
// delivery, or with a reason), or withdrawn by the parent.
#pragma once

#include <string_view>

#include "appeal/action_context.h"
#include "store/value.h"

namespace pd::appeal {

enum class Closing { closed, withdrawn };

// Records `closed: {on: today, reason}` and sets the status. An appeal that
// was not delivered is closed only with a reason (Error refused otherwise).
void close(Value& appeal, Closing how, std::string_view reason, const ActionContext& ctx);

}  // namespace pd::appeal
