// minutes/held: planned, held and unsigned, the one rule of what counts as
// held, at its edges: the day before, the day of and the day after the
// meeting, one signature or two, kinds that need none.
#include "minutes/held.h"

#include <doctest/doctest.h>

#include "minutes/signing.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::MeetingState;
using pd::Role;
using pd::test::class_meeting;

namespace {

// The state's stored name on `today`.
std::string state(const pd::Value& minutes, Date today) {
  return std::string(pd::meeting_state_name(pd::meeting_state(minutes, today)));
}

}  // namespace

TEST_CASE("a parent meeting is planned before its day, unsigned on it, held once signed") {
  pd::Value minutes = class_meeting();  // 2026-09-18, no signature
  CHECK(state(minutes, Date(2026, 9, 17)) == "planned");
  CHECK(state(minutes, Date(2026, 9, 18)) == "unsigned");
  CHECK(state(minutes, Date(2027, 1, 1)) == "unsigned");
  CHECK_FALSE(pd::counts_as_held(minutes, Date(2026, 9, 18)));
  CHECK_FALSE(pd::has_taken_place(minutes, Date(2026, 9, 17)));
  CHECK(pd::has_taken_place(minutes, Date(2026, 9, 18)));

  // Signed by the chair alone: still not held (M1: both sign).
  pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 18));
  CHECK(state(minutes, Date(2026, 9, 18)) == "unsigned");
  // Both signed on the meeting's day: held that very day.
  pd::sign(minutes, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 18));
  CHECK(state(minutes, Date(2026, 9, 18)) == "held");
  CHECK(pd::counts_as_held(minutes, Date(2026, 9, 18)));
}

TEST_CASE("minutes dated in the future are planned whatever they carry") {
  pd::Value minutes = class_meeting();
  pd::List signatures;
  for (const char* role : {"chair", "secretary"}) {
    pd::Value s;
    s.set("role", role);
    s.set("name", "Кто-то");
    s.set("date", Date(2026, 9, 1));  // written by hand, before the meeting
    signatures.push_back(s);
  }
  minutes.set("signatures", signatures);
  CHECK(state(minutes, Date(2026, 9, 17)) == "planned");
  CHECK_FALSE(pd::counts_as_held(minutes, Date(2026, 9, 17)));
  CHECK(pd::counts_as_held(minutes, Date(2026, 9, 18)));
}

TEST_CASE("the secretary's signature alone is not enough either") {
  for (const char* kind : {"class_meeting", "school_meeting", "pta"}) {
    pd::Value minutes = class_meeting();
    minutes.set("kind", kind);
    pd::sign(minutes, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 20));
    CHECK(pd::meeting_state(minutes, Date(2026, 9, 20)) == MeetingState::not_signed);
  }
}

TEST_CASE("kinds that need no signature are held once their day has come") {
  for (const char* kind : {"leadership", "education", "event", "diagnostics", "survey"}) {
    pd::Value minutes = class_meeting();
    minutes.set("kind", kind);
    CHECK(pd::meeting_state(minutes, Date(2026, 9, 17)) == MeetingState::planned);
    CHECK(pd::meeting_state(minutes, Date(2026, 9, 18)) == MeetingState::held);
  }
}
