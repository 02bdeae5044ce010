#include <doctest/doctest.h>

#include <algorithm>

#include "core/error.h"
#include "school/periods.h"
#include "test_support.h"

using pd::Date;

namespace {

pd::SchoolYear demo_settings() {
  return pd::test::school_year_2026().years.front();
}

std::string describe(const std::vector<pd::Period>& periods) {
  std::string out;
  for (const auto& p : periods)
    out += p.name + " " + p.start.str() + " " + p.end.str() + "\n";
  return out;
}

}  // namespace

TEST_CASE("terms are the periods of 'every: term'") {
  CHECK_EQ(describe(pd::school_periods(demo_settings(), "term")),
           "Q1 2026-09-01 2026-10-26\nQ2 2026-11-03 2026-12-26\n"
           "Q3 2027-01-08 2027-03-18\nQ4 2027-03-30 2027-05-25\n");
}

TEST_CASE("half-years are the first and second half of the terms") {
  CHECK_EQ(describe(pd::school_periods(demo_settings(), "half_year")),
           "H1 2026-09-01 2026-12-26\nH2 2027-01-08 2027-05-25\n");
}

TEST_CASE("without terms, half-years split at the new year") {
  pd::SchoolYear s = demo_settings();
  s.terms.clear();
  CHECK_EQ(describe(pd::school_periods(s, "half_year")),
           "H1 2026-09-01 2026-12-31\nH2 2027-01-01 2027-05-25\n");
}

TEST_CASE("three-month spans run from the year's start, the last cut at its end") {
  CHECK_EQ(describe(pd::school_periods(demo_settings(), "3_months")),
           "2026-09..2026-11 2026-09-01 2026-11-30\n"
           "2026-12..2027-02 2026-12-01 2027-02-28\n"
           "2027-03..2027-05 2027-03-01 2027-05-25\n");
}

TEST_CASE("a leap February ends a three-month span on the 29th") {
  pd::SchoolYear s = demo_settings();
  s.start = *Date::parse("2027-09-01");
  s.end = *Date::parse("2028-05-25");
  CHECK_EQ(pd::school_periods(s, "3_months")[1].end.str(), "2028-02-29");
}

TEST_CASE("the year is one period") {
  CHECK_EQ(describe(pd::school_periods(demo_settings(), "year")),
           "2026/2027 2026-09-01 2027-05-25\n");
}

