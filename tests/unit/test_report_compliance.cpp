// report/compliance: the plan of periodic work against the minutes, at the
// edges of its rules: the first and last day of a term, the break after it,
// minutes dated ahead, unsigned parent meetings, a meeting dated today,
// plan_from; and the plan gaps of the morning mail.
#include "report/compliance.h"

#include <doctest/doctest.h>

#include "core/error.h"
#include "output/rows.h"
#include "store/schema.h"
#include "test_support.h"

using pd::Date;
using pd::PlanStatus;

namespace {

Date day(const char* text) {
  return *Date::parse(text);
}

pd::SchoolSettings settings_with(std::vector<pd::PlanRule> plan) {
  pd::SchoolSettings s = pd::test::school_year_2026();
  s.plan = std::move(plan);
  return s;
}

const pd::PlanRule kClassMeeting{"class_meeting", "class", "term", 1};

pd::Record class_record(const std::string& id) {
  pd::Value v;
  v.set("id", pd::Value(id));
  return {&pd::schema_for("class"), "classes/" + id + ".yaml", v};
}

enum class Signed { both, chair, none };

// Minutes of `kind` dated `date`; a parent meeting signed as `signed_by`
// (the signatures dated the meeting's day).
pd::Record minutes(const std::string& kind, const std::string& date, const std::string& cls,
                   Signed signed_by = Signed::both) {
  pd::Value v;
  v.set("kind", pd::Value(kind));
  v.set("date", pd::Value(day(date.c_str())));
  if (!cls.empty()) v.set("class", pd::Value(cls));
  pd::List signatures;
  auto signature = [&](const char* role) {
    pd::Value s;
    s.set("role", pd::Value(role));
    s.set("name", pd::Value("Иванова"));
    s.set("date", pd::Value(day(date.c_str())));
    signatures.push_back(s);
  };
  if (signed_by != Signed::none) signature("chair");
  if (signed_by == Signed::both) signature("secretary");
  if (!signatures.empty()) v.set("signatures", pd::Value(signatures));
  return {&pd::schema_for("minutes"), "", v};
}

// "unit kind period held/times [unsigned N] [planned N] status".
std::string describe(const std::vector<pd::ComplianceRow>& rows) {
  std::string out;
  for (const auto& r : rows) {
    out += r.unit + " " + r.rule.kind + " " + r.period.name + " " + std::to_string(r.held) + "/" +
           std::to_string(r.rule.times);
    if (r.not_signed) out += " unsigned " + std::to_string(r.not_signed);
    if (r.planned) out += " planned " + std::to_string(r.planned);
    out += " " + std::string(pd::plan_status_name(r.status)) + "\n";
  }
  return out;
}

std::string q1_of_7b(const std::vector<pd::Record>& found, const char* today) {
  auto s = settings_with({kClassMeeting});
  return describe(pd::plan_compliance(s, {class_record("7B")}, found, day(today), {false, "Q1"}));
}

}  // namespace

TEST_CASE("a class with its Q1 meeting signed has held it; one without has missed it") {
  auto s = settings_with({kClassMeeting});
  std::vector<pd::Record> classes = {class_record("7B"), class_record("10A"), class_record("1A")};
  std::vector<pd::Record> held = {minutes("class_meeting", "2026-10-20", "7B"),
                                  minutes("class_meeting", "2026-11-05", "1A")};
  pd::ComplianceScope q1{false, "Q1"};
  CHECK_EQ(describe(pd::plan_compliance(s, classes, held, day("2026-11-24"), q1)),
           "1A class_meeting Q1 0/1 missed\n"
           "7B class_meeting Q1 1/1 held\n"
           "10A class_meeting Q1 0/1 missed\n");
}

TEST_CASE("a running period still short is due, a future one upcoming") {
  auto s = settings_with({{"education", "class", "3_months", 1}});
  std::vector<pd::Record> classes = {class_record("7B")};
  pd::ComplianceScope q2{false, ""};  // today's term: Q2 overlaps two spans
  CHECK_EQ(describe(pd::plan_compliance(s, classes, {}, day("2026-11-24"), q2)),
           "7B education 2026-09..2026-11 0/1 due\n"
           "7B education 2026-12..2027-02 0/1 upcoming\n");
}

