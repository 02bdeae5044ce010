#include "store/store_init.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/error.h"
#include "core/i18n.h"
#include "school/holidays.h"
#include "store/atomic_file.h"
#include "store/canonical.h"
#include "store/schema.h"
#include "store/validate.h"
#include "yaml/strict_yaml.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

// The seeds' rules (SPEC §2), with comments for the person who edits them.
// {0} is the school's name, {1} the year the school year starts, {2} the
// next, {3} the interface language of the person who creates the store, {4}
// the public holidays of the year on working days, {5} the day from which
// the plan applies.
constexpr std::string_view kSchoolTemplate =
    R"(# The settings of this parentdesk store: see parentdesk(5).
name: {0}
timezone: Asia/Almaty      # "today" is the date here, whatever the server's zone
languages: [kk, ru, en]    # appeals are answered in their own language
ui_language: {3}            # the commands' language, unless PARENTDESK_LANG or the locale names one
# The letterhead of the documents the school prints (protocols, receipt slips,
# answer letters): fill these in.
# address: "050000, г. Алматы, ул. Абая, 1"
# phone: "+7 727 000 00 00"
# email: school@example.kz
# director: Фамилия Имя Отчество      # signs the answer letters
# documents: {{lang: ru}}               # the documents' language when a record names none
deadlines:                 # days
  official: {{days: 15, calendar: true}}      # an official appeal: 15 calendar days
  class_teacher: {{days: 5, calendar: true}}  # a request to the class teacher: 5 days
  due_soon: 3
  max_extension_days: 60                    # extend: the latest due date, from receipt
  redirect: {{days: 3, calendar: false}}      # redirect to another body: 3 working days
reception:                 # reception hours by role; a staff file may override them
  director: {{days: [tue, thu], from: "15:30", to: "17:00"}}
  deputy: {{days: [tue, thu], from: "15:30", to: "16:30"}}
slot_minutes: 20
year: {{start: {1}-09-01, end: {2}-05-25}}
terms:                     # check the dates against this year's school calendar
  - {{name: Q1, start: {1}-09-01, end: {1}-10-26}}
  - {{name: Q2, start: {1}-11-03, end: {1}-12-26}}
  - {{name: Q3, start: {2}-01-08, end: {2}-03-18}}
  - {{name: Q4, start: {2}-03-30, end: {2}-05-25}}
plan_from: {5}      # the plan of periodic work applies from this day (the store's start)
# The public holidays of Kazakhstan from 1 September to 31 August that fall on
# working days, with the days that replace those falling on a weekend (7 January
# and Kurban ait do not move). Add the first day of Kurban ait when it is
# announced and the days the government moves; keep past years' holidays.
holidays: [{4}]
workdays: []               # moved working days (a Saturday worked in place of a holiday)
plan:                      # the periodic work the school must do
  - {{kind: class_meeting, per: class, every: term}}
  - {{kind: school_meeting, per: school, every: half_year}}
  - {{kind: education, per: class, every: 3_months}}
  - {{kind: diagnostics, per: class, times: 2, every: year}}
git: {{autocommit: true}}
)";

constexpr std::string_view kGitignore =
    R"(# parentdesk: the store lock, temporary files of interrupted writes, the index
.lock
.*.tmp-*
.cache/
)";

constexpr std::string_view kGitattributes =
    R"(# parentdesk records: UTF-8 text with LF line ends, diffed as text
*.yaml text eol=lf diff
)";

}  // namespace

void init_store(const fs::path& dir, const std::string& name, Date today,
                const std::map<std::string, std::string>& more_files) {
  std::error_code ec;
  if (fs::exists(dir / "school.yaml", ec))
    throw Error(
        ExitCode::refused,
        msg("'{}' already holds a store (school.yaml exists): nothing was changed", dir.string()));
  if (name.empty() || name.find('\n') != std::string::npos)
    throw Error(ExitCode::usage, tr("--name: expected the school's name on one line"));

  int start_year = today.month() >= 7 ? today.year() : today.year() - 1;
  std::string holidays;
  for (Date day : kazakhstan_holidays(start_year))
    holidays += (holidays.empty() ? "" : ", ") + day.str();
  // Before the school year, the plan applies from its first day.
  Date plan_from = std::max(today, Date(start_year, 9, 1));
  std::string school =
      fmt::format(fmt::runtime(kSchoolTemplate), yaml_scalar(name), start_year, start_year + 1,
                  language_code(interface_language()), holidays, plan_from.str());
  // The template must itself be a valid school.yaml.
  std::vector<Diagnostic> problems;
  validate(yaml::parse_strict(school, "school.yaml"), schema_for("school"), "school.yaml",
           problems);
  if (!problems.empty()) throw DataError(std::move(problems));

  FileTransaction files;
  files.stage(dir / "school.yaml", school);
  files.stage(dir / ".gitignore", std::string(kGitignore));
  files.stage(dir / ".gitattributes", std::string(kGitattributes));
  for (const auto& [file, text] : more_files) {
    fs::create_directories((dir / file).parent_path(), ec);
    if (ec)
      throw Error(ExitCode::system,
                  msg("cannot create '{}': {}", (dir / file).parent_path().string(), ec.message()));
    files.stage(dir / file, text);
  }
  for (const auto& schema : record_schemas()) {
    if (schema.directory().empty()) continue;
    fs::create_directories(dir / schema.directory(), ec);
    if (ec)
      throw Error(ExitCode::system,
                  msg("cannot create '{}': {}", (dir / schema.directory()).string(), ec.message()));
  }
  files.commit();
}

}  // namespace pd
