// booking/listing: which bookings `book list` shows, in what order.
#include "booking/listing.h"

#include <doctest/doctest.h>

#include "core/error.h"
#include "test_booking_support.h"

using pd::Date;

TEST_CASE("--status takes the schema's statuses, no-show with a hyphen, and all") {
  CHECK_EQ(pd::status_filter("booked"), "booked");
  CHECK_EQ(pd::status_filter("no-show"), "no_show");
  CHECK_EQ(pd::status_filter("no_show"), "no_show");
  CHECK_EQ(pd::status_filter("all"), "");
  CHECK_EQ(pd::status_filter(""), "");
  CHECK_THROWS_WITH_AS(pd::status_filter("canceled"),
                       "--status: expected one of all, booked, done, no_show, cancelled, got "
                       "'canceled' (did you mean 'cancelled'?)",
                       pd::Error);
}

TEST_CASE("a week runs from Monday to Sunday") {
  auto [monday, sunday] = pd::week_of(Date(2026, 11, 26));
  CHECK_EQ(monday, Date(2026, 11, 23));
  CHECK_EQ(sunday, Date(2026, 11, 29));
  CHECK_EQ(pd::week_of(Date(2026, 11, 23)).first, Date(2026, 11, 23));
  CHECK_EQ(pd::week_of(Date(2026, 11, 29)).first, Date(2026, 11, 23));
}

TEST_CASE("bookings are listed by date, time and ID, filtered by days, host and status") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-DDDD", "booked", "zhumabekova", "2026-11-26", "16:00", 20);
  fixture.add("B-20261120-CCCC", "cancelled", "akhmetov", "2026-11-26", "15:30", 20);
  fixture.add("B-20261120-BBBB", "booked", "zhumabekova", "2026-11-26", "15:30", 20);
  fixture.add("B-20261120-AAAA", "done", "zhumabekova", "2026-11-19", "16:00", 20);
  auto ids = [&](const pd::BookingFilter& filter) {
    std::vector<std::string> out;
    for (const auto* record : pd::select_bookings(fixture.store(), filter))
      out.emplace_back(record->id());
    return out;
  };
  using Ids = std::vector<std::string>;
  CHECK_EQ(ids({}),
           Ids{"B-20261120-AAAA", "B-20261120-BBBB", "B-20261120-CCCC", "B-20261120-DDDD"});
  CHECK_EQ(ids({Date(2026, 11, 20), std::nullopt, "", ""}),
           Ids{"B-20261120-BBBB", "B-20261120-CCCC", "B-20261120-DDDD"});
  CHECK_EQ(ids({std::nullopt, Date(2026, 11, 19), "", ""}), Ids{"B-20261120-AAAA"});
  CHECK_EQ(ids({std::nullopt, std::nullopt, "akhmetov", ""}), Ids{"B-20261120-CCCC"});
  CHECK_EQ(ids({std::nullopt, std::nullopt, "", "booked"}),
           Ids{"B-20261120-BBBB", "B-20261120-DDDD"});
}

TEST_CASE("the table is brief; JSON and CSV carry every field but the history") {
  pd::test::BookingStore fixture;
  fixture.add("B-20261120-AAAA", "booked", "zhumabekova", "2026-11-26", "15:30", 20,
              "[omarova, ivanova]", "class: 7B\ntopic: Оценки\n");
  auto bookings = pd::select_bookings(fixture.store(), {});
  pd::Names names;
  names.classes["7B"] = "7Б";
  CHECK_EQ(pd::render_table(pd::booking_rows(bookings, pd::Detail::brief, names)),
           "ID               DATE        DAY  TIME   UNTIL  HOST         STATUS  CLASS  PARENT    "
           "     TOPIC\n"
           "B-20261120-AAAA  2026-11-26  thu  15:30  15:50  zhumabekova  booked  7B     Сергеева "
           "Анна  Оценки\n");
  CHECK_EQ(pd::render_json(pd::booking_rows(bookings, pd::Detail::full, names)),
           "[\n  {\"id\": \"B-20261120-AAAA\", \"status\": \"booked\", \"host\": \"zhumabekova\", "
           "\"date\": \"2026-11-26\", \"time\": \"15:30\", \"end\": \"15:50\", \"length\": 20, "
           "\"parent\": \"Сергеева Анна\", \"contact\": null, \"class\": \"7B\", \"class_name\": "
           "\"7Б\", \"student\": null, \"topic\": \"Оценки\", \"source\": null, \"appeal\": null, "
           "\"attendees\": "
           "[\"omarova\", \"ivanova\"], \"minutes\": null, \"reason\": null}\n]\n");
}

TEST_CASE("slots are rows of date, day, time and end") {
  std::vector<pd::Slot> slots = {{Date(2026, 12, 1), *pd::TimeOfDay::parse("15:30"), 20}};
  CHECK_EQ(pd::render_csv(pd::slot_rows(slots, pd::Shown::as_data)),
           "date,day,time,end\r\n2026-12-01,tue,15:30,15:50\r\n");
  CHECK_EQ(pd::render_table(pd::slot_rows(slots, pd::Shown::to_people)),
           "DATE        DAY  TIME   UNTIL\n2026-12-01  tue  15:30  15:50\n");
}
