// booking/calendar: bookings as iCalendar events, and the school's wall
// clock in UTC (core/clock's utc_seconds, timestamp_utc_seconds).
#include "booking/calendar.h"

#include <doctest/doctest.h>

#include <string>

#include "booking/listing.h"
#include "core/clock.h"
#include "output/ics.h"
#include "test_booking_support.h"

using pd::Date;
using pd::TimeOfDay;

TEST_CASE("the school's local time in UTC") {
  // Almaty has kept +05:00 since March 2024.
  CHECK_EQ(
      pd::ics_utc(pd::utc_seconds(Date(2026, 11, 26), *TimeOfDay::parse("15:30"), "Asia/Almaty")),
      "20261126T103000Z");
  CHECK_EQ(
      pd::ics_utc(pd::utc_seconds(Date(2026, 11, 26), *TimeOfDay::parse("02:00"), "Asia/Almaty")),
      "20261125T210000Z");
  CHECK_EQ(pd::ics_utc(pd::utc_seconds(Date(2026, 7, 1), *TimeOfDay::parse("12:00"), "UTC")),
           "20260701T120000Z");
  // Summer time: Berlin is +02:00 in July and +01:00 in November.
  CHECK_EQ(
      pd::ics_utc(pd::utc_seconds(Date(2026, 7, 1), *TimeOfDay::parse("12:00"), "Europe/Berlin")),
      "20260701T100000Z");
  CHECK_EQ(
      pd::ics_utc(pd::utc_seconds(Date(2026, 11, 26), *TimeOfDay::parse("12:00"), "Europe/Berlin")),
      "20261126T110000Z");
}

TEST_CASE("a zone's offset on a day") {
  CHECK_EQ(pd::utc_offset_minutes(Date(2026, 11, 24), "Asia/Almaty"), 300);
  CHECK_EQ(pd::utc_offset_minutes(Date(2026, 7, 1), "Europe/Berlin"), 120);
  CHECK_EQ(pd::utc_offset_minutes(Date(2026, 11, 26), "Europe/Berlin"), 60);
  CHECK_EQ(pd::utc_offset_minutes(Date(2026, 7, 1), "America/New_York"), -240);
}

TEST_CASE("timestamps with an offset in UTC") {
  CHECK_EQ(pd::ics_utc(*pd::timestamp_utc_seconds("2026-11-24T15:30:00+05:00")),
           "20261124T103000Z");
  CHECK_EQ(pd::ics_utc(*pd::timestamp_utc_seconds("2026-11-24T01:00:09-03:30")),
           "20261124T043009Z");
  CHECK_EQ(pd::ics_utc(*pd::timestamp_utc_seconds("2026-11-24T10:30:00Z")), "20261124T103000Z");
  CHECK_FALSE(pd::timestamp_utc_seconds("2026-11-24 15:30"));
}

TEST_CASE("bookings as events: UTC times, the last revision, no names unless asked") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "zhumabekova", "2026-11-26", "15:30", 20,
              "[omarova, ivanova]",
              "contact: +7 701 555 01 11\nclass: 7B\nstudent: Сергеев Максим\ntopic: Оценки, "
              "долги\n");
  fixture.add("B-20261120-BBBB", "cancelled", "akhmetov", "2026-11-26", "16:00", 30);
  auto bookings = pd::select_bookings(fixture.store(), {});
  auto hidden = pd::booking_calendar(fixture.store(), bookings, "Asia/Almaty", Date(2026, 11, 24),
                                     {pd::ParentNames::hidden});
  CHECK_EQ(hidden.name, "Школа: meetings with parents");
  REQUIRE_EQ(hidden.events.size(), 2);
  const pd::IcsEvent& first = hidden.events[0];
  CHECK_EQ(first.uid, "B-20261120-AAAA");
  CHECK_EQ(pd::ics_utc(first.start), "20261126T103000Z");
  CHECK_EQ(pd::ics_utc(first.end), "20261126T105000Z");
  CHECK_EQ(pd::ics_utc(first.stamp), "20261120T051500Z");  // the history's last entry
  CHECK_EQ(first.sequence, 0);
  CHECK_EQ(first.summary, "Жумабекова Гульнара: parent meeting (7Б)");
  // The host organises; the staff who attend are its attendees. Without an
  // e-mail in the staff file, the address is the staff ID's URN.
  CHECK_EQ(first.organizer.name, "Жумабекова Гульнара");
  CHECK_EQ(first.organizer.address, "urn:x-parentdesk:staff:zhumabekova");
  REQUIRE_EQ(first.attendees.size(), 2);
  CHECK_EQ(first.attendees[0].name, "Омарова Динара");
  CHECK_EQ(first.attendees[1].address, "urn:x-parentdesk:staff:ivanova");
  CHECK_EQ(first.alarm_minutes, 0);
  CHECK_EQ(hidden.zone.tzid, "Asia/Almaty");
  CHECK_EQ(hidden.zone.offset_minutes, 300);
  CHECK_FALSE(hidden.publish);
  CHECK_EQ(first.location, "каб. 201");
  CHECK_EQ(first.description,
           "Host: Жумабекова Гульнара\nAttendees: Омарова Динара, Иванова Мария\nBooking: "
           "B-20261120-AAAA");
  CHECK(first.status == pd::IcsStatus::confirmed);
  CHECK(hidden.events[1].status == pd::IcsStatus::cancelled);
  CHECK_EQ(hidden.events[1].summary, "Ахметов Ерлан: parent meeting");
  std::string text = pd::render_ics(hidden);
  for (const char* personal : {"Сергеева", "Сергеев", "555", "Оценки"})
    CHECK_MESSAGE(text.find(personal) == std::string::npos, personal);

  auto shown = pd::booking_calendar(fixture.store(), bookings, "Asia/Almaty", Date(2026, 11, 24),
                                    {pd::ParentNames::shown, 30, true});
  CHECK_EQ(shown.events[0].summary, "Жумабекова Гульнара: parent meeting, Сергеева Анна (7Б)");
  CHECK_EQ(shown.events[0].alarm_minutes, 30);
  CHECK(shown.publish);
  CHECK_EQ(shown.events[0].description,
           "Host: Жумабекова Гульнара\nAttendees: Омарова Динара, Иванова Мария\nParent: "
           "Сергеева Анна\nContact: +7 701 555 01 11\nStudent: Сергеев Максим\nTopic: Оценки, "
           "долги\nBooking: B-20261120-AAAA");
  CHECK_EQ(shown.events[1].summary, "Ахметов Ерлан: parent meeting, Сергеева Анна");
}
