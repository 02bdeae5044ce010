// booking/request: the record `book add` and `book move` make.
#include "booking/request.h"

#include <doctest/doctest.h>

#include <string>

#include "booking/meeting.h"
#include "core/error.h"
#include "store/canonical.h"
#include "test_booking_support.h"

using pd::Date;
using pd::TimeOfDay;

namespace {

const pd::Now kNow{Date(2026, 11, 24), *TimeOfDay::parse("09:00")};

pd::BookingRequest request(const char* host, Date date, const char* time) {
  pd::BookingRequest r;
  r.host = host;
  r.date = date;
  r.time = *TimeOfDay::parse(time);
  r.parent = "Сергеева Анна";
  r.topic = "Оценки";
  return r;
}

}  // namespace

TEST_CASE("a new booking: the school's slot length, the coordinator and the class teacher") {
  pd::test::BookingStore fixture;
  auto settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  auto r = request("zhumabekova", Date(2026, 11, 26), "15:30");
  r.class_id = "7Б";
  r.source = pd::BookingSource::website;
  pd::Value booking =
      pd::new_booking(fixture.store(), settings, calendar, kNow, "B-20261124-K7QM", r, nullptr);
  std::string yaml = pd::to_canonical_yaml(booking, pd::schema_for("booking"));
  CHECK_EQ(yaml,
           "id: B-20261124-K7QM\nstatus: booked\nhost: zhumabekova\ndate: 2026-11-26\n"
           "time: \"15:30\"\nlength: 20\nparent: Сергеева Анна\nclass: 7B\ntopic: Оценки\n"
           "source: website\nattendees: [omarova, ivanova]\n");
}

TEST_CASE("a booking for an appeal is linked to it and takes its class") {
  pd::test::BookingStore fixture;
  auto settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  pd::Value appeal;
  appeal.set("id", "A-20261110-K7QM");
  appeal.set("class", "7B");
  pd::Value booking = pd::new_booking(fixture.store(), settings, calendar, kNow, "B-20261124-K7QM",
                                      request("akhmetov", Date(2026, 11, 26), "16:10"), &appeal);
  CHECK_EQ(booking.text("appeal"), "A-20261110-K7QM");
  CHECK_EQ(booking.text("class"), "7B");
  CHECK_EQ(pd::meeting_of(booking).attendees, std::vector<std::string>{"omarova", "ivanova"});
  CHECK_EQ(pd::appeal_history_action(booking),
           "meeting B-20261124-K7QM booked for 2026-11-26 16:10-16:30");
}

TEST_CASE("a new booking is refused where the rules say no") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "akhmetov", "2026-11-26", "15:30", 30);
  auto settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  auto refusal = [&](pd::BookingRequest r) -> std::string {
    try {
      pd::new_booking(fixture.store(), settings, calendar, kNow, "B-20261124-K7QM", r, nullptr);
    } catch (const pd::Error& e) {
      return std::to_string(int(e.code())) + " " + e.what();
    }
    return "allowed";
  };
  CHECK_EQ(refusal(request("zhumabekova", Date(2026, 11, 26), "15:50")),
           "3 '2026-11-26 15:50-16:10' overlaps booking 'B-20261120-AAAA' (15:30-16:00), and "
           "'omarova' cannot be at both; nearest free slots: 2026-11-26 16:00 (thu), 2026-11-26 "
           "16:20 (thu), 2026-11-26 16:40 (thu)");
  CHECK_EQ(refusal(request("ivanova", Date(2026, 11, 26), "16:00")),
           "3 'ivanova' holds no reception hours: only the director and the deputies receive "
           "parents, or staff with 'reception' in their file");
  auto long_one = request("zhumabekova", Date(2026, 11, 26), "16:00");
  long_one.minutes = 241;
  CHECK_EQ(refusal(long_one), "2 --minutes: expected 5 to 240 minutes, got 241");
  long_one.minutes = 60;
  CHECK_EQ(refusal(long_one), "allowed");
}

TEST_CASE("a moved booking keeps its length and attendees; its old place is free to it") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "zhumabekova", "2026-11-26", "15:30", 30,
              "[omarova, ivanova]", "class: 7B\n");
  auto settings = pd::test::booking_settings();
  pd::SchoolCalendar calendar(settings);
  const pd::Value& before = fixture.store().records("booking").front().value;
  pd::Value moved = pd::moved_booking(fixture.store(), settings, calendar, kNow, before,
                                      Date(2026, 11, 26), *TimeOfDay::parse("15:40"));
  auto m = pd::meeting_of(moved);
  CHECK_EQ(m.when(), "2026-11-26 15:40-16:10");
  CHECK_EQ(m.attendees, std::vector<std::string>{"omarova", "ivanova"});
  CHECK_THROWS_WITH_AS(pd::moved_booking(fixture.store(), settings, calendar, kNow, before,
                                         Date(2026, 11, 25), *TimeOfDay::parse("15:40")),
                       doctest::Contains("is outside the reception hours of 'zhumabekova'"),
                       pd::Error);
}
