// appeal/listing: the filters, the order, the deadline labels and the rows.
#include "appeal/listing.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "store/schema.h"

using pd::Date;
using pd::Value;
namespace ap = pd::appeal;

namespace {

pd::Record appeal(std::string id, std::string status, Date received, Date due, std::string subject,
                  std::string lang = "ru", std::string cls = "7B") {
  Value v{pd::Object{}};
  v.set("id", id);
  v.set("status", status);
  v.set("kind", "complaint");
  v.set("channel", "email");
  v.set("lang", lang);
  v.set("received", received);
  v.set("from", "Сергеева Анна");
  v.set("class", cls);
  v.set("subject", subject);
  v.set("assignee", "omarova");
  v.set("due", due);
  return {&pd::schema_for("appeal"), "appeals/" + id + ".yaml", v};
}

std::vector<std::string> ids(const std::vector<ap::ListedAppeal>& listed) {
  std::vector<std::string> out;
  for (const auto& a : listed)
    out.emplace_back(a.record->id());
  return out;
}

const Date kToday(2026, 11, 24);

std::vector<pd::Record> store() {
  return {
      appeal("A-20261101-AAAA", "assigned", Date(2026, 11, 1), Date(2026, 11, 16), "Питание"),
      appeal("A-20261120-BBBB", "received", Date(2026, 11, 20), Date(2026, 11, 25), "Үй ТАПСЫРМАСЫ",
             "kk", "5B"),
      appeal("A-20261110-CCCC", "delivered", Date(2026, 11, 10), Date(2026, 11, 25), "Расписание"),
      appeal("A-20261115-DDDD", "answered", Date(2026, 11, 15), Date(2026, 11, 30),
             "Школьная ФОРМА"),
      appeal("A-20261123-EEEE", "withdrawn", Date(2026, 11, 23), Date(2026, 12, 8), "Bus stop",
             "en"),
      appeal("A-20261119-FFFF", "assigned", Date(2026, 11, 19), Date(2026, 11, 24), "Кружки"),
  };
}

std::vector<std::string> select(const ap::ListFilter& filter) {
  static const std::vector<pd::Record> records = store();
  return ids(ap::select_appeals(records, filter, kToday, 3));
}

}  // namespace

TEST_CASE("--status: open, overdue, due-soon, closed, all; by due date, then ID") {
  ap::ListFilter f;
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261101-AAAA", "A-20261119-FFFF",
                                               "A-20261120-BBBB", "A-20261115-DDDD"});
  f.status = ap::StatusFilter::overdue;
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261101-AAAA"});
  f.status = ap::StatusFilter::due_soon;
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261119-FFFF", "A-20261120-BBBB"});
  f.status = ap::StatusFilter::closed;
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261110-CCCC", "A-20261123-EEEE"});
  f.status = ap::StatusFilter::all;
  CHECK_EQ(select(f).size(), 6u);
  CHECK_EQ(select(f)[2], "A-20261110-CCCC");  // due 25 Nov like BBBB, and before it by ID
}

TEST_CASE("the other filters") {
  ap::ListFilter f;
  f.status = ap::StatusFilter::all;
  f.lang = "kk";
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261120-BBBB"});
  f.lang.clear();
  f.class_id = "5B";
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261120-BBBB"});
  f.class_id.clear();
  f.since = Date(2026, 11, 19);
  f.until = Date(2026, 11, 20);
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261119-FFFF", "A-20261120-BBBB"});
  f.since = f.until = std::nullopt;
  f.assignee = "ivanova";
  CHECK(select(f).empty());
}

TEST_CASE("--grep ignores case in Cyrillic and Kazakh") {
  ap::ListFilter f;
  f.status = ap::StatusFilter::all;
  f.grep = "үй тапсырмасы";
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261120-BBBB"});
  f.grep = "форма";
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261115-DDDD"});
  f.grep = "BUS";
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261123-EEEE"});
  f.grep = "СЕРГЕЕВА";
  CHECK_EQ(select(f).size(), 6u);
  f.grep = "dddd";  // the ID
  CHECK_EQ(select(f), std::vector<std::string>{"A-20261115-DDDD"});
}

TEST_CASE("--status names: a typo is a usage error with a suggestion") {
  CHECK_EQ(ap::parse_status_filter("due-soon"), ap::StatusFilter::due_soon);
  try {
    ap::parse_status_filter("overdeu");
    FAIL("no error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::usage);
    CHECK_EQ(std::string(e.what()),
             "--status: expected one of open, overdue, due-soon, closed, all, got 'overdeu' (did "
             "you mean 'overdue'?)");
  }
}

TEST_CASE("deadline labels") {
  ap::AppealState s;
  s.open = true;
  s.days_left = 0;
  CHECK_EQ(ap::deadline_label(s), "due today");
  s.days_left = 1;
  CHECK_EQ(ap::deadline_label(s), "due tomorrow");
  s.days_left = 12;
  CHECK_EQ(ap::deadline_label(s), "due in 12 days");
  s.overdue = true;
  s.days_late = 1;
  CHECK_EQ(ap::deadline_label(s), "overdue by 1 day");
  s = {};
  CHECK_EQ(ap::deadline_label(s), "");
  s.on_time = true;
  CHECK_EQ(ap::deadline_label(s), "on time");
  s.on_time = false;
  s.days_late = 2;
  CHECK_EQ(ap::deadline_label(s), "2 days late");
}

TEST_CASE("data rows carry the record's fields and the derived ones") {
  auto records = store();
  ap::ListFilter f;
  f.status = ap::StatusFilter::overdue;
  pd::Names names;
  names.classes["7B"] = "7Б";
  pd::Rows rows = ap::data_rows(ap::select_appeals(records, f, kToday, 3), names);
  std::vector<std::string> keys;
  for (const auto& c : rows.columns)
    keys.push_back(c.key);
  CHECK_EQ(keys, std::vector<std::string>{
                     "id",       "number",    "status",   "kind",        "channel",   "lang",
                     "received", "from",      "contact",  "student",     "class",     "class_name",
                     "subject",  "route",     "assignee", "due",         "repeat_of", "due_soon",
                     "overdue",  "days_late", "on_time",  "delivered_on"});
  CHECK_EQ(pd::render_json(rows),
           "[\n  {\"id\": \"A-20261101-AAAA\", \"number\": null, \"status\": \"assigned\", "
           "\"kind\": \"complaint\", "
           "\"channel\": \"email\", \"lang\": \"ru\", \"received\": \"2026-11-01\", \"from\": "
           "\"Сергеева Анна\", \"contact\": null, \"student\": null, \"class\": \"7B\", "
           "\"class_name\": \"7Б\", \"subject\": \"Питание\", \"route\": null, \"assignee\": "
           "\"omarova\", \"due\": "
           "\"2026-11-16\", \"repeat_of\": null, \"due_soon\": false, \"overdue\": true, "
           "\"days_late\": 8, \"on_time\": null, \"delivered_on\": null}\n]\n");
}
