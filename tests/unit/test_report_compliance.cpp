#include <doctest/doctest.h>

#include "core/error.h"
#include "report/compliance.h"
#include "store/schema.h"
#include "test_support.h"

using pd::Date;

namespace {

pd::SchoolSettings settings_with(std::vector<pd::PlanRule> plan) {
  pd::SchoolSettings s = pd::test::school_year_2026();
  s.plan = std::move(plan);
  return s;
}

pd::Record class_record(const std::string& id) {
  pd::Value v;
  v.set("id", pd::Value(id));
  return {&pd::schema_for("class"), "classes/" + id + ".yaml", v};
}

pd::Record minutes(const std::string& kind, const std::string& date, const std::string& cls) {
  pd::Value v;
  v.set("kind", pd::Value(kind));
  v.set("date", pd::Value(*Date::parse(date)));
  if (!cls.empty()) v.set("class", pd::Value(cls));
  return {&pd::schema_for("minutes"), "", v};
}

std::string describe(const std::vector<pd::ComplianceRow>& rows) {
  std::string out;
  for (const auto& r : rows)
    out += r.unit + " " + r.rule.kind + " " + r.period.name + " " + std::to_string(r.held) + "/" +
           std::to_string(r.rule.times) + " " + std::string(pd::plan_status_name(r.status)) + "\n";
  return out;
}

}  // namespace

TEST_CASE("a class with its Q1 meeting has held it; one without has missed it") {
  auto s = settings_with({{"class_meeting", "class", "term", 1}});
  std::vector<pd::Record> classes = {class_record("7B"), class_record("10A"), class_record("1A")};
  std::vector<pd::Record> held = {minutes("class_meeting", "2026-10-20", "7B"),
                                  minutes("class_meeting", "2026-11-05", "1A")};
  pd::ComplianceScope q1{false, "Q1"};
  CHECK_EQ(describe(pd::plan_compliance(s, classes, held, *Date::parse("2026-11-24"), q1)),
           "1A class_meeting Q1 0/1 missed\n"
           "7B class_meeting Q1 1/1 held\n"
           "10A class_meeting Q1 0/1 missed\n");
}

TEST_CASE("a running period still short is due, a future one upcoming") {
  auto s = settings_with({{"education", "class", "3_months", 1}});
  std::vector<pd::Record> classes = {class_record("7B")};
  pd::ComplianceScope q2{false, ""};  // today's term: Q2 overlaps two spans
  CHECK_EQ(describe(pd::plan_compliance(s, classes, {}, *Date::parse("2026-11-24"), q2)),
           "7B education 2026-09..2026-11 0/1 due\n"
           "7B education 2026-12..2027-02 0/1 upcoming\n");
}

TEST_CASE("times counts records of the kind in the period; per school counts every class") {
  auto s = settings_with({{"diagnostics", "class", "year", 2}, {"pta", "school", "half_year", 1}});
  std::vector<pd::Record> classes = {class_record("7B")};
  std::vector<pd::Record> found = {
      minutes("diagnostics", "2026-10-01", "7B"), minutes("diagnostics", "2027-03-01", "7B"),
      minutes("diagnostics", "2027-03-01", "1A"), minutes("pta", "2026-09-15", "")};
  pd::ComplianceScope year{true, ""};
  CHECK_EQ(describe(pd::plan_compliance(s, classes, found, *Date::parse("2026-11-24"), year)),
           "school pta H1 1/1 held\n"
           "school pta H2 0/1 upcoming\n"
           "7B diagnostics 2026/2027 2/2 held\n");
}

TEST_CASE("between terms, the last term that began is the current one") {
  auto s = settings_with({{"class_meeting", "class", "term", 1}});
  auto rows = pd::plan_compliance(s, {class_record("7B")}, {}, *Date::parse("2026-10-30"), {});
  REQUIRE_EQ(rows.size(), 1);
  CHECK_EQ(rows[0].period.name, "Q1");
  CHECK_EQ(rows[0].status, pd::PlanStatus::missed);
}

TEST_CASE("an unknown term is a usage error naming the terms") {
  auto s = settings_with({{"class_meeting", "class", "term", 1}});
  try {
    pd::plan_compliance(s, {}, {}, *Date::parse("2026-11-24"), {false, "Q9"});
    FAIL("expected an error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::usage);
    CHECK_EQ(std::string(e.what()), "--term: no term 'Q9' in school.yaml (terms: Q1, Q2, Q3, Q4)");
  }
}
