// A new minutes record from what the command line gave: the kind's class
// rule, the survey counts, and the link to a booking (SPEC B3).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/store.h"

namespace pd {

struct MinutesInput {
  std::string kind;  // empty: leadership with a booking
  std::optional<Date> date;
  std::string class_id, booking, title, chair, secretary;
  std::string lang;       // the protocol's language; empty: school.yaml's documents.lang
  std::string place;      // where it was held; empty: the school's address on the protocol
  std::string organizer;  // school (default) or parents
  std::optional<std::int64_t> invited, present, respondents, satisfied;
  std::vector<std::string> agenda;
  std::string notes;
};

// The new minutes, and the booking they were made from, marked as having
// them; both are written in one change. Neither has its history entry yet.
struct NewMinutes {
  Value minutes;
  std::optional<Record> booking;
};

// Builds the record `id`. A booking fills the date, the class and the
// attendees (its host first) and must be neither cancelled, nor a no-show,
// nor have minutes already; a class meeting without --invited invites the
// class's parents. The minutes get the next protocol number of their kind
// and school year (minutes/numbering.h). Throws Error: usage for options that do not fit the
// kind, not_found for unknown classes and bookings, refused when a rule
// says no (present more than invited, the booking's state).
NewMinutes make_minutes(const MinutesInput& input, const Store& store, const std::string& id);

}  // namespace pd
