// `report consent`: photo and video consent by class and school year (P IV):
// each parent signs consent or refusal at the start of every school year, so
// an answer holds for its year only and is asked again the next.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "output/rows.h"
#include "school/names.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

// The state of a student's answer for one school year. `given` never shows
// in the report; every other state means "not in published photos".
enum class Consent {
  given,
  refused,      // the parents refused
  unknown,      // listed for the year, not answered yet
  not_renewed,  // listed for an earlier year, not for this one
  duplicate,    // listed twice (or more) for the year: which answer holds?
  unlisted,     // students of the class that no entry names (a count)
};

struct ConsentRow {
  std::string class_id;
  std::string student;  // empty for `unlisted`
  Consent consent = Consent::unknown;
  std::optional<Date> signed_on;
  // unlisted: how many of the class's `students` no entry names; empty when
  // the class does not say how many students it has (and lists none).
  std::optional<std::int64_t> count;
};

// The first calendar year of a school year written "2026/2027" (2026), or
// nothing unless it is two consecutive years.
std::optional<int> consent_year_start(std::string_view text);

// The school year named by `start` for `report consent --year START`
// (default: the year of `today`, SchoolSettings::year_of). Throws Error:
// usage when school.yaml describes no year starting in `start`,
// invalid_data when it describes none that has begun by `today`.
const SchoolYear& consent_year(const SchoolSettings& settings, std::optional<int> start,
                               Date today);

// What keeps the students of `year` out of published photos, class by
// class (in class order): refusals, students listed twice for the year,
// the unanswered, those listed for an earlier year but not this one, by name;
// then one row for the students no entry of the year names, when the class's
// `students` is more than the students named. A class without `students` and
// without any entry gets an `unlisted` row without a count. `only_class`
// limits it to one class. Throws Error (not_found) for an unknown class.
std::vector<ConsentRow> photo_consent_gaps(const std::vector<Record>& classes,
                                           const std::string& only_class, const SchoolYear& year);

std::string_view consent_name(Consent consent);

// The rows of `report consent`: class, student, the state and the date
// signed; the state in words for `readers` who are people, stored words for
// programs, who also get the year and the count of each row.
Rows consent_rows(const std::vector<ConsentRow>& gaps, const SchoolYear& year, const Names& names,
                  Readers readers);

}  // namespace pd
