// A booking seen as a meeting: its day, its minutes and the people it needs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "store/store.h"
#include "store/value.h"

namespace pd {

struct Meeting {
  std::string id;
  std::string host;
  Date date;
  int start = 0;  // minutes since midnight
  int end = 0;    // start + length: the first minute after the meeting
  std::vector<std::string> attendees;

  // True when `staff` is the host or one of the attendees.
  bool involves(std::string_view staff) const;
  // `15:30-15:50`
  std::string times() const;
  // `2026-11-26 15:30-15:50`
  std::string when() const;
};

// The meeting of a validated booking record.
Meeting meeting_of(const Value& booking);

// A booking holds its time unless it was cancelled: a cancelled slot is free
// again.
bool is_live(const Value& booking);

// The meetings of every live booking of the store.
std::vector<Meeting> live_meetings(const Store& store);

}  // namespace pd
