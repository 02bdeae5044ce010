// appeal/state: open, overdue, due soon, days late and on time, derived
// from the record and today.
#include "appeal/state.h"

#include <doctest/doctest.h>

#include <string>

using pd::Date;
using pd::Value;
using pd::appeal::state_of;

namespace {

Value appeal(std::string status, Date due) {
  Value v{pd::Object{}};
  v.set("id", "A-20261110-K7QM");
  v.set("status", status);
  v.set("received", Date(2026, 11, 10));
  v.set("due", due);
  return v;
}

Value delivered(Date due, Date on, std::string status = "delivered") {
  Value v = appeal(status, due);
  Value d{pd::Object{}};
  d.set("date", on);
  d.set("via", "email");
  v.set("delivered", d);
  return v;
}

}  // namespace

TEST_CASE("an open appeal the day after its due date is overdue by 1 day") {
  auto s = state_of(appeal("assigned", Date(2026, 11, 25)), Date(2026, 11, 26), 3);
  CHECK(s.open);
  CHECK(s.overdue);
  CHECK_FALSE(s.due_soon);
  CHECK_EQ(s.days_late, 1);
  CHECK_EQ(s.days_left, -1);
  CHECK_FALSE(s.on_time);
  CHECK_FALSE(s.done_on);
}

TEST_CASE("an open appeal on its due date is due soon, not overdue") {
  auto s = state_of(appeal("received", Date(2026, 11, 24)), Date(2026, 11, 24), 3);
  CHECK_FALSE(s.overdue);
  CHECK(s.due_soon);
  CHECK_EQ(s.days_left, 0);
  CHECK_EQ(s.days_late, 0);
}

TEST_CASE("due soon: within deadlines.due_soon days, across a month's end") {
  Date today(2026, 11, 29);
  CHECK(state_of(appeal("answered", Date(2026, 12, 2)), today, 3).due_soon);
  CHECK_FALSE(state_of(appeal("answered", Date(2026, 12, 3)), today, 3).due_soon);
  CHECK(state_of(appeal("answered", Date(2026, 12, 3)), today, 4).due_soon);
  CHECK_FALSE(state_of(appeal("answered", Date(2026, 11, 29)), today, 0).overdue);
  CHECK(state_of(appeal("answered", Date(2026, 11, 29)), today, 0).due_soon);
  CHECK_EQ(state_of(appeal("assigned", Date(2026, 12, 31)), Date(2027, 1, 2), 3).days_late, 2);
  CHECK_EQ(state_of(appeal("assigned", Date(2028, 2, 28)), Date(2028, 3, 1), 3).days_late, 2);
}

TEST_CASE("A1: delivered on its due date is on time; the day after is 1 day late") {
  auto on_due = state_of(delivered(Date(2026, 12, 9), Date(2026, 12, 9)), Date(2027, 1, 1), 3);
  CHECK_FALSE(on_due.open);
  CHECK_FALSE(on_due.overdue);
  CHECK_EQ(on_due.on_time, true);
  CHECK_EQ(on_due.days_late, 0);
  CHECK_EQ(on_due.done_on, Date(2026, 12, 9));
  auto late = state_of(delivered(Date(2026, 12, 9), Date(2026, 12, 10)), Date(2027, 1, 1), 3);
  CHECK_EQ(late.on_time, false);
  CHECK_EQ(late.days_late, 1);
}

TEST_CASE("closed after delivery keeps the delivery's timing") {
  auto s =
      state_of(delivered(Date(2026, 12, 9), Date(2026, 12, 12), "closed"), Date(2027, 1, 1), 3);
  CHECK_EQ(s.on_time, false);
  CHECK_EQ(s.days_late, 3);
}

TEST_CASE("closed or withdrawn without delivery is neither overdue nor on time") {
  for (std::string status : {"closed", "withdrawn"}) {
    Value v = appeal(status, Date(2026, 11, 20));
    Value closed{pd::Object{}};
    closed.set("date", Date(2026, 11, 30));
    v.set("closed", closed);
    auto s = state_of(v, Date(2026, 12, 15), 3);
    CHECK_FALSE(s.open);
    CHECK_FALSE(s.overdue);
    CHECK_FALSE(s.on_time);
    CHECK_EQ(s.days_late, 0);
    CHECK_EQ(s.done_on, Date(2026, 11, 30));
  }
}

TEST_CASE("redirected: on time when redirected by the redirect deadline") {
  Value v = appeal("redirected", Date(2026, 11, 13));
  Value redirect{pd::Object{}};
  redirect.set("to", "Управление образования");
  redirect.set("date", Date(2026, 11, 16));
  v.set("redirect", redirect);
  auto s = state_of(v, Date(2026, 12, 1), 3);
  CHECK_FALSE(s.overdue);
  CHECK_EQ(s.on_time, false);
  CHECK_EQ(s.days_late, 3);
}
