// booking/slots: the slots of a window, the free ones, the nearest ones.
#include "booking/slots.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "school/calendar.h"
#include "test_booking_support.h"

using pd::Date;
using pd::Now;
using pd::Slot;
using pd::TimeOfDay;
using pd::test::meeting;
using Names = std::vector<std::string>;

namespace {

const Date kTue(2026, 12, 1), kWed(2026, 12, 2), kThu(2026, 12, 3);
const Now kLongAgo{Date(2026, 11, 1), TimeOfDay()};

Names times(const std::vector<Slot>& slots) {
  Names out;
  for (const auto& slot : slots)
    out.push_back(slot.date.str() + " " + slot.start.str() + "-" + slot.end().str());
  return out;
}

pd::ReceptionWindow director() {
  return pd::test::booking_settings().reception.at("director");
}

}  // namespace

TEST_CASE("a window is cut into back-to-back slots that end by the window's end") {
  // 15:30-17:00 by 20 minutes: a slot at 16:50 would end at 17:10.
  CHECK_EQ(times(pd::window_slots(director(), kTue, 20)),
           Names{"2026-12-01 15:30-15:50", "2026-12-01 15:50-16:10", "2026-12-01 16:10-16:30",
                 "2026-12-01 16:30-16:50"});
  // 30 minutes fill 15:30-17:00 exactly, the last ending on the window's end.
  CHECK_EQ(times(pd::window_slots(director(), kTue, 30)),
           Names{"2026-12-01 15:30-16:00", "2026-12-01 16:00-16:30", "2026-12-01 16:30-17:00"});
  CHECK_EQ(times(pd::window_slots(director(), kTue, 90)), Names{"2026-12-01 15:30-17:00"});
  CHECK(pd::window_slots(director(), kTue, 91).empty());
}

TEST_CASE("a window has no slots on a day it does not name") {
  CHECK(pd::window_slots(director(), kWed, 20).empty());
  CHECK_EQ(pd::window_slots(director(), kThu, 20).size(), 4);
}

TEST_CASE("within_hours: the meeting must start and end inside the window") {
  auto hours = director();
  auto at = [](const char* t) { return TimeOfDay::parse(t)->minutes(); };
  CHECK(pd::within_hours(hours, kTue, at("15:30"), at("15:50")));
  CHECK(pd::within_hours(hours, kTue, at("16:40"), at("17:00")));
  CHECK_FALSE(pd::within_hours(hours, kTue, at("16:50"), at("17:10")));
  CHECK_FALSE(pd::within_hours(hours, kTue, at("15:20"), at("15:40")));
  CHECK_FALSE(pd::within_hours(hours, kWed, at("15:30"), at("15:50")));
}

TEST_CASE("a partly booked window is cut around the bookings") {
  pd::SchoolSettings settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  // 15:40-16:00 taken: 15:30-15:40 is too short, the rest is filled from 16:00.
  std::vector<pd::Meeting> busy = {meeting("B-1", "zhumabekova", kTue, "15:40", 20)};
  CHECK_EQ(times(pd::free_slots(director(), calendar, busy, kLongAgo, kTue, 1, 20)),
           Names{"2026-12-01 16:00-16:20", "2026-12-01 16:20-16:40", "2026-12-01 16:40-17:00"});
  // Two bookings leave a gap of exactly one slot between them.
  busy = {meeting("B-1", "zhumabekova", kTue, "15:30", 30),
          meeting("B-2", "zhumabekova", kTue, "16:20", 40)};
  CHECK_EQ(times(pd::free_slots(director(), calendar, busy, kLongAgo, kTue, 1, 20)),
           Names{"2026-12-01 16:00-16:20"});
  // Meetings of other days do not matter.
  busy = {meeting("B-1", "zhumabekova", kThu, "15:30", 90)};
  CHECK_EQ(pd::free_slots(director(), calendar, busy, kLongAgo, kTue, 1, 20).size(), 4);
}

TEST_CASE("holidays and past times have no free slots") {
  pd::SchoolSettings settings = pd::test::booking_settings();  // 2026-12-17 (thu) is a holiday
  pd::SchoolCalendar calendar(settings);
  CHECK_EQ(times(pd::free_slots(director(), calendar, {}, kLongAgo, Date(2026, 12, 15), 3, 30)),
           Names{"2026-12-15 15:30-16:00", "2026-12-15 16:00-16:30", "2026-12-15 16:30-17:00"});
  // Now is 16:00 on Tuesday: 15:30 is past, a slot starting this minute is not.
  Now now{kTue, *TimeOfDay::parse("16:00")};
  CHECK_EQ(times(pd::free_slots(director(), calendar, {}, now, Date(2026, 11, 30), 2, 30)),
           Names{"2026-12-01 16:00-16:30", "2026-12-01 16:30-17:00"});
  CHECK(pd::is_past(Date(2026, 11, 30), *TimeOfDay::parse("23:59"), now));
  CHECK(pd::is_past(kTue, *TimeOfDay::parse("15:59"), now));
  CHECK_FALSE(pd::is_past(kTue, *TimeOfDay::parse("16:00"), now));
}

TEST_CASE("the nearest free slots lie either way of the wished time, the earlier wins a tie") {
  pd::SchoolSettings settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  // Wednesday 16:00: Tuesday 16:30 and Thursday 15:30 are 23.5 hours away,
  // Tuesday 16:10 is 23 h 50 min away, Thursday 15:50 a day and 10 minutes.
  std::vector<Slot> nearest = pd::nearest_free_slots(director(), calendar, {}, kLongAgo, kWed,
                                                     *TimeOfDay::parse("16:00"), 20, 3);
  CHECK_EQ(times(nearest),
           Names{"2026-12-01 16:10-16:30", "2026-12-01 16:30-16:50", "2026-12-03 15:30-15:50"});
  CHECK_EQ(nearest.front().str(), "2026-12-01 16:10 (tue)");
  // Never in the past: from a past wish, the first slots from now on.
  Now now{kTue, *TimeOfDay::parse("16:15")};
  nearest = pd::nearest_free_slots(director(), calendar, {}, now, Date(2026, 11, 3),
                                   *TimeOfDay::parse("15:30"), 20, 3);
  CHECK_EQ(times(nearest),
           Names{"2026-12-01 16:30-16:50", "2026-12-03 15:30-15:50", "2026-12-03 15:50-16:10"});
}
