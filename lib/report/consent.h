// `report consent`: photo and video consent by class (P IV): who must not
// appear in published photos, and whose parents have not answered.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "output/rows.h"
#include "school/names.h"
#include "store/store.h"

namespace pd {

enum class Consent { given, refused, unknown };

struct ConsentRow {
  std::string class_id;
  std::string student;  // empty for a class with no answers recorded at all
  Consent consent = Consent::unknown;
  std::optional<Date> signed_on;
};

// The students whose consent is refused or unknown, class by class, and a
// row for each class that records no answer; `only_class` limits it to one
// class. Throws Error (not_found) for an unknown class.
std::vector<ConsentRow> photo_consent_gaps(const std::vector<Record>& classes,
                                           const std::string& only_class);

std::string_view consent_name(Consent consent);

// The rows of `report consent`: class, student, consent and the date signed;
// the answer as a word for `readers` who are people, stored for programs.
Rows consent_rows(const std::vector<ConsentRow>& gaps, const Names& names, Readers readers);

}  // namespace pd
