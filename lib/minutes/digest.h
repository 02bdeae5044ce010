// The digest that seals signed minutes: stored at every signature (the
// first seals the text the second signer is to sign, the second the frozen
// record), so that a later hand edit is found (SPEC §5 minutes).
#pragma once

#include <string>

#include "store/value.h"

namespace pd {

// What the signatures cover: the record in canonical YAML without its
// history, its digest and the decisions' done dates (marking a decision done
// stays allowed after signing).
std::string signed_content(const Value& minutes);

// `sha256:` and the SHA-256 of signed_content(), as stored in `digest`.
std::string minutes_digest(const Value& minutes);

}  // namespace pd
