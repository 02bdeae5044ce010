// A1: the answer is prepared in the language of the appeal and delivered to
// the parent by e-mail or by hand.
#pragma once

#include <optional>
#include <string_view>

#include "appeal/action_context.h"
#include "core/date.h"
#include "store/value.h"

namespace pd::appeal {

// A1: refuses (Error refused) an answer in `lang` to an appeal in another
// language; Error (usage) for a language that is none of the schema's.
void require_appeal_language(const Value& appeal, std::string_view lang);

// Records the answer {lang, on: today, by, text} and sets the status
// `answered`; an answer not yet delivered may be replaced.
void respond(Value& appeal, std::string_view lang, std::string_view text, const ActionContext& ctx);

// Records the delivery {on, via} (default today) and sets `delivered`.
// Refuses a date after today or before the answer was written.
void deliver(Value& appeal, std::string_view via, std::optional<Date> on, const ActionContext& ctx);

}  // namespace pd::appeal
