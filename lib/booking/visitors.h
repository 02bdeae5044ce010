// B5: the list of expected visitors for the security desk, who admit only
// parents with a booked meeting. It names the visitor, the time, the host and
// the room, never what the meeting is about.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "output/rows.h"
#include "store/store.h"

namespace pd {

struct Visitor {
  std::string booking;  // the booking's ID
  TimeOfDay time;
  int minutes = 0;
  std::string parent;     // the visitor
  std::string host;       // staff ID
  std::string host_name;  // as the desk knows them
  std::string room;       // the host's room, empty when their file has none
};

// The visitors of every live (not cancelled) booking on `day`, by time, then
// host, then booking ID.
std::vector<Visitor> visitors_on(const Store& store, Date day);

// Columns time, until, visitor, host, room (JSON/CSV keys: time, until,
// parent, host_name, room).
Rows visitor_rows(const std::vector<Visitor>& visitors);

}  // namespace pd
