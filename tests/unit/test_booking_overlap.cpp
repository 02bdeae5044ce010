// booking/overlap: when meetings collide, and the store check of report check.
#include "booking/overlap.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "test_booking_support.h"

using pd::Date;
using pd::test::meeting;

namespace {

const Date kThu(2026, 11, 26);

int at(const char* time) {
  return pd::TimeOfDay::parse(time)->minutes();
}

}  // namespace

TEST_CASE("spans overlap when they share a minute; touching end and start is allowed") {
  CHECK_FALSE(pd::overlaps(at("15:30"), at("15:50"), at("15:50"), at("16:10")));
  CHECK_FALSE(pd::overlaps(at("15:50"), at("16:10"), at("15:30"), at("15:50")));
  CHECK(pd::overlaps(at("15:30"), at("15:50"), at("15:49"), at("16:09")));
  CHECK(pd::overlaps(at("15:30"), at("17:00"), at("16:00"), at("16:20")));  // inside
  CHECK(pd::overlaps(at("16:00"), at("16:20"), at("15:30"), at("17:00")));  // around
  CHECK(pd::overlaps(at("15:30"), at("15:50"), at("15:30"), at("15:50")));  // the same
}

TEST_CASE("meetings overlap on the same day only") {
  auto a = meeting("B-1", "zhumabekova", kThu, "15:30", 20);
  CHECK(pd::overlaps(a, meeting("B-2", "zhumabekova", kThu, "15:40", 20)));
  CHECK_FALSE(pd::overlaps(a, meeting("B-2", "zhumabekova", kThu.plus_days(7), "15:30", 20)));
  CHECK_FALSE(pd::overlaps(a, meeting("B-2", "zhumabekova", kThu, "15:50", 20)));
}

TEST_CASE("who would have to be at both meetings") {
  auto director = meeting("B-1", "zhumabekova", kThu, "15:30", 20, {"omarova", "ivanova"});
  CHECK_EQ(pd::shared_person(director, meeting("B-2", "zhumabekova", kThu, "15:30", 20, {})),
           "zhumabekova");
  CHECK_EQ(pd::shared_person(director, meeting("B-2", "akhmetov", kThu, "15:30", 20)), "omarova");
  CHECK_EQ(pd::shared_person(director, meeting("B-2", "ivanova", kThu, "15:30", 20, {})),
           "ivanova");  // the class teacher hosts the other one
  CHECK_EQ(pd::shared_person(director, meeting("B-2", "akhmetov", kThu, "15:30", 20, {})), "");
}

TEST_CASE("first_clash skips the meeting itself and those of other people") {
  auto candidate = meeting("B-1", "zhumabekova", kThu, "15:30", 20);
  std::vector<pd::Meeting> others = {meeting("B-1", "zhumabekova", kThu, "15:30", 20),
                                     meeting("B-2", "akhmetov", kThu, "15:30", 20, {}),
                                     meeting("B-3", "akhmetov", kThu, "15:50", 20),
                                     meeting("B-4", "sidorenko", kThu, "15:40", 20)};
  auto clash = pd::first_clash(candidate, others);
  REQUIRE(clash);
  CHECK_EQ(clash->other->id, "B-4");
  CHECK_EQ(clash->person, "omarova");
  others.pop_back();
  CHECK_FALSE(pd::first_clash(candidate, others));
}

TEST_CASE("booking_overlaps: two live bookings of one host at overlapping times") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "zhumabekova", "2026-11-26", "15:30", 20);
  fixture.add("B-20261121-BBBB", "booked", "zhumabekova", "2026-11-26", "15:40", 20, "[]");
  // Touching, cancelled, or on another day: no problem.
  fixture.add("B-20261121-CCCC", "booked", "zhumabekova", "2026-11-26", "16:00", 20, "[]");
  fixture.add("B-20261121-DDDD", "cancelled", "zhumabekova", "2026-11-26", "15:30", 30);
  fixture.add("B-20261121-EEEE", "booked", "zhumabekova", "2026-12-03", "15:30", 20);
  auto problems = pd::booking_overlaps(fixture.store());
  REQUIRE_EQ(problems.size(), 1);
  CHECK_EQ(problems[0].str(),
           "bookings/2026/B-20261121-BBBB.yaml:5:7: 'time': 2026-11-26 15:40-16:00 overlaps "
           "booking 'B-20261120-AAAA' (15:30-15:50), and 'zhumabekova' cannot be at both");
}

TEST_CASE("booking_overlaps: the coordinator cannot be at two meetings at once") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "zhumabekova", "2026-11-26", "15:30", 20);
  fixture.add("B-20261120-BBBB", "done", "akhmetov", "2026-11-26", "15:30", 20);
  auto problems = pd::booking_overlaps(fixture.store());
  REQUIRE_EQ(problems.size(), 1);
  CHECK_EQ(problems[0].file, "bookings/2026/B-20261120-BBBB.yaml");
  CHECK_EQ(problems[0].message,
           "'time': 2026-11-26 15:30-15:50 overlaps booking 'B-20261120-AAAA' (15:30-15:50), and "
           "'omarova' cannot be at both");
}

TEST_CASE("booking_overlaps skips files that are not valid bookings") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "zhumabekova", "2026-11-26", "15:30", 20);
  pd::test::write_file(fixture.root() / "bookings/2026/B-20261120-BBBB.yaml", "id: [broken\n");
  CHECK(pd::booking_overlaps(fixture.store()).empty());
}

TEST_CASE("the demo store has no overlapping bookings") {
  pd::Store demo(std::filesystem::path(PARENTDESK_SOURCE_DIR) / "records");
  CHECK_GE(demo.records("booking").size(), 25);
  CHECK(pd::booking_overlaps(demo).empty());
}
