// minutes/listing: the filters of `minutes list` and its rows.
#include "minutes/listing.h"

#include <doctest/doctest.h>

#include "minutes/decisions.h"
#include "minutes/signing.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::test::class_meeting;

namespace {

pd::Record record(const std::string& id, const std::string& kind, Date date,
                  const std::string& class_id = "") {
  pd::Value v = class_meeting();
  v.set("id", id);
  v.set("kind", kind);
  v.set("date", date);
  if (class_id.empty())
    v.erase("class");
  else
    v.set("class", class_id);
  return pd::Record{&pd::schema_for("minutes"), "minutes/2026/" + id + ".yaml", v};
}

std::vector<std::string> ids(const std::vector<const pd::Record*>& records) {
  std::vector<std::string> out;
  for (const auto* r : records)
    out.emplace_back(r->id());
  return out;
}

// Three class meetings, a school meeting, a leadership meeting; one class
// meeting signed by both, one by the chair only, one in the future.
std::vector<pd::Record> store_records() {
  std::vector<pd::Record> all;
  all.push_back(record("M-20261001-BBBB", "class_meeting", Date(2026, 9, 25), "7B"));
  all.push_back(record("M-20261001-AAAA", "class_meeting", Date(2026, 9, 25), "8A"));
  all.push_back(record("M-20260901-CCCC", "school_meeting", Date(2026, 9, 10)));
  all.push_back(record("M-20261101-DDDD", "leadership", Date(2026, 11, 17), "7B"));
  all.push_back(record("M-20261120-EEEE", "class_meeting", Date(2026, 11, 30), "7B"));
  pd::sign(all[0].value, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 26));
  pd::sign(all[0].value, pd::Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 26));
  pd::sign(all[1].value, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 26));
  return all;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("list: sorted by date then ID, with the filters of the spec") {
  std::vector<pd::Record> all = store_records();
  Date today(2026, 11, 24);
  CHECK(ids(pd::select_minutes(all, {}, today)) == Ids{"M-20260901-CCCC", "M-20261001-AAAA",
                                                       "M-20261001-BBBB", "M-20261101-DDDD",
                                                       "M-20261120-EEEE"});
  pd::MinutesFilter by_class;
  by_class.class_id = "7B";
  by_class.kind = "class_meeting";
  CHECK(ids(pd::select_minutes(all, by_class, today)) == Ids{"M-20261001-BBBB", "M-20261120-EEEE"});
  pd::MinutesFilter dates;
  dates.since = Date(2026, 9, 25);
  dates.until = Date(2026, 11, 17);
  CHECK(ids(pd::select_minutes(all, dates, today)) ==
        Ids{"M-20261001-AAAA", "M-20261001-BBBB", "M-20261101-DDDD"});
}

TEST_CASE("--unsigned: parent meetings held by today that lack a signature") {
  std::vector<pd::Record> all = store_records();
  pd::MinutesFilter filter;
  filter.signatures = pd::SignatureFilter::missing;
  CHECK(ids(pd::select_minutes(all, filter, Date(2026, 11, 24))) ==
        Ids{"M-20260901-CCCC", "M-20261001-AAAA"});
  CHECK(ids(pd::select_minutes(all, filter, Date(2026, 11, 30))) ==
        Ids{"M-20260901-CCCC", "M-20261001-AAAA", "M-20261120-EEEE"});
}

TEST_CASE("the table shows attendance, open decisions and the signature state") {
  std::vector<pd::Record> all = store_records();
  pd::add_decision(all[3].value, {"Проверить", "omarova", Date(2026, 11, 20)});
  pd::add_decision(all[3].value, {"Сообщить", "omarova", Date(2026, 11, 30)});
  pd::mark_done(all[3].value, 2, Date(2026, 11, 18));
  pd::Names names;
  names.classes = {{"7B", "7Б"}, {"8A", "8А"}};
  std::vector<const pd::Record*> selected = {&all[2], &all[1], &all[0], &all[3]};
  CHECK(
      pd::render_table(pd::minutes_rows(selected, names, Date(2026, 11, 24), pd::Detail::brief)) ==
      "ID               No.  DATE        KIND                         CLASS  TITLE            "
      "PRESENT  OPEN  DECISIONS  SIGNED\n"
      "M-20260901-CCCC       2026-09-10  school parent meeting               Итоги адаптации  "
      "30/41    "
      "0     0          unsigned\n"
      "M-20261001-AAAA       2026-09-25  class parent meeting         8А     Итоги адаптации  "
      "30/41    "
      "0     0          chair only\n"
      "M-20261001-BBBB       2026-09-25  class parent meeting         7Б     Итоги адаптации  "
      "30/41    "
      "0     0          signed\n"
      "M-20261101-DDDD       2026-11-17  meeting with the leadership  7Б     Итоги адаптации  "
      "30/41    "
      "1     2\n");
  CHECK(pd::render_json(pd::minutes_rows({&all[3]}, names, Date(2026, 11, 24), pd::Detail::full)) ==
        "[\n  {\"id\": \"M-20261101-DDDD\", \"date\": \"2026-11-17\", \"kind\": \"leadership\", "
        "\"number\": null, \"class\": \"7B\", \"class_name\": \"7Б\", \"title\": \"Итоги "
        "адаптации\", "
        "\"organizer\": "
        "\"school\", "
        "\"booking\": null, \"chair\": \"Иванова Мария Петровна\", \"secretary\": null, "
        "\"invited\": 41, \"present\": 30, \"respondents\": null, \"satisfied\": null, "
        "\"decisions\": 2, \"decisions_open\": 1, \"decisions_overdue\": 1, "
        "\"missing_signatures\": [], \"frozen\": false}\n]\n");
}
