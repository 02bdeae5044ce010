// Decisions recorded in minutes (SPEC M5): numbered, each with an owner and a
// due date, followed up until done.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/date.h"
#include "store/value.h"

namespace pd {

// One more than the highest number so far (1 for the first), so a number is
// never given twice even when the file was edited by hand.
std::int64_t next_decision_number(const Value& minutes);

struct NewDecision {
  std::string text;
  std::string owner;  // a staff ID
  Date due;
};

// Appends a decision with the next number and returns the number. Refused
// once the chair or the secretary has signed (require_allowed) and when the
// due date is before the meeting.
std::int64_t add_decision(Value& minutes, const NewDecision& decision);

// The decision numbered `number`, or nullptr.
const Value* find_decision(const Value& minutes, std::int64_t number);

// Marks decision `number` done on `day`; allowed on signed and frozen
// minutes. Throws Error (not_found) for an unknown number, (refused) when
// already done or when `day` is before the meeting (minutes of a planned
// meeting).
void mark_done(Value& minutes, std::int64_t number, Date day);

// Where a decision stands on `today`: overdue once its due date has passed.
enum class DecisionStatus { open, done, overdue };
DecisionStatus decision_status(const Value& decision, Date today);
std::string_view status_name(DecisionStatus status);  // open, done, overdue

}  // namespace pd
