// Correcting signed minutes (issue 14): a typo found after both signatures
// is corrected by an amendment, which opens a new version of the protocol
// for the chair and the secretary to sign again. The record keeps, in
// `amendments`, when, by whom and why, and the signatures and the digest of
// the version each replaced, and in `corrections` each corrected field with
// its previous text and the version the amendment opened, so that every
// earlier version can be rebuilt and its digest verified (report check).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "store/value.h"

namespace pd {

// One field an amendment corrects: its path in the record (title, place,
// notes, agenda[N] for the N-th item of the agenda, decisions[N].text,
// decisions[N].owner or decisions[N].due for the decision numbered N), its
// new text (a due date as YYYY-MM-DD), and the option it was given with
// ("--title"), which the messages name; the path when empty.
struct Correction {
  std::string field;
  std::string text;
  std::string flag;
};

struct Amendment {
  std::string reason;
  std::vector<Correction> corrections;
};

// Whether `field` is a path an amendment may correct.
bool is_amendable_field(std::string_view field);

// The version of the minutes: 1, and one more for each amendment.
std::int64_t minutes_version(const Value& minutes);

// The amendment that opened the current version; nullptr for version 1.
const Value* last_amendment(const Value& minutes);

// Opens the next version of frozen minutes (require_allowed(Action::amend)):
// `today`, `by`, the reason, and the chair's and the secretary's signatures
// and the digest of the version replaced go into a new entry of
// `amendments`, each corrected field's previous text into `corrections`; the
// signatures and the digest leave the record, which the chair and the
// secretary are to sign again. Throws Error: refused unless frozen, or for a
// due date before the meeting; invalid_data when the record no longer
// matches its digest or an earlier version its own, or when the version
// replaced could not be rebuilt from what is kept; usage without a
// correction or a reason, for a field given twice, an empty text or one the
// minutes already have, a due date that is none; not_found for an agenda
// item or a decision the minutes lack. Returns the new version's number.
std::int64_t amend(Value& minutes, const Amendment& amendment, const std::string& by, Date today);

// The record as version `version` (1 to minutes_version() - 1) was signed:
// the amendments from the last back to the one that opened version
// `version` + 1 undone (their corrected fields given their previous text,
// their corrections and entries left out, their signatures and digest put
// back). Nothing when a correction cannot be undone (a field the record no
// longer has, a date that is none).
std::optional<Value> earlier_version(const Value& minutes, std::int64_t version);

// What report check says about the amendments: a version number out of
// sequence, a correction naming no amendment or given twice by one, a
// correction that cannot be undone, and an earlier version whose rebuilt
// content no longer matches its digest (a hand edit of the previous text
// or of the current record). `at` is where the problem is in `minutes`.
struct AmendmentProblem {
  const Value* at;
  std::string message;
};
std::vector<AmendmentProblem> amendment_problems(const Value& minutes);

}  // namespace pd
