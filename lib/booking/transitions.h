// The life of a booking, in one table: booked, then done, no_show or
// cancelled; only a booked meeting moves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "booking/meeting.h"
#include "core/date.h"

namespace pd {

enum class BookingAction { move, cancel, done, no_show };

// When an action may happen relative to the meeting's day.
enum class Timing { any, from_the_day };

struct BookingTransition {
  BookingAction action;
  // The refusals, whole messages for the catalogue: from a status the table
  // does not allow ("'{}': cannot cancel a booking that is '{}'; allowed
  // from: {}": the ID, the status, the statuses allowed), and before the
  // meeting's day ("'{}': cannot mark as done a meeting that is still to
  // come (on {})": the ID, the day); empty for an action of any time.
  std::string_view refusal, too_early;
  std::string_view done;  // in history and commit subjects: "cancelled"
  std::vector<std::string_view> from;
  std::string_view to;
  Timing timing;
};

// The table.
const std::vector<BookingTransition>& booking_transitions();
// The row of `action`.
const BookingTransition& booking_transition(BookingAction action);

// The status of booking `id` after `action`. Throws Error (refused) when the
// table does not allow it from `status`, or when the meeting on `day` has
// not come yet (done, no-show) by `today`.
std::string_view next_status(std::string_view id, std::string_view status, BookingAction action,
                             Date day, Date today);

// What `action` did, for the history: its `done` word, and for a move where
// from and to: `moved from 2026-11-26 15:30-15:50 to 2026-12-01 16:00-16:20`.
std::string history_action(BookingAction action, const Meeting& before, const Meeting& after);

}  // namespace pd
