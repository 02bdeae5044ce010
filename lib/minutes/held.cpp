#include "minutes/held.h"

#include "minutes/kinds.h"
#include "minutes/signing.h"

namespace pd {

bool has_taken_place(const Value& minutes, Date today) {
  std::optional<Date> date = minutes.date("date");
  return date && *date <= today;
}

MeetingState meeting_state(const Value& minutes, Date today) {
  if (!has_taken_place(minutes, today)) return MeetingState::planned;
  if (is_parent_meeting(minutes.text("kind")) && !missing_signatures(minutes).empty())
    return MeetingState::not_signed;
  return MeetingState::held;
}

bool counts_as_held(const Value& minutes, Date today) {
  return meeting_state(minutes, today) == MeetingState::held;
}

std::string_view meeting_state_name(MeetingState state) {
  switch (state) {
    case MeetingState::planned:
      return "planned";
    case MeetingState::held:
      return "held";
    case MeetingState::not_signed:
      return "unsigned";
  }
  return "";
}

}  // namespace pd