TEST_CASE("a rule needing the year or terms that school.yaml lacks is invalid data") {
  pd::SchoolSettings s;
  try {
    pd::school_year_of(s, Date(2026, 10, 1));
    FAIL("expected an error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::invalid_data);
  }
  pd::SchoolYear no_terms{Date(2026, 9, 1), Date(2027, 5, 25), {}};
  CHECK_THROWS_AS(pd::school_periods(no_terms, "term"), pd::Error);
  CHECK_THROWS_AS(pd::school_periods(demo_settings(), "fortnight"), pd::Error);
}

TEST_CASE("the school year of a day: the year it falls in, the summer after it, none before") {
  pd::SchoolSettings s = pd::test::school_year_2026();
  s.years.push_back({Date(2025, 9, 1), Date(2026, 5, 25), {}});
  std::stable_sort(s.years.begin(), s.years.end(),
                   [](const auto& a, const auto& b) { return a.start < b.start; });
  CHECK_EQ(pd::school_year_of(s, Date(2026, 5, 25)).name(), "2025/2026");
  CHECK_EQ(pd::school_year_of(s, Date(2026, 8, 31)).name(), "2025/2026");
  CHECK_EQ(pd::school_year_of(s, Date(2026, 9, 1)).name(), "2026/2027");
  CHECK_EQ(s.year_starting(2025)->name(), "2025/2026");
  CHECK(s.year_starting(2024) == nullptr);
  CHECK_THROWS_AS(pd::school_year_of(s, Date(2025, 8, 31)), pd::Error);
}

namespace {

// Each period's name and the last day a record counts for it.
std::string counted_until(const std::vector<pd::Period>& periods) {
  std::string out;
  for (const auto& p : periods)
    out += p.name + " " + p.counts_until.str() + "\n";
  return out;
}

}  // namespace

TEST_CASE("a meeting in the break after a term counts for the term just ended") {
  std::vector<pd::Period> terms = pd::school_periods(demo_settings(), "term");
  CHECK_EQ(counted_until(terms), "Q1 2026-11-02\nQ2 2027-01-07\nQ3 2027-03-29\nQ4 2027-05-25\n");
  const pd::Period &q1 = terms[0], &q2 = terms[1];
  CHECK_FALSE(q1.counts(Date(2026, 8, 31)));
  CHECK(q1.counts(Date(2026, 9, 1)));
  CHECK(q1.counts(Date(2026, 10, 26)));  // its last day
  CHECK(q1.counts(Date(2026, 10, 27)));  // the break
  CHECK(q1.counts(Date(2026, 11, 2)));   // the break's last day
  CHECK_FALSE(q1.counts(Date(2026, 11, 3)));
  CHECK(q2.counts(Date(2026, 11, 3)));
  CHECK_FALSE(q2.counts(Date(2026, 11, 2)));
  // a record in the break is not inside the term itself
  CHECK_FALSE(q1.contains(Date(2026, 10, 27)));
}

TEST_CASE("the last term counts until the year's end; touching terms have no break") {
  pd::SchoolYear year = demo_settings();
  year.end = Date(2027, 5, 31);
  std::vector<pd::Period> terms = pd::school_periods(year, "term");
  CHECK_EQ(terms[3].counts_until, Date(2027, 5, 31));
  CHECK_FALSE(terms[3].counts(Date(2027, 6, 1)));  // the summer counts for no term
  year.terms[1].start = Date(2026, 10, 27);
  CHECK_EQ(pd::school_periods(year, "term")[0].counts_until, Date(2026, 10, 26));
}

TEST_CASE(
    "half-years made of terms count until the next half-year; other periods until their end") {
  CHECK_EQ(counted_until(pd::school_periods(demo_settings(), "half_year")),
           "H1 2027-01-07\nH2 2027-05-25\n");
  pd::SchoolYear no_terms = demo_settings();
  no_terms.terms.clear();
  CHECK_EQ(counted_until(pd::school_periods(no_terms, "half_year")),
           "H1 2026-12-31\nH2 2027-05-25\n");
  CHECK_EQ(counted_until(pd::school_periods(demo_settings(), "3_months")),
           "2026-09..2026-11 2026-11-30\n2026-12..2027-02 2027-02-28\n"
           "2027-03..2027-05 2027-05-25\n");
  CHECK_EQ(counted_until(pd::school_periods(demo_settings(), "year")), "2026/2027 2027-05-25\n");
  // a period made by hand counts until its end
  pd::Period made("X", Date(2026, 9, 1), Date(2026, 9, 30));
  CHECK_EQ(made.counts_until, Date(2026, 9, 30));
}

TEST_CASE("the plan applies to the periods that have not ended before plan_from") {
  pd::SchoolSettings s = pd::test::school_year_2026();
  std::vector<pd::Period> terms = pd::school_periods(s.years.front(), "term");
  // without plan_from, every period
  for (const auto& term : terms)
    CHECK(pd::plan_applies(s, term));
  s.plan_from = Date(2026, 10, 26);  // Q1's last day: Q1 still applies
  CHECK(pd::plan_applies(s, terms[0]));
  s.plan_from = Date(2026, 10, 27);  // the break after Q1: Q1 no longer
  CHECK_FALSE(pd::plan_applies(s, terms[0]));
  CHECK(pd::plan_applies(s, terms[1]));
  s.plan_from = Date(2026, 12, 1);  // a store started in December
  CHECK_FALSE(pd::plan_applies(s, terms[0]));
  CHECK(pd::plan_applies(s, terms[1]));  // the running term, begun before
  CHECK(pd::plan_applies(s, pd::whole_year(s.years.front())));
  CHECK_FALSE(pd::plan_applies(s, pd::school_periods(s.years.front(), "3_months")[0]));
  CHECK(pd::plan_applies(s, pd::school_periods(s.years.front(), "3_months")[1]));
  // the past year, when plan_from is in the new one
  s.plan_from = Date(2026, 9, 1);
  CHECK_FALSE(pd::plan_applies(s, {"2025/2026", Date(2025, 9, 1), Date(2026, 5, 25)}));
}
