// When two meetings collide: the same day, overlapping minutes, and someone
// who would have to be at both (the host, the coordinator, a class teacher).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "booking/meeting.h"
#include "core/error.h"
#include "store/store.h"

namespace pd {

// Spans of minutes [start, end) overlap when they share a minute: one ending
// at 15:50 and another starting at 15:50 do not.
bool overlaps(int start_a, int end_a, int start_b, int end_b);

// The same day and overlapping minutes.
bool overlaps(const Meeting& a, const Meeting& b);

// Who would have to be at both: the host of `a` when `b` involves them, else
// the first of `a`'s attendees that `b` involves; empty when nobody.
std::string shared_person(const Meeting& a, const Meeting& b);

// A meeting that `candidate` collides with, and the person they both need.
struct Clash {
  const Meeting* other = nullptr;
  std::string person;
};

// The first of `others` (in their order, skipping `candidate`'s own ID) that
// overlaps `candidate` and needs one of its people.
std::optional<Clash> first_clash(const Meeting& candidate, const std::vector<Meeting>& others);

// For `report check`: pairs of live bookings that overlap and need the same
// person (two clones can take one slot offline and merge). One diagnostic per
// pair, at the `time` of the booking that comes second by date, time and ID.
// Files that do not read as valid bookings are skipped: the schema check
// reports them.
std::vector<Diagnostic> booking_overlaps(const Store& store);

}  // namespace pd
