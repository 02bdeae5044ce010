// booking/visitors: the security desk's list (B5).
#include "booking/visitors.h"

#include <doctest/doctest.h>

#include "output/rows.h"
#include "test_booking_support.h"

TEST_CASE("B5: the day's live bookings by time, with host and room, never the topic") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-BBBB", "booked", "zhumabekova", "2026-11-26", "16:00", 30, "[omarova]",
              "topic: Жалоба на учителя\n");
  fixture.add("B-20261120-AAAA", "booked", "akhmetov", "2026-11-26", "15:30", 20);
  fixture.add("B-20261120-CCCC", "cancelled", "zhumabekova", "2026-11-26", "15:30", 20);
  fixture.add("B-20261120-DDDD", "booked", "zhumabekova", "2026-11-27", "15:30", 20);
  fixture.add("B-20261120-EEEE", "booked", "nurlanova", "2026-11-26", "15:50", 10);
  auto visitors = pd::visitors_on(fixture.store(), pd::Date(2026, 11, 26));
  CHECK_EQ(pd::render_table(pd::visitor_rows(visitors)),
           "TIME   UNTIL  VISITOR        HOST                 ROOM\n"
           "15:30  15:50  Сергеева Анна  Ахметов Ерлан        каб. 204\n"
           "15:50  16:00  Сергеева Анна  Нурланова Асель\n"
           "16:00  16:30  Сергеева Анна  Жумабекова Гульнара  каб. 201\n");
  std::string csv = pd::render_csv(pd::visitor_rows(visitors));
  CHECK_EQ(csv.substr(0, csv.find("\r\n")), "time,until,parent,host_name,room");
  CHECK(csv.find("Жалоба") == std::string::npos);
  CHECK(pd::visitors_on(fixture.store(), pd::Date(2026, 11, 25)).empty());
}

TEST_CASE("the demo store expects visitors on Thursday 2026-11-26") {
  pd::Store demo(std::filesystem::path(PARENTDESK_SOURCE_DIR) / "records");
  auto visitors = pd::visitors_on(demo, pd::Date(2026, 11, 26));
  REQUIRE_GE(visitors.size(), 3);
  for (size_t i = 1; i < visitors.size(); ++i)
    CHECK(visitors[i - 1].time <= visitors[i].time);
  for (const auto& v : visitors)
    CHECK_FALSE(v.room.empty());
}
