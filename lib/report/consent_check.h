// What the schema cannot say about the classes' photo_consent lists (P IV:
// one answer per student and school year). Used by `report check`.
#pragma once

#include <vector>

#include "core/error.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

// The problems of the photo_consent lists of the schema-valid class records
// among `records` (others are skipped), each at the position of the entry
// or field concerned, as `classes/7B.yaml:line:col: 'photo_consent...': ...`:
// - a `year` that is not two consecutive years (2026/2027), or not a school
//   year of school.yaml (`year`, `years`);
// - a consent or refusal without its date `signed` (`unknown` needs none);
// - a student listed twice for one year (names compared case-insensitively);
// - more entries for a year than the class's `students`.
// The messages name no student: the line says which entry it is.
std::vector<Diagnostic> check_photo_consents(const std::vector<Record>& records,
                                             const SchoolSettings& settings);

}  // namespace pd
