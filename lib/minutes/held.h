// What counts as held (SPEC M1, §7 "rules at the edges"): the one rule every
// count of meetings follows (report compliance, report year, minutes list).
#pragma once

#include <string_view>

#include "core/date.h"
#include "store/value.h"

namespace pd {

// Where a meeting or event stands on `today`:
// - planned: its date is after today (minutes may be created ahead for a
//   planned meeting, with its agenda);
// - held: its date is today or has passed, and, for a parent meeting (class,
//   school, PTA: is_parent_meeting), both the chair and the secretary have
//   signed; a meeting dated today is held today, as it may be signed today;
// - not_signed: a parent meeting whose date has come but whose minutes lack
//   the chair's or the secretary's signature: it does not count as held.
// Minutes dated in the future never count as held, whatever they carry.
enum class MeetingState { planned, held, not_signed };

MeetingState meeting_state(const Value& minutes, Date today);

// meeting_state() == held: what a count of meetings held counts.
bool counts_as_held(const Value& minutes, Date today);

// Whether the date of the record has come (on or before today), signed or
// not: what counts of records that need no signature (a survey, the
// attendance of an event) should take, so that no future record is counted.
bool has_taken_place(const Value& minutes, Date today);

std::string_view meeting_state_name(MeetingState state);  // planned, held, unsigned

}  // namespace pd
