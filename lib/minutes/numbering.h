// Protocol numbers: minutes are numbered in a sequence of their own for
// each school year and kind ("ПРОТОКОЛ № 3" of the class meetings of
// 2026/2027), the number given when the minutes are created (issue 14).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

// The school year whose sequence minutes held on `day` belong to, as
// "2026/2027": the year of school.yaml that `day` falls in (or the summer
// after it, up to a year from its start); else the year from 1 September.
std::string numbering_year(Date day, const SchoolSettings& school);

// The number the next minutes of `kind` held on `day` get: one more than
// the highest of that kind and school year among `minutes` (1 for the first).
std::int64_t next_protocol_number(const std::vector<Record>& minutes, std::string_view kind,
                                  Date day, const SchoolSettings& school);

// Minutes that share a number with others of their kind and school year (two
// clones that numbered offline, then merged): one problem at the `number` of
// each, naming the other file.
std::vector<Diagnostic> duplicate_protocol_numbers(const std::vector<Record>& minutes,
                                                   const SchoolSettings& school);

}  // namespace pd
