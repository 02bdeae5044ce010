// report/incidents: the cases criterion 4 counts, at the edges of the year
// and of today, and the record `report incident` makes.
#include "report/incidents.h"

#include <doctest/doctest.h>

#include "core/error.h"
#include "store/schema.h"
#include "store/store.h"
#include "test_support.h"

using pd::Date;

namespace {

pd::Record incident(const std::string& kind, Date date, bool reported = false) {
  pd::Value v;
  v.set("date", pd::Value(date));
  v.set("kind", pd::Value(kind));
  if (reported) v.set("reported_to", pd::Value(pd::List{pd::Value("police")}));
  return {&pd::schema_for("incident"), "", v};
}

const pd::Period kYear{"2026/2027", Date(2026, 9, 1), Date(2027, 5, 25)};

std::string counts(const pd::IncidentCounts& c) {
  auto one = [](const pd::IncidentCount& k) {
    return std::to_string(k.cases) + "/" + std::to_string(k.reported);
  };
  return one(c.offence) + " " + one(c.bullying) + " " + one(c.suicide_attempt) + " " +
         one(c.suicide);
}

// A store with one class, 7B.
struct OneClass {
  pd::test::TempDir dir;
  OneClass() {
    pd::test::write_file(dir / "school.yaml", "name: Школа\n");
    pd::test::write_file(dir / "classes/7B.yaml", "id: 7B\nname: 7Б\n");
  }
  pd::Value make(const pd::IncidentInput& input, Date today) const {
    return pd::make_incident(input, pd::Store(dir.path()), "I-20261124-K7QM", today);
  }
};

pd::ExitCode refusal(const OneClass& store, const pd::IncidentInput& input, Date today) {
  try {
    store.make(input, today);
  } catch (const pd::Error& e) {
    return e.code();
  }
  return pd::ExitCode::ok;
}

}  // namespace

TEST_CASE("the kinds and bodies are the schema's") {
  CHECK_EQ(pd::incident_kinds(),
           std::vector<std::string>{"offence", "bullying", "suicide_attempt", "suicide"});
  CHECK_EQ(pd::incident_bodies().front(), "police");
}

TEST_CASE("a case counts in its year from the first day to the last, up to today") {
  std::vector<pd::Record> cases = {
      incident("offence", Date(2026, 8, 31)),           // the year before
      incident("offence", Date(2026, 9, 1), true),      // the first day
      incident("bullying", Date(2027, 5, 25)),          // the last day
      incident("bullying", Date(2027, 5, 26)),          // after the year
      incident("suicide_attempt", Date(2026, 11, 24)),  // today
      incident("suicide", Date(2026, 11, 25)),          // tomorrow: not yet
  };
  CHECK_EQ(counts(pd::count_incidents(cases, kYear, Date(2026, 11, 24))), "1/1 0/0 1/0 0/0");
  CHECK_EQ(counts(pd::count_incidents(cases, kYear, Date(2027, 6, 1))), "1/1 1/0 1/0 1/0");
  CHECK_EQ(counts(pd::count_incidents({}, kYear, Date(2027, 6, 1))), "0/0 0/0 0/0 0/0");
}

TEST_CASE("report incident: the record holds date, kind, class and bodies, once each") {
  OneClass store;
  pd::Value made = store.make(
      {"bullying", Date(2026, 11, 24), "7B", {"police", "health", "police"}}, Date(2026, 11, 24));
  CHECK_EQ(made.text("id"), "I-20261124-K7QM");
  CHECK_EQ(*made.date("date"), Date(2026, 11, 24));
  CHECK_EQ(made.text("kind"), "bullying");
  CHECK_EQ(made.text("class"), "7B");
  REQUIRE(made.get("reported_to")->as_list());
  CHECK_EQ(made.get("reported_to")->as_list()->size(), 2);
  pd::Value bare = store.make({"offence", Date(2026, 10, 1), "", {}}, Date(2026, 11, 24));
  CHECK_FALSE(bare.get("class"));
  CHECK_FALSE(bare.get("reported_to"));
}

TEST_CASE("report incident refuses a case dated after today, and what the schema does not know") {
  OneClass store;
  Date today(2026, 11, 24);
  CHECK_EQ(refusal(store, {"offence", Date(2026, 11, 25), "", {}}, today), pd::ExitCode::refused);
  CHECK_EQ(refusal(store, {"theft", today, "", {}}, today), pd::ExitCode::usage);
  CHECK_EQ(refusal(store, {"", today, "", {}}, today), pd::ExitCode::usage);
  CHECK_EQ(refusal(store, {"offence", std::nullopt, "", {}}, today), pd::ExitCode::usage);
  CHECK_EQ(refusal(store, {"offence", today, "", {"press"}}, today), pd::ExitCode::usage);
  CHECK_EQ(refusal(store, {"offence", today, "9Z", {}}, today), pd::ExitCode::not_found);
}
