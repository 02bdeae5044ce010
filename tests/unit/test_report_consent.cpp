// report/consent and report/consent_check: photo and video consent per
// school year (P IV), at the edges of its rules: the year named, earlier and
// later years, the class's number of students, names told apart by case.
#include "report/consent.h"

#include <doctest/doctest.h>

#include "core/error.h"
#include "report/consent_check.h"
#include "school/periods.h"
#include "store/store.h"
#include "test_support.h"

using pd::Date;

namespace {

// School years 2025/2026 and 2026/2027, as the demo store has them.
pd::SchoolSettings two_years() {
  pd::SchoolSettings s = pd::test::school_year_2026();
  s.years.insert(s.years.begin(), pd::SchoolYear{Date(2025, 9, 1), Date(2026, 5, 25), {}});
  return s;
}

// Class records read from a temporary store, with their positions.
struct Classes {
  pd::test::TempDir dir;
  std::vector<pd::Record> records;
  explicit Classes(const std::vector<std::pair<std::string, std::string>>& files) {
    pd::test::write_file(dir / "school.yaml", "name: Школа\n");
    for (const auto& [id, text] : files)
      pd::test::write_file(dir / ("classes/" + id + ".yaml"),
                           "id: " + id + "\nname: " + id + "\n" + text);
    records = pd::Store(dir.path()).records("class");
  }
};

std::string entry(const std::string& student, const std::string& year, const std::string& consent,
                  const std::string& signed_on = "") {
  return "  - {student: " + student + ", year: " + year + ", consent: " + consent +
         (signed_on.empty() ? "" : ", signed: " + signed_on) + "}\n";
}

std::vector<std::string> describe(const std::vector<pd::ConsentRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows)
    out.push_back(r.class_id + " " + r.student + " " + std::string(pd::consent_name(r.consent)) +
                  (r.signed_on ? " " + r.signed_on->str() : "") +
                  (r.count ? " " + std::to_string(*r.count) : ""));
  return out;
}

std::vector<std::string> gaps(const Classes& classes, int year, const std::string& only = "") {
  return describe(pd::photo_consent_gaps(classes.records, only, *two_years().year_starting(year)));
}

std::vector<std::string> problems(const Classes& classes) {
  std::vector<std::string> out;
  for (const auto& d : pd::check_photo_consents(classes.records, two_years()))
    out.push_back(d.str());
  return out;
}

}  // namespace

TEST_CASE("a school year is written as two consecutive years") {
  CHECK_EQ(pd::consent_year_start("2026/2027"), 2026);
  CHECK_EQ(pd::consent_year_start("1999/2000"), 1999);
  CHECK_FALSE(pd::consent_year_start("2026/2028"));
  CHECK_FALSE(pd::consent_year_start("2026/2026"));
  CHECK_FALSE(pd::consent_year_start("2027/2026"));
  CHECK_FALSE(pd::consent_year_start("2026-2027"));
  CHECK_FALSE(pd::consent_year_start("2026/27"));
  CHECK_FALSE(pd::consent_year_start(""));
}

