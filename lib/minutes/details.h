// `minutes show`: one record for people (an aligned summary with its
// decisions and history) and for programs (a JSON object).
#pragma once

#include <string>

#include "core/date.h"
#include "school/names.h"
#include "store/value.h"

namespace pd {

// Labelled lines, the agenda, the notes, the decisions as a table with their
// status on `today`, and the history; text made printable.
std::string minutes_details(const Value& minutes, const Names& names, Date today);

// The record's own fields as a JSON object, every field of the schema
// present (null when the record lacks it), plus `class_name`, `frozen`,
// `missing_signatures` and each decision's `status` on `today`.
std::string minutes_json(const Value& minutes, const Names& names, Date today);

}  // namespace pd
