// Notes on an appeal: calls made, documents asked for, what was agreed.
#pragma once

#include <string_view>

#include "appeal/action_context.h"
#include "store/value.h"

namespace pd::appeal {

// Appends `{at, by, text}` to `notes`, in any status. Error (usage) for an
// empty text.
void add_note(Value& appeal, std::string_view text, const ActionContext& ctx);

}  // namespace pd::appeal