TEST_CASE("times counts records of the kind in the period; per school counts every class") {
  auto s = settings_with({{"diagnostics", "class", "year", 2}, {"pta", "school", "half_year", 1}});
  std::vector<pd::Record> classes = {class_record("7B")};
  std::vector<pd::Record> found = {minutes("diagnostics", "2026-10-01", "7B", Signed::none),
                                   minutes("diagnostics", "2027-03-01", "7B", Signed::none),
                                   minutes("diagnostics", "2027-03-01", "1A", Signed::none),
                                   minutes("pta", "2026-09-15", "")};
  pd::ComplianceScope year{true, ""};
  CHECK_EQ(describe(pd::plan_compliance(s, classes, found, day("2027-03-02"), year)),
           "school pta H1 1/1 held\n"
           "school pta H2 0/1 due\n"
           "7B diagnostics 2026/2027 2/2 held\n");
}

TEST_CASE("the first and the last day of a term count for it; the next term's first does not") {
  CHECK_EQ(q1_of_7b({minutes("class_meeting", "2026-09-01", "7B")}, "2026-11-24"),
           "7B class_meeting Q1 1/1 held\n");
  CHECK_EQ(q1_of_7b({minutes("class_meeting", "2026-10-26", "7B")}, "2026-11-24"),
           "7B class_meeting Q1 1/1 held\n");
  CHECK_EQ(q1_of_7b({minutes("class_meeting", "2026-11-03", "7B")}, "2026-11-24"),
           "7B class_meeting Q1 0/1 missed\n");
  // The day before the year starts counts for no term.
  CHECK_EQ(q1_of_7b({minutes("class_meeting", "2026-08-31", "7B")}, "2026-11-24"),
           "7B class_meeting Q1 0/1 missed\n");
}

TEST_CASE("a meeting in the break after a term counts for the term just ended, not the next") {
  auto s = settings_with({kClassMeeting});
  std::vector<pd::Record> found = {minutes("class_meeting", "2026-10-30", "7B"),
                                   minutes("class_meeting", "2026-11-02", "10A")};
  CHECK_EQ(describe(pd::plan_compliance(s, {class_record("7B"), class_record("10A")}, found,
                                        day("2026-11-24"), {true, ""})),
           "7B class_meeting Q1 1/1 held\n"
           "7B class_meeting Q2 0/1 due\n"
           "7B class_meeting Q3 0/1 upcoming\n"
           "7B class_meeting Q4 0/1 upcoming\n"
           "10A class_meeting Q1 1/1 held\n"
           "10A class_meeting Q2 0/1 due\n"
           "10A class_meeting Q3 0/1 upcoming\n"
           "10A class_meeting Q4 0/1 upcoming\n");
}

TEST_CASE("in the break a short term is still due; missed from the next term's first day") {
  CHECK_EQ(q1_of_7b({}, "2026-10-26"), "7B class_meeting Q1 0/1 due\n");
  CHECK_EQ(q1_of_7b({}, "2026-10-27"), "7B class_meeting Q1 0/1 due\n");
  CHECK_EQ(q1_of_7b({}, "2026-11-02"), "7B class_meeting Q1 0/1 due\n");
  CHECK_EQ(q1_of_7b({}, "2026-11-03"), "7B class_meeting Q1 0/1 missed\n");
  // Between terms, the last term that began is the current one.
  auto rows = pd::plan_compliance(settings_with({kClassMeeting}), {class_record("7B")}, {},
                                  day("2026-10-30"), {});
  REQUIRE_EQ(rows.size(), 1);
  CHECK_EQ(rows[0].period.name, "Q1");
  CHECK_EQ(rows[0].period.counts_until, day("2026-11-02"));
}

TEST_CASE("minutes dated ahead are planned, not held, until their day") {
  std::vector<pd::Record> ahead = {minutes("class_meeting", "2026-10-20", "7B", Signed::none)};
  CHECK_EQ(q1_of_7b(ahead, "2026-10-19"), "7B class_meeting Q1 0/1 planned 1 planned\n");
  // Its day has come, unsigned: it took place but does not count as held.
  CHECK_EQ(q1_of_7b(ahead, "2026-10-20"), "7B class_meeting Q1 0/1 unsigned 1 unsigned\n");
  // Signatures dated ahead (written by hand) do not make a future meeting held.
  std::vector<pd::Record> signed_ahead = {minutes("class_meeting", "2026-10-20", "7B")};
  CHECK_EQ(q1_of_7b(signed_ahead, "2026-10-19"), "7B class_meeting Q1 0/1 planned 1 planned\n");
  // A term not begun with a meeting planned in it is planned, not upcoming.
  auto s = settings_with({kClassMeeting});
  CHECK_EQ(describe(pd::plan_compliance(s, {class_record("7B")},
                                        {minutes("class_meeting", "2027-01-20", "7B")},
                                        day("2026-11-24"), {false, "Q3"})),
           "7B class_meeting Q3 0/1 planned 1 planned\n");
}

