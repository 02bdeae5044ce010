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

// One event per booking: UID the booking's ID, start and end converted from
// the school's `zone` to UTC, DTSTAMP the booking's last history entry,
// SEQUENCE the entries after the first, LOCATION the host's room, STATUS
// CANCELLED for a cancelled booking. SUMMARY and DESCRIPTION name staff and
// the class only, unless `names` is shown.
IcsCalendar booking_calendar(const Store& store, const std::vector<const Record*>& bookings,
                             const std::string& zone, ParentNames names);

}  // namespace pd