TEST_CASE("the year of the report: today's, the summer after it, or the one asked for") {
  pd::SchoolSettings s = two_years();
  CHECK_EQ(pd::consent_year(s, std::nullopt, Date(2026, 11, 24)).name(), "2026/2027");
  CHECK_EQ(pd::consent_year(s, std::nullopt, Date(2026, 9, 1)).name(), "2026/2027");
  // The summer belongs to the year just ended: its answers still hold.
  CHECK_EQ(pd::consent_year(s, std::nullopt, Date(2026, 8, 31)).name(), "2025/2026");
  CHECK_EQ(pd::consent_year(s, 2025, Date(2026, 11, 24)).name(), "2025/2026");
  try {
    pd::consent_year(s, 2027, Date(2026, 11, 24));
    FAIL("expected an error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::usage);
    CHECK_EQ(std::string(e.what()), "'--year': no school year 2027/2028 in school.yaml");
  }
}

TEST_CASE("an answer holds for its year: last year's students must renew") {
  Classes c({{"7B", "students: 5\nphoto_consent:\n" +
                        entry("Ким Виктор", "2025/2026", "given", "2025-09-02") +
                        entry("Ахметов Алихан", "2025/2026", "refused", "2025-09-03") +
                        entry("Ахметов Алихан", "2026/2027", "given", "2026-09-03") +
                        entry("Серикова Аружан", "2026/2027", "refused", "2026-09-04") +
                        entry("Әбілова Әсел", "2026/2027", "unknown")}});
  // Ким Виктор answered for 2025/2026 only; 5 students, 4 named: one unlisted.
  CHECK_EQ(gaps(c, 2026), std::vector<std::string>{"7B Серикова Аружан refused 2026-09-04",
                                                   "7B Әбілова Әсел unknown",
                                                   "7B Ким Виктор not_renewed", "7B  unlisted 1"});
  // A year's report knows nothing of the years after it.
  CHECK_EQ(gaps(c, 2025),
           std::vector<std::string>{"7B Ахметов Алихан refused 2025-09-03", "7B  unlisted 3"});
}

TEST_CASE("a student listed twice for the year shows once, as listed twice") {
  Classes c({{"7B", "students: 2\nphoto_consent:\n" +
                        entry("Ким Виктор", "2026/2027", "given", "2026-09-02") +
                        entry("КИМ ВИКТОР", "2026/2027", "refused", "2026-09-05") +
                        entry("Ли Анна", "2026/2027", "given", "2026-09-02")}});
  CHECK_EQ(gaps(c, 2026), std::vector<std::string>{"7B Ким Виктор duplicate"});
}

TEST_CASE("the unlisted: the class's students less those named, never below 0") {
  Classes c({{"1A", "students: 2\nphoto_consent:\n" +
                        entry("Ким Виктор", "2026/2027", "given", "2026-09-02") +
                        entry("Ли Анна", "2026/2027", "given", "2026-09-02")},
             {"2B", "students: 1\nphoto_consent:\n" +
                        entry("Ким Виктор", "2026/2027", "given", "2026-09-02") +
                        entry("Ли Анна", "2026/2027", "given", "2026-09-02")},
             {"3A", "students: 25\n"},
             {"4A", "students: 0\n"},
             {"5A", ""},
             {"6A", "photo_consent:\n" + entry("Ли Анна", "2026/2027", "given", "2026-09-02")}});
  // 1A and 2B named all (2B more than it has: report check says so); 3A
  // lists nobody; 4A has no students; 5A says neither; 6A names its one.
  CHECK_EQ(gaps(c, 2026), std::vector<std::string>{"3A  unlisted 25", "5A  unlisted"});
  CHECK_EQ(gaps(c, 2026, "3A"), std::vector<std::string>{"3A  unlisted 25"});
  try {
    gaps(c, 2026, "9Z");
    FAIL("expected an error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::not_found);
  }
}

TEST_CASE("report consent's rows: words for people, stored values, year and count for programs") {
  Classes c({{"7B", "students: 3\nphoto_consent:\n" +
                        entry("Ким Виктор", "2026/2027", "refused", "2026-09-02")}});
  pd::SchoolSettings settings = two_years();
  const pd::SchoolYear& year = *settings.year_starting(2026);
  auto found = pd::photo_consent_gaps(c.records, "", year);
  pd::Names names;
  CHECK_EQ(pd::render(pd::consent_rows(found, year, names, pd::Readers::people),
                      pd::OutputFormat::table),
           "CLASS  STUDENT     CONSENT                SIGNED\n"
           "7B     Ким Виктор  refusal                2026-09-02\n"
           "7B                 2 students not listed\n");
  CHECK_EQ(pd::render(pd::consent_rows(found, year, names, pd::Readers::programs),
                      pd::OutputFormat::csv),
           "class,class_name,student,consent,signed,year,count\r\n"
           "7B,7B,Ким Виктор,refused,2026-09-02,2026/2027,\r\n"
           "7B,7B,,unlisted,,2026/2027,2\r\n");
}

TEST_CASE("report check: a class's consent list that is right has no problem") {
  Classes c({{"7B", "students: 2\nphoto_consent:\n" +
                        entry("Ким Виктор", "2025/2026", "given", "2025-09-02") +
                        entry("Ли Анна", "2025/2026", "given", "2025-09-02") +
                        entry("Ким Виктор", "2026/2027", "given", "2026-09-02") +
                        entry("Ли Анна", "2026/2027", "unknown")}});
  // As many entries a year as students; `unknown` has no date.
  CHECK_EQ(problems(c), std::vector<std::string>{});
}

TEST_CASE("report check: undated answers, a student twice, too many entries, unknown years") {
  Classes c({{"7B", "students: 2\nphoto_consent:\n" + entry("Ким Виктор", "2026/2027", "given") +
                        entry("Ли Анна", "2026/2027", "refused") +
                        entry("ким виктор", "2026/2027", "given", "2026-09-03") +
                        entry("Ли Анна", "2024/2025", "given", "2024-09-03") +
                        entry("Ли Анна", "2026/2028", "given", "2026-09-03")}});
  CHECK_EQ(problems(c),
           std::vector<std::string>{
               "classes/7B.yaml:5:5: 'photo_consent[1]': a consent without its date: add 'signed'",
               "classes/7B.yaml:6:5: 'photo_consent[2]': a refusal without its date: add 'signed'",
               "classes/7B.yaml:7:5: 'photo_consent[3]': the student is listed twice for "
               "2026/2027 (also photo_consent[1])",
               "classes/7B.yaml:8:30: 'photo_consent[4].year': no school year 2024/2025 in "
               "school.yaml ('year', 'years')",
               "classes/7B.yaml:9:30: 'photo_consent[5].year': expected two consecutive years "
               "like 2026/2027, got '2026/2028'",
               "classes/7B.yaml:5:3: 'photo_consent': 3 entries for 2026/2027, but the class has "
               "2 students"});
}
