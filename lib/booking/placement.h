// Where a new or moved meeting may go (B2): in its host's reception hours,
// not on a holiday, not in the past, and clear of every other meeting of the
// people it needs.
#pragma once

#include <string_view>
#include <vector>

#include "booking/meeting.h"
#include "booking/slots.h"
#include "school/calendar.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

// The nearest free slots an error names.
inline constexpr size_t kSuggestions = 3;

// The meetings among `live` (but `candidate` itself) that need one of
// `candidate`'s people: its host, the coordinator, the class teacher.
std::vector<Meeting> busy_for(const Meeting& candidate, const std::vector<Meeting>& live);

// Throws Error (refused) when `candidate` starts in the past, falls on a
// holiday, lies outside `hours`, or overlaps a meeting in `live` that needs
// one of its people (touching is fine). The message says which, and names
// the nearest free slots of the same length for the same people.
void require_free_place(const Meeting& candidate, const ReceptionWindow& hours,
                        const SchoolCalendar& calendar, const std::vector<Meeting>& live, Now now);

// `book slots`: the hours of `host` and its free slots of the school's
// slot_minutes on `days` days from `from`, for a meeting with the coordinator
// (B3), who cannot be at two at once. Throws Error (not_found) for an unknown
// host, Error (refused) for one who receives nobody.
struct HostSlots {
  std::string host;
  ReceptionWindow hours;
  std::vector<Slot> slots;
};
HostSlots host_free_slots(const Store& store, const SchoolSettings& settings,
                          const SchoolCalendar& calendar, Now now, std::string_view host, Date from,
                          int days);

}  // namespace pd