TEST_CASE("a meeting dated today is held today once both have signed") {
  CHECK_EQ(q1_of_7b({minutes("class_meeting", "2026-10-20", "7B")}, "2026-10-20"),
           "7B class_meeting Q1 1/1 held\n");
  CHECK_EQ(q1_of_7b({minutes("class_meeting", "2026-10-20", "7B", Signed::chair)}, "2026-10-20"),
           "7B class_meeting Q1 0/1 unsigned 1 unsigned\n");
}

TEST_CASE("an unsigned parent meeting is not held; signing it later makes the term held") {
  // The chair's signature alone is not enough (M1: both sign).
  std::vector<pd::Record> chair_only = {
      minutes("class_meeting", "2026-10-20", "7B", Signed::chair)};
  CHECK_EQ(q1_of_7b(chair_only, "2026-11-24"), "7B class_meeting Q1 0/1 unsigned 1 unsigned\n");
  auto rows = pd::plan_compliance(settings_with({kClassMeeting}), {class_record("7B")}, chair_only,
                                  day("2026-11-24"), {false, "Q1"});
  REQUIRE_EQ(rows.size(), 1);
  // Over and short: a yearly figure counts it as due and not held.
  CHECK(pd::plan_row_closed(rows[0], day("2026-11-24")));
  CHECK_FALSE(pd::plan_row_closed(rows[0], day("2026-11-02")));
  // Signed by both (on any later day), it is held.
  CHECK_EQ(q1_of_7b({minutes("class_meeting", "2026-10-20", "7B")}, "2026-11-24"),
           "7B class_meeting Q1 1/1 held\n");
}

TEST_CASE("held, unsigned and planned records add up against times") {
  auto s = settings_with({{"school_meeting", "school", "half_year", 2}});
  auto count = [&](std::vector<pd::Record> found) {
    return describe(pd::plan_compliance(s, {}, found, day("2026-11-24"), {false, "Q2"}));
  };
  pd::Record held = minutes("school_meeting", "2026-09-10", "");
  pd::Record not_signed = minutes("school_meeting", "2026-11-20", "", Signed::none);
  pd::Record planned = minutes("school_meeting", "2026-12-20", "", Signed::none);
  CHECK_EQ(count({held}), "school school_meeting H1 1/2 due\n");
  CHECK_EQ(count({held, planned}), "school school_meeting H1 1/2 planned 1 planned\n");
  CHECK_EQ(count({held, not_signed}), "school school_meeting H1 1/2 unsigned 1 unsigned\n");
  CHECK_EQ(count({not_signed, planned}),
           "school school_meeting H1 0/2 unsigned 1 planned 1 planned\n");
  CHECK_EQ(count({held, held}), "school school_meeting H1 2/2 held\n");
}

TEST_CASE("kinds that need no signature are held once their day has come") {
  auto s = settings_with({{"education", "class", "3_months", 1}});
  auto at = [&](const char* today) {
    return describe(pd::plan_compliance(s, {class_record("7B")},
                                        {minutes("education", "2026-10-08", "7B", Signed::none)},
                                        day(today), {false, "Q1"}));
  };
  CHECK_EQ(at("2026-10-07"), "7B education 2026-09..2026-11 0/1 planned 1 planned\n");
  CHECK_EQ(at("2026-10-08"), "7B education 2026-09..2026-11 1/1 held\n");
}

TEST_CASE("periods that ended before plan_from are not required; the one ending on it is") {
  auto s = settings_with({kClassMeeting});
  s.plan_from = day("2026-10-26");  // Q1's last day
  auto q1 = pd::plan_compliance(s, {class_record("7B")}, {}, day("2026-11-24"), {false, "Q1"});
  REQUIRE_EQ(q1.size(), 1);
  CHECK_EQ(q1[0].status, PlanStatus::missed);
  CHECK(q1[0].required);
  s.plan_from = day("2026-10-27");  // set up in the break: Q1 is not required
  CHECK_EQ(
      describe(pd::plan_compliance(s, {class_record("7B")}, {}, day("2026-11-24"), {false, "Q1"})),
      "7B class_meeting Q1 0/1 not_required\n");
  // A meeting held in it is still listed as held.
  CHECK_EQ(describe(pd::plan_compliance(s, {class_record("7B")},
                                        {minutes("class_meeting", "2026-10-20", "7B")},
                                        day("2026-11-24"), {false, "Q1"})),
           "7B class_meeting Q1 1/1 held\n");
  auto rows = pd::plan_compliance(s, {class_record("7B")}, {}, day("2026-11-24"), {false, "Q1"});
  CHECK_FALSE(pd::plan_row_closed(rows[0], day("2026-11-24")));
}

