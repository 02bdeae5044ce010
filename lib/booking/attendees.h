// Who a meeting needs besides its host (B3, B4), and the staff and classes
// named on the command line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace pd {

// The staff record with exactly this ID; Error (not_found) otherwise, with a
// "did you mean".
const Record& find_staff(const Store& store, std::string_view id);

// The class with this ID (`7B`) or name (`7Б`); Error (not_found) otherwise.
const Record& find_class(const Store& store, std::string_view id_or_name);

// B3: the coordinator (the first staff member with that role, by ID), who
// attends every meeting and keeps its minutes; Error (refused) when the
// store has none.
std::string coordinator(const Store& store);

// B3, B4: the attendees of a meeting with `host`: the coordinator, then,
// when the meeting concerns a class, that class's teacher (Error (refused)
// when the class has none). Nobody twice, the host not at all.
std::vector<std::string> meeting_attendees(const Store& store, std::string_view host,
                                           std::string_view class_id);

}  // namespace pd
