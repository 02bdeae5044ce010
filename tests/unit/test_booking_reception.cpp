// booking/reception: whose hours are what (B2), and per-staff overrides.
#include "booking/reception.h"

#include <doctest/doctest.h>

#include "booking/slots.h"
#include "core/error.h"
#include "test_booking_support.h"

using pd::Date;
using pd::Value;

namespace {

Value staff(std::string_view id, std::vector<std::string> roles) {
  Value record;
  record.set("id", std::string(id));
  pd::List list;
  for (auto& role : roles)
    list.emplace_back(std::move(role));
  record.set("roles", pd::Value(std::move(list)));
  return record;
}

Value window(std::vector<std::string> days, const char* from, const char* to) {
  Value w;
  pd::List list;
  for (auto& day : days)
    list.emplace_back(std::move(day));
  w.set("days", pd::Value(std::move(list)));
  w.set("from", *pd::TimeOfDay::parse(from));
  w.set("to", *pd::TimeOfDay::parse(to));
  return w;
}

std::string hours(const pd::SchoolSettings& settings, const Value& record) {
  auto found = pd::reception_hours(settings, record);
  return found ? pd::describe_hours(*found) : "none";
}

}  // namespace

TEST_CASE("B2: the director and the deputies receive by role") {
  auto settings = pd::test::booking_settings();
  CHECK_EQ(hours(settings, staff("zhumabekova", {"director"})), "tue, thu 15:30-17:00");
  CHECK_EQ(hours(settings, staff("akhmetov", {"deputy", "teacher"})), "tue, thu 15:30-16:30");
  // Director first: one who is both keeps the director's hours.
  CHECK_EQ(hours(settings, staff("both", {"deputy", "director"})), "tue, thu 15:30-17:00");
  CHECK_EQ(hours(settings, staff("ivanova", {"class_teacher", "teacher"})), "none");
  CHECK_EQ(hours(settings, staff("omarova", {"coordinator"})), "none");
}

TEST_CASE("school.yaml sets the hours of a role") {
  Value school;
  school.set("name", "Школа");
  Value reception;
  reception.set("deputy", window({"mon", "wed"}, "14:00", "15:00"));
  school.set("reception", reception);
  auto settings = pd::SchoolSettings::from(school);
  CHECK_EQ(hours(settings, staff("akhmetov", {"deputy"})), "mon, wed 14:00-15:00");
  CHECK_EQ(hours(settings, staff("zhumabekova", {"director"})), "tue, thu 15:30-17:00");
}

TEST_CASE("a staff file's own reception overrides its role's") {
  auto settings = pd::test::booking_settings();
  Value nurlanova = staff("nurlanova", {"deputy"});
  nurlanova.set("reception", window({"tue", "thu"}, "15:30", "16:00"));
  CHECK_EQ(hours(settings, nurlanova), "tue, thu 15:30-16:00");
  // Its slots follow: one 20-minute slot fits 15:30-16:00, a second would end at 16:10.
  auto own = *pd::reception_hours(settings, nurlanova);
  auto slots = pd::window_slots(own, Date(2026, 12, 1), 20);
  REQUIRE_EQ(slots.size(), 1);
  CHECK_EQ(slots.front().str(), "2026-12-01 15:30 (tue)");
  // Even staff without a receiving role receive when their file says so.
  Value psychologist = staff("ismailova", {"psychologist"});
  psychologist.set("reception", window({"fri"}, "09:00", "10:00"));
  CHECK_EQ(hours(settings, psychologist), "fri 09:00-10:00");
}

TEST_CASE("require_reception_hours names the staff member who receives nobody") {
  auto settings = pd::test::booking_settings();
  try {
    pd::require_reception_hours(settings, staff("ivanova", {"class_teacher"}));
    FAIL("no error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::refused);
    CHECK_EQ(std::string(e.what()),
             "'ivanova' holds no reception hours: only the director and the deputies receive "
             "parents, or staff with 'reception' in their file");
  }
}
