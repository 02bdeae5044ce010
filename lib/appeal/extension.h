// `extend`: the due date moved once, with a reason, to at most
// max_extension_days after receipt (Kazakhstan's administrative practice);
// the parent is told of it within kExtensionNoticeDays working days.
#pragma once

#include <optional>
#include <string_view>

#include "appeal/action_context.h"
#include "core/date.h"
#include "store/value.h"

namespace pd::appeal {

// The APPC: the parent learns of an extension within 3 working days.
inline constexpr int kExtensionNoticeDays = 3;

// How and when the parent was told of the extension.
struct Notice {
  std::string via;  // a channel: email, in_person, phone, messenger, ...
  Date on;
};

// Sets `due` to `until` and records `extension: {on, until, previous_due,
// reason}`, with `notified: {on, via}` when the notice is given at once.
// Only the administration extends, once per appeal, before the due date has
// passed, to a date after it and at most latest_extension(): Error (refused)
// otherwise; Error (usage) for an empty reason.
void extend(Value& appeal, Date until, std::string_view reason, const std::optional<Notice>& notice,
            const ActionContext& ctx);

// Records that the parent was told of the extension. Error (refused) when
// the appeal was not extended or the notice is already recorded, or dated
// before the extension or after today.
void record_notice(Value& appeal, const Notice& notice, const ActionContext& ctx);

// The day by which the parent must be told of the appeal's extension, when
// it has one.
std::optional<Date> notice_due(const Value& appeal, const SchoolCalendar& calendar);

}  // namespace pd::appeal
