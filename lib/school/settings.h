// school.yaml as typed settings, with the seeds' rules as defaults for every
// key left out (SPEC §4).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/value.h"

namespace pd {

// A deadline: so many calendar days, or working days when !calendar.
struct Deadline {
  int days = 0;
  bool calendar = true;
};

// Reception hours: on these weekdays, from..to.
struct ReceptionWindow {
  std::vector<Weekday> days;
  TimeOfDay from, to;
};

struct Term {
  std::string name;
  Date start, end;
};

// One school year: its span and its terms (quarters), in order. Holidays and
// moved workdays are dates and stay in one list for every year.
struct SchoolYear {
  Date start, end;
  std::vector<Term> terms;

  std::string name() const;  // "2026/2027"
  bool contains(Date day) const { return start <= day && day <= end; }
};

// One rule of the plan of periodic work (M1, M3, M4): `times` records of
// `kind` per class (or per school) in every period.
struct PlanRule {
  std::string kind;
  std::string per = "school";  // class | school
  std::string every;           // term | half_year | 3_months | year
  int times = 1;
};

struct SchoolSettings {
  std::string name;
  std::string timezone = "Asia/Almaty";
  std::vector<std::string> languages = {"kk", "ru", "en"};
  std::string ui_language;  // the interface's, when the environment names none
  // The letterhead of the documents the school prints; empty when not given.
  std::string address, phone, email, director;
  // `documents: {lang}`: the language of documents whose record names none
  // (minutes without `lang`); empty when not given.
  std::string documents_lang;
  Deadline official{15, true};      // A1
  Deadline class_teacher{5, true};  // A2
  Deadline redirect{3, false};
  int due_soon = 3;
  int max_extension_days = 60;
  std::map<std::string, ReceptionWindow> reception;  // by role: director, deputy
  int slot_minutes = 20;
  // The school years school.yaml describes (`year` and `terms`, and those of
  // `years`), in order of their start.
  std::vector<SchoolYear> years;
  // `plan_from`: the day from which the plan of periodic work applies (the
  // day the store was set up, written by `report init`); periods that ended
  // before it are not required (plan_applies in school/periods.h).
  std::optional<Date> plan_from;
  std::set<Date> holidays;
  std::set<Date> workdays;  // weekend days worked in place of a holiday
  std::vector<PlanRule> plan;
  bool autocommit = true;
  // `git.enclosing_repository`: commit also when the store is a directory
  // inside a larger git work tree (by default only a store that is the top
  // level of its own repository is committed to).
  bool commit_to_enclosing_repository = false;

  // The settings of a validated school.yaml record.
  static SchoolSettings from(const Value& school);

  // The language of a document whose record names none: `documents.lang`,
  // else the first of `languages`, else "kk" (the seeds' first language).
  std::string document_language() const;

  // The school year that `day` falls in; in the summer after a year, that
  // year (its reports are still being written); before the first, nullptr.
  const SchoolYear* year_of(Date day) const;
  // The school year that starts in the calendar year `start_year`, or nullptr.
  const SchoolYear* year_starting(int start_year) const;
};

// A reception window from its record form `{days, from, to}`.
ReceptionWindow reception_window_from(const Value& value);

}  // namespace pd
