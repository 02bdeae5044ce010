// Bookings as an iCalendar file for the director's and deputies' calendar
// programs.
#pragma once

#include <string>
#include <vector>

#include "output/ics.h"
#include "store/store.h"

namespace pd {

// Whether parents' and students' names, contacts and topics go into the file.
enum class ParentNames { hidden, shown };

// How the calendar file is made: its names, a reminder, a feed.
struct CalendarOptions {
  ParentNames names = ParentNames::hidden;
  int alarm_minutes = 0;  // a reminder this long before each meeting; none when 0
  bool publish = false;   // METHOD:PUBLISH, without ATTENDEE (RFC 5546)
};

// One event per booking: UID the booking's ID, start and end converted from
// the school's `zone` to UTC, DTSTAMP the booking's last history entry,
// SEQUENCE the entries after the first, LOCATION the host's room, STATUS
// CANCELLED for a cancelled booking, ORGANIZER the host and ATTENDEE the
// staff who attend (the coordinator, the class teacher), each by e-mail when
// the staff file has one. SUMMARY names the host and the class, in the
// interface language; SUMMARY and DESCRIPTION name staff and the class only,
// unless names are shown. The VTIMEZONE is `zone` with its offset on `today`.
IcsCalendar booking_calendar(const Store& store, const std::vector<const Record*>& bookings,
                             const std::string& zone, Date today, const CalendarOptions& options);

}  // namespace pd
