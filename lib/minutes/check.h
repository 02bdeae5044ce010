// What `report check` says about minutes beyond their schema: signed minutes
// edited after signing, and counts that break their rules.
#pragma once

#include <vector>

#include "core/error.h"
#include "store/store.h"

namespace pd {

// Minutes that carry a digest their content no longer matches (a hand edit
// after the first or the second signature), reported at the `digest` line,
// and minutes signed by the chair and the secretary that carry none (minutes
// signed by one only carry a digest since the first signature stores one;
// older ones without it are not reported), and amended minutes whose
// earlier versions, rebuilt, no longer match their digests
// (amendment_problems()). Invalid files are skipped: the schema check
// reports them.
std::vector<Diagnostic> frozen_minutes_changed(const Store& store);

// frozen_minutes_changed(), and: more present than invited, more satisfied
// than respondents, a decision number given twice, a decision due or marked
// done before the meeting, a role that signed twice, a signature dated
// before the meeting (which any signature of a meeting still to come is),
// a signer other than the chair (secretary) the record names, a protocol
// number given twice in one school year and kind. None depends
// on the day the check runs. Sorted by file and position.
std::vector<Diagnostic> check_minutes(const Store& store);

// The checks of check_minutes() on one record: what `minutes edit` checks in
// an edited record before it is saved.
std::vector<Diagnostic> minutes_record_problems(const Record& record);

}  // namespace pd
