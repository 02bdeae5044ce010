#include "booking/transitions.h"

#include <algorithm>
#include <string>

#include "core/error.h"
#include "core/i18n.h"

namespace pd {

const std::vector<BookingTransition>& booking_transitions() {
  static const std::vector<BookingTransition> table = {
      {BookingAction::move, "move", "moved", {"booked"}, "booked", Timing::any},
      {BookingAction::cancel, "cancel", "cancelled", {"booked"}, "cancelled", Timing::any},
      {BookingAction::done, "mark as done", "done", {"booked"}, "done", Timing::from_the_day},
      {BookingAction::no_show,
       "mark as a no-show",
       "no-show",
       {"booked"},
       "no_show",
       Timing::from_the_day},
  };
  return table;
}

const BookingTransition& booking_transition(BookingAction action) {
  const auto& table = booking_transitions();
  return *std::find_if(table.begin(), table.end(),
                       [&](const BookingTransition& row) { return row.action == action; });
}

std::string history_action(BookingAction action, const Meeting& before, const Meeting& after) {
  std::string done(booking_transition(action).done);
  if (action != BookingAction::move) return done;
  return done + " from " + before.when() + " to " + after.when();
}

std::string_view next_status(std::string_view id, std::string_view status, BookingAction action,
                             Date day, Date today) {
  const BookingTransition& t = booking_transition(action);
  if (std::find(t.from.begin(), t.from.end(), status) == t.from.end()) {
    std::string allowed;
    for (std::string_view from : t.from)
      allowed += (allowed.empty() ? "" : ", ") + std::string(from);
    throw Error(ExitCode::refused, msg("'{}': cannot {} a booking that is '{}'; allowed from: {}",
                                       id, t.verb, status, allowed));
  }
  if (t.timing == Timing::from_the_day && today < day)
    throw Error(ExitCode::refused, msg("'{}': cannot {} a meeting that is still to come (on {})",
                                       id, t.verb, day.str()));
  return t.to;
}

}  // namespace pd
