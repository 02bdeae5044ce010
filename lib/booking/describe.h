// `book show`: one booking for people, and its JSON for programs.
#pragma once

#include <string>

#include "school/names.h"
#include "store/store.h"

namespace pd {

// The booking in labelled lines (status, host and attendees with their
// names, the day and times, the parent, the class, the topic, where it
// came from, the appeal and minutes it belongs to, why it was cancelled)
// and its history; every text made printable.
std::string describe_booking(const Record& booking, const Names& names);

// The record's fields as a JSON object (every field of the schema, null
// when absent), plus the derived class_name, day (mon, tue, ...) and end.
std::string booking_json(const Record& booking, const Names& names);

}  // namespace pd
