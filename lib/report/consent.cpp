#include "report/consent.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "core/casefold.h"
#include "core/collate.h"
#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "school/periods.h"

namespace pd {

std::string_view consent_name(Consent consent) {
  switch (consent) {
    case Consent::given:
      return "given";
    case Consent::refused:
      return "refused";
    case Consent::unknown:
      return "unknown";
    case Consent::not_renewed:
      return "not_renewed";
    case Consent::duplicate:
      return "duplicate";
    case Consent::unlisted:
      return "unlisted";
  }
  return "";
}

std::optional<int> consent_year_start(std::string_view text) {
  int first = 0, second = 0;
  if (text.size() != 9 || text[4] != '/') return std::nullopt;
  auto parse = [](std::string_view digits, int& out) {
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return ec == std::errc() && end == digits.data() + digits.size();
  };
  if (!parse(text.substr(0, 4), first) || !parse(text.substr(5), second) || second != first + 1)
    return std::nullopt;
  return first;
}

const SchoolYear& consent_year(const SchoolSettings& settings, std::optional<int> start,
                               Date today) {
  if (!start) return school_year_of(settings, today);
  const SchoolYear* year = settings.year_starting(*start);
  if (!year)
    throw Error(ExitCode::usage,
                msg("'--year': no school year {}/{} in school.yaml", *start, *start + 1));
  return *year;
}

namespace {

// A student as the entries of one class name them: the first spelling, and
// the entries of the year.
struct Student {
  std::string name;
  std::vector<const Value*> entries;  // of the year
  bool earlier = false;               // listed for an earlier year
};

// The order of the states in a class: refusals first (they bind), the
// unlisted count last.
int rank(Consent consent) {
  switch (consent) {
    case Consent::refused:
      return 0;
    case Consent::duplicate:
      return 1;
    case Consent::unknown:
      return 2;
    case Consent::not_renewed:
      return 3;
    default:
      return 4;
  }
}

// P IV: the answers of `year` in one class, against its earlier years and
// its number of students.
std::vector<ConsentRow> class_gaps(const Record& c, int year) {
  std::map<std::string, Student> students;  // by casefolded name
  if (const Value* answers = c.value.get("photo_consent"); answers && answers->as_list()) {
    for (const auto& answer : *answers->as_list()) {
      std::optional<int> start = consent_year_start(answer.text("year"));
      if (!start || *start > year) continue;  // a later year says nothing of this one
      std::string name(answer.text("student"));
      Student& student = students[casefold(name)];
      if (student.name.empty()) student.name = name;
      if (*start == year)
        student.entries.push_back(&answer);
      else
        student.earlier = true;
    }
  }
  std::vector<ConsentRow> gaps;
  std::string id(c.id());
  for (const auto& [key, student] : students) {
    if (student.entries.size() > 1) {
      gaps.push_back({id, student.name, Consent::duplicate, std::nullopt, std::nullopt});
    } else if (student.entries.empty()) {
      gaps.push_back({id, student.name, Consent::not_renewed, std::nullopt, std::nullopt});
    } else if (std::string_view answer = student.entries[0]->text("consent"); answer != "given") {
      gaps.push_back({id, student.name, answer == "refused" ? Consent::refused : Consent::unknown,
                      student.entries[0]->date("signed"), std::nullopt});
    }
  }
  std::sort(gaps.begin(), gaps.end(), [](const ConsentRow& a, const ConsentRow& b) {
    if (rank(a.consent) != rank(b.consent)) return rank(a.consent) < rank(b.consent);
    return name_before(a.student, b.student);
  });
  auto named = std::int64_t(students.size());
  if (std::optional<std::int64_t> size = c.value.integer("students")) {
    if (*size > named) gaps.push_back({id, "", Consent::unlisted, std::nullopt, *size - named});
  } else if (named == 0) {
    gaps.push_back({id, "", Consent::unlisted, std::nullopt, std::nullopt});
  }
  return gaps;
}

}  // namespace

std::vector<ConsentRow> photo_consent_gaps(const std::vector<Record>& classes,
                                           const std::string& only_class, const SchoolYear& year) {
  std::vector<const Record*> chosen;
  for (const auto& c : classes)
    if (only_class.empty() || c.id() == only_class) chosen.push_back(&c);
  if (!only_class.empty() && chosen.empty())
    throw Error(ExitCode::not_found, msg("no class '{}' in the store", only_class));
  std::sort(chosen.begin(), chosen.end(),
            [](const Record* a, const Record* b) { return class_id_before(a->id(), b->id()); });

  std::vector<ConsentRow> rows;
  for (const Record* c : chosen) {
    std::vector<ConsentRow> gaps = class_gaps(*c, year.start.year());
    rows.insert(rows.end(), gaps.begin(), gaps.end());
  }
  return rows;
}

namespace {

std::string state_in_words(const ConsentRow& gap) {
  switch (gap.consent) {
    case Consent::not_renewed:
      // TRANSLATORS: report consent: answered for an earlier school year, not this one.
      return trc("consent", "not renewed");
    case Consent::duplicate:
      // TRANSLATORS: report consent: the student is listed twice for the year.
      return trc("consent", "listed twice");
    case Consent::unlisted:
      if (!gap.count) return tr("no answers recorded");
      // TRANSLATORS: report consent: students of the class that no entry names.
      return count_of(size_t(*gap.count), "{0} student not listed", "{0} students not listed");
    default:
      return enum_word("consent", consent_name(gap.consent));
  }
}

}  // namespace

Rows consent_rows(const std::vector<ConsentRow>& gaps, const SchoolYear& year, const Names& names,
                  Readers readers) {
  bool words = readers == Readers::people;
  Rows rows{{{"class", tr("CLASS")},
             {"student", tr("STUDENT")},
             {"consent", tr("CONSENT")},
             {"signed", tr("SIGNED")}},
            {}};
  // Programs get the class's ID, as every other command gives it, and its
  // name beside it.
  if (!words) {
    rows.columns.insert(rows.columns.begin() + 1, {"class_name", ""});
    rows.columns.insert(rows.columns.end(), {{"year", ""}, {"count", ""}});
  }
  for (const auto& gap : gaps) {
    std::vector<Cell> row{words ? names.class_name(gap.class_id) : gap.class_id};
    if (!words) row.push_back(names.class_name(gap.class_id));
    row.insert(row.end(), {gap.student.empty() ? Cell{} : Cell{gap.student},
                           words ? state_in_words(gap) : std::string(consent_name(gap.consent)),
                           gap.signed_on ? Cell{gap.signed_on->str()} : Cell{}});
    if (!words) {
      row.push_back(year.name());
      row.push_back(gap.count ? Cell{*gap.count} : Cell{});
    }
    rows.rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace pd