TEST_CASE("an unknown term is a usage error naming the terms") {
  auto s = settings_with({kClassMeeting});
  try {
    pd::plan_compliance(s, {}, {}, day("2026-11-24"), {false, "Q9"});
    FAIL("expected an error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::usage);
    CHECK_EQ(std::string(e.what()), "--term: no term 'Q9' in school.yaml (terms: Q1, Q2, Q3, Q4)");
  }
}

TEST_CASE("plan gaps: short rows of the current term once their end is within due_soon days") {
  auto s = settings_with({kClassMeeting, {"education", "class", "3_months", 1}});
  std::vector<pd::Record> classes = {class_record("1A"), class_record("5A"), class_record("7B"),
                                     class_record("10A")};
  // Q2's class meeting: 1A held it; 5A's is planned on 2026-12-25; 7B's is
  // signed by the chair only; 10A has none. Every class but 5A held its
  // September-November education event.
  std::vector<pd::Record> found = {
      minutes("class_meeting", "2026-11-20", "1A"),
      minutes("class_meeting", "2026-12-25", "5A", Signed::none),
      minutes("class_meeting", "2026-11-20", "7B", Signed::chair),
      minutes("education", "2026-10-01", "1A", Signed::none),
      minutes("education", "2026-10-01", "7B", Signed::none),
      minutes("education", "2026-10-01", "10A", Signed::none),
  };
  auto gaps = [&](const char* today) {
    return describe(pd::plan_gaps(s, classes, found, day(today)));
  };
  // The span ends on 2026-11-30, Q2 on 2026-12-26; due_soon is 3.
  CHECK_EQ(gaps("2026-11-26"), "");
  CHECK_EQ(gaps("2026-11-27"), "5A education 2026-09..2026-11 0/1 due\n");
  CHECK_EQ(gaps("2026-12-22"), "5A education 2026-09..2026-11 0/1 missed\n");
  // The planned meeting needs no action; the unsigned one does.
  CHECK_EQ(gaps("2026-12-23"),
           "5A education 2026-09..2026-11 0/1 missed\n"
           "7B class_meeting Q2 0/1 unsigned 1 unsigned\n"
           "10A class_meeting Q2 0/1 due\n");
  // The last day of the break: Q2 is still the current term; 5A's meeting
  // took place but is not signed.
  CHECK_EQ(gaps("2027-01-07"),
           "5A class_meeting Q2 0/1 unsigned 1 unsigned\n"
           "5A education 2026-09..2026-11 0/1 missed\n"
           "7B class_meeting Q2 0/1 unsigned 1 unsigned\n"
           "10A class_meeting Q2 0/1 due\n");
  // Q3 has begun and ends far ahead.
  CHECK_EQ(gaps("2027-01-08"), "");
  // Periods that ended before plan_from are not required.
  s.plan_from = day("2026-12-27");
  CHECK_EQ(gaps("2027-01-07"), "");
}

TEST_CASE("the rows: words for people, stored values for programs") {
  auto s = settings_with({kClassMeeting});
  auto found = pd::plan_compliance(s, {class_record("7B")},
                                   {minutes("class_meeting", "2026-10-20", "7B", Signed::chair)},
                                   day("2026-11-24"), {false, "Q1"});
  pd::Names names;
  names.classes["7B"] = "7Б";
  pd::Rows people = pd::compliance_rows(found, names, pd::Readers::people);
  pd::Rows programs = pd::compliance_rows(found, names, pd::Readers::programs);
  std::vector<std::string> keys;
  for (const auto& c : programs.columns)
    keys.push_back(c.key);
  CHECK(keys == std::vector<std::string>{"class", "class_name", "kind", "every", "period", "held",
                                         "required", "unsigned", "planned", "status", "due"});
  REQUIRE_EQ(people.rows.size(), 1);
  CHECK(people.rows[0] ==
        std::vector<pd::Cell>{std::string("7Б"), std::string("class parent meeting per term"),
                              std::string("Q1"), std::int64_t(0), std::int64_t(1), std::int64_t(1),
                              std::int64_t(0), std::string("unsigned"), std::string("2026-10-26")});
  CHECK(programs.rows[0] ==
        std::vector<pd::Cell>{std::string("7B"), std::string("7Б"), std::string("class_meeting"),
                              std::string("term"), std::string("Q1"), std::int64_t(0),
                              std::int64_t(1), std::int64_t(1), std::int64_t(0),
                              std::string("unsigned"), std::string("2026-10-26")});
}
