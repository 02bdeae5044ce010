// `minutes list`: which records a filter selects and how they are shown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "output/rows.h"
#include "school/names.h"
#include "store/store.h"

namespace pd {

// --unsigned: only parent meetings held by today that lack a signature.
enum class SignatureFilter { any, missing };

struct MinutesFilter {
  std::string kind, class_id;
  std::optional<Date> since, until;  // the meeting's date, both inclusive
  SignatureFilter signatures = SignatureFilter::any;
};

// The records that pass `filter`, sorted by date then ID.
std::vector<const Record*> select_minutes(const std::vector<Record>& all,
                                          const MinutesFilter& filter, Date today);

// The table shows a short row per record; JSON and CSV carry the records'
// own fields and the derived counts and signature state.
enum class Detail { brief, full };

Rows minutes_rows(const std::vector<const Record*>& records, const Names& names, Date today,
                  Detail detail);

// How far the signatures are: "signed", "chair only", "secretary only",
// "unsigned", or "" for a kind that needs none and has none.
std::string signature_summary(const Value& minutes);

}  // namespace pd
