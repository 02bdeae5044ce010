#include "booking/transitions.h"

#include <algorithm>
#include <string>

#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

// TRANSLATORS: the refusals of the booking's actions: the booking's ID, its
// status (a word of "booking status") and the statuses allowed, or the day of
// the meeting.
const std::vector<BookingTransition>& booking_transitions() {
  static const std::vector<BookingTransition> table = {
      {BookingAction::move,
       N_("'{}': cannot move a booking that is '{}'; allowed from: {}"),
       "",
       "moved",
       {"booked"},
       "booked",
       Timing::any},
      {BookingAction::cancel,
       N_("'{}': cannot cancel a booking that is '{}'; allowed from: {}"),
       "",
       "cancelled",
       {"booked"},
       "cancelled",
       Timing::any},
      {BookingAction::done,
       N_("'{}': cannot mark as done a booking that is '{}'; allowed from: {}"),
       N_("'{}': cannot mark as done a meeting that is still to come (on {})"),
       "done",
       {"booked"},
       "done",
       Timing::from_the_day},
      {BookingAction::no_show,
       N_("'{}': cannot mark as a no-show a booking that is '{}'; allowed from: {}"),
       N_("'{}': cannot mark as a no-show a meeting that is still to come (on {})"),
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
      allowed += (allowed.empty() ? "" : ", ") + enum_word("booking status", from);
    throw Error(ExitCode::refused,
                msg(t.refusal, id, enum_word("booking status", status), allowed));
  }
  if (t.timing == Timing::from_the_day && today < day)
    throw Error(ExitCode::refused, msg(t.too_early, id, day.str()));
  return t.to;
}

}  // namespace pd
