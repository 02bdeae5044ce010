// booking/transitions: the one table of a booking's life.
#include "booking/transitions.h"

#include <doctest/doctest.h>

#include <string>

#include "core/error.h"
#include "test_booking_support.h"

using pd::BookingAction;
using pd::Date;

namespace {

const Date kDay(2026, 11, 26);

std::string refusal(std::string_view status, BookingAction action, Date today = kDay) {
  try {
    pd::next_status("B-20261120-AAAA", status, action, kDay, today);
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::refused);
    return e.what();
  }
  return "allowed";
}

}  // namespace

TEST_CASE("a booked meeting is done, a no-show, cancelled, or moved") {
  CHECK_EQ(pd::next_status("B", "booked", BookingAction::done, kDay, kDay), "done");
  CHECK_EQ(pd::next_status("B", "booked", BookingAction::no_show, kDay, kDay), "no_show");
  CHECK_EQ(pd::next_status("B", "booked", BookingAction::cancel, kDay, kDay), "cancelled");
  CHECK_EQ(pd::next_status("B", "booked", BookingAction::move, kDay, kDay), "booked");
  // Cancelling and moving ahead of time is the point of them.
  CHECK_EQ(pd::next_status("B", "booked", BookingAction::cancel, kDay, Date(2026, 11, 1)),
           "cancelled");
}

TEST_CASE("nothing follows done, no_show or cancelled") {
  CHECK_EQ(refusal("done", BookingAction::cancel),
           "'B-20261120-AAAA': cannot cancel a booking that is 'held'; allowed from: booked");
  CHECK_EQ(refusal("cancelled", BookingAction::done),
           "'B-20261120-AAAA': cannot mark as done a booking that is 'cancelled'; allowed from: "
           "booked");
  CHECK_EQ(refusal("no_show", BookingAction::move),
           "'B-20261120-AAAA': cannot move a booking that is 'no-show'; allowed from: booked");
  CHECK_EQ(refusal("cancelled", BookingAction::cancel),
           "'B-20261120-AAAA': cannot cancel a booking that is 'cancelled'; allowed from: booked");
}

TEST_CASE("a meeting still to come is neither done nor a no-show") {
  CHECK_EQ(refusal("booked", BookingAction::done, kDay.plus_days(-1)),
           "'B-20261120-AAAA': cannot mark as done a meeting that is still to come (on "
           "2026-11-26)");
  CHECK_EQ(refusal("booked", BookingAction::no_show, kDay.plus_days(-1)),
           "'B-20261120-AAAA': cannot mark as a no-show a meeting that is still to come (on "
           "2026-11-26)");
  CHECK_EQ(refusal("booked", BookingAction::no_show, kDay.plus_days(3)), "allowed");
}

TEST_CASE("the table has one row per action") {
  for (auto action :
       {BookingAction::move, BookingAction::cancel, BookingAction::done, BookingAction::no_show}) {
    int rows = 0;
    for (const auto& row : pd::booking_transitions())
      rows += row.action == action;
    CHECK_EQ(rows, 1);
  }
}

TEST_CASE("the history says what was done, and for a move from where to where") {
  auto before = pd::test::meeting("B-1", "zhumabekova", kDay, "15:30", 20);
  auto after = pd::test::meeting("B-1", "zhumabekova", kDay.plus_days(5), "16:00", 20);
  CHECK_EQ(pd::history_action(BookingAction::move, before, after),
           "moved from 2026-11-26 15:30-15:50 to 2026-12-01 16:00-16:20");
  CHECK_EQ(pd::history_action(BookingAction::cancel, before, before), "cancelled");
  CHECK_EQ(pd::history_action(BookingAction::done, before, before), "done");
  CHECK_EQ(pd::history_action(BookingAction::no_show, before, before), "no-show");
}
