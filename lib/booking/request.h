// `book add` and `book move` as rules: the booking record they make, once
// every rule of B1-B4 holds.
#pragma once

#include <optional>
#include <string>

#include "booking/slots.h"
#include "core/date.h"
#include "school/calendar.h"
#include "school/settings.h"
#include "store/store.h"
#include "store/value.h"

namespace pd {

enum class BookingSource { coordinator, website };

// What `book add` was asked for; empty strings are fields not given.
struct BookingRequest {
  std::string host;
  Date date;
  TimeOfDay time;
  std::optional<int> minutes;  // none: the school's slot_minutes
  std::string parent, contact, class_id, student, topic;
  BookingSource source = BookingSource::coordinator;
};

// The record of a new booking `id`: with the coordinator and, for a class,
// its teacher as attendees (B3, B4), linked to `appeal` when given (whose
// class it takes when the request names none). Throws Error (refused) when
// the host receives nobody or the time breaks a rule of require_free_place(),
// Error (usage) for a length outside 5-240 minutes.
Value new_booking(const Store& store, const SchoolSettings& settings,
                  const SchoolCalendar& calendar, Now now, const std::string& id,
                  const BookingRequest& request, const Value* appeal);

// `booking` at `date` `time`, its length and attendees kept, under the same
// rules (its own old place counts as free).
Value moved_booking(const Store& store, const SchoolSettings& settings,
                    const SchoolCalendar& calendar, Now now, const Value& booking, Date date,
                    TimeOfDay time);

// The history entry an appeal gets when a meeting is booked for it (IDs and
// the time only, no names).
std::string appeal_history_action(const Value& booking);

}  // namespace pd
