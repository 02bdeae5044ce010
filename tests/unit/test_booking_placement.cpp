// booking/placement: where a new or moved meeting may go, and the nearest
// free slots an error names.
#include "booking/placement.h"

#include <doctest/doctest.h>

#include <string>

#include "core/error.h"
#include "test_booking_support.h"

using pd::Date;
using pd::Now;
using pd::TimeOfDay;
using pd::test::meeting;

namespace {

const Now kNow{Date(2026, 11, 24), *TimeOfDay::parse("09:00")};
const Date kTue(2026, 12, 1);

std::string refusal(const pd::Meeting& candidate, const std::vector<pd::Meeting>& live = {},
                    Now now = kNow, const char* role = "director") {
  auto settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  try {
    pd::require_free_place(candidate, settings.reception.at(role), calendar, live, now);
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::refused);
    return e.what();
  }
  return "allowed";
}

}  // namespace

TEST_CASE("a Wednesday is outside the director's hours; the error names the nearest slots") {
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", Date(2026, 12, 2), "16:00", 20)),
           "'2026-12-02 16:00-16:20 (wed)' is outside the reception hours of 'zhumabekova' (tue, "
           "thu 15:30-17:00); nearest free slots: 2026-12-01 16:10 (tue), 2026-12-01 16:30 "
           "(tue), 2026-12-03 15:30 (thu)");
}

TEST_CASE("a meeting must end by the window's end") {
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", kTue, "16:50", 20)),
           "'2026-12-01 16:50-17:10 (tue)' is outside the reception hours of 'zhumabekova' (tue, "
           "thu 15:30-17:00); nearest free slots: 2026-12-01 15:50 (tue), 2026-12-01 16:10 "
           "(tue), 2026-12-01 16:30 (tue)");
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", kTue, "16:40", 20)), "allowed");
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", kTue, "15:20", 20)).substr(0, 40),
           "'2026-12-01 15:20-15:40 (tue)' is outsid");
}

TEST_CASE("holidays and the past are refused") {
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", Date(2026, 12, 17), "15:30", 20)),
           "'2026-12-17' is a holiday; nearest free slots: 2026-12-15 15:50 (tue), 2026-12-15 "
           "16:10 (tue), 2026-12-15 16:30 (tue)");
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", Date(2026, 11, 19), "15:30", 20)),
           "'2026-11-19 15:30' is in the past; nearest free slots: 2026-11-24 15:30 (tue), "
           "2026-11-24 15:50 (tue), 2026-11-24 16:10 (tue)");
  // Earlier the same day is past too; the suggestions start from now.
  Now afternoon{kTue, *TimeOfDay::parse("16:05")};
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", kTue, "15:50", 20), {}, afternoon),
           "'2026-12-01 15:50' is in the past; nearest free slots: 2026-12-01 16:10 (tue), "
           "2026-12-01 16:30 (tue), 2026-12-03 15:30 (thu)");
}

TEST_CASE("an overlap with another meeting of the host is refused; touching is fine") {
  std::vector<pd::Meeting> live = {meeting("B-1", "zhumabekova", kTue, "15:30", 20),
                                   meeting("B-2", "akhmetov", kTue, "16:10", 20)};
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", kTue, "15:40", 20), live),
           "'2026-12-01 15:40-16:00' overlaps booking 'B-1' (15:30-15:50), and 'zhumabekova' "
           "cannot be at both; nearest free slots: 2026-12-01 15:50 (tue), 2026-12-01 16:30 "
           "(tue), 2026-12-03 15:30 (thu)");
  CHECK_EQ(refusal(meeting("B-9", "zhumabekova", kTue, "15:50", 20), live), "allowed");
  // The booking being moved does not stand in its own way.
  CHECK_EQ(refusal(meeting("B-1", "zhumabekova", kTue, "15:40", 10), live), "allowed");
}

TEST_CASE("B3: an overlap with any meeting the coordinator attends is refused") {
  std::vector<pd::Meeting> live = {meeting("B-1", "zhumabekova", kTue, "15:30", 20),
                                   meeting("B-2", "akhmetov", kTue, "16:10", 20)};
  CHECK_EQ(refusal(meeting("B-9", "sidorenko", kTue, "15:30", 20), live, kNow, "deputy"),
           "'2026-12-01 15:30-15:50' overlaps booking 'B-1' (15:30-15:50), and 'omarova' cannot "
           "be at both; nearest free slots: 2026-12-01 15:50 (tue), 2026-12-03 15:30 (thu), "
           "2026-12-03 15:50 (thu)");
  // A meeting without the coordinator in it is no obstacle.
  live = {meeting("B-1", "zhumabekova", kTue, "15:30", 20, {})};
  CHECK_EQ(refusal(meeting("B-9", "sidorenko", kTue, "15:30", 20), live, kNow, "deputy"),
           "allowed");
}

TEST_CASE("B4: the class teacher cannot be at two meetings at once") {
  std::vector<pd::Meeting> live = {
      meeting("B-1", "zhumabekova", kTue, "15:30", 20, {"omarova", "ivanova"})};
  auto candidate = meeting("B-9", "sidorenko", kTue, "15:40", 20, {"ivanova"});
  CHECK_EQ(refusal(candidate, live, kNow, "deputy"),
           "'2026-12-01 15:40-16:00' overlaps booking 'B-1' (15:30-15:50), and 'ivanova' cannot "
           "be at both; nearest free slots: 2026-12-01 15:50 (tue), 2026-12-01 16:10 (tue), "
           "2026-12-03 15:30 (thu)");
}

TEST_CASE("host_free_slots: the free slots of a host, around the coordinator's meetings") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "akhmetov", "2026-12-01", "15:50", 20);
  fixture.add("B-20261120-BBBB", "cancelled", "zhumabekova", "2026-12-01", "16:10", 20);
  auto settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  auto free =
      pd::host_free_slots(fixture.store(), settings, calendar, kNow, "zhumabekova", kTue, 3);
  CHECK_EQ(free.host, "zhumabekova");
  std::vector<std::string> starts;
  for (const auto& slot : free.slots)
    starts.push_back(slot.str());
  CHECK_EQ(starts, std::vector<std::string>{"2026-12-01 15:30 (tue)", "2026-12-01 16:10 (tue)",
                                            "2026-12-01 16:30 (tue)", "2026-12-03 15:30 (thu)",
                                            "2026-12-03 15:50 (thu)", "2026-12-03 16:10 (thu)",
                                            "2026-12-03 16:30 (thu)"});
}
