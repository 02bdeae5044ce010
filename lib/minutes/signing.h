// Signatures and freezing (SPEC M1): parent meetings need the chair's and the
// secretary's signatures. From the first signature on, the text is what the
// signers sign: it no longer changes (no edit, no new decision), so that the
// chair and the secretary sign the same text; once both have signed, the
// minutes are frozen. Marking a decision done stays allowed throughout.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "store/value.h"

namespace pd {

enum class Role { chair, secretary };

std::string_view role_name(Role role);  // chair, secretary
std::optional<Role> parse_role(std::string_view name);

// The signatures a kind needs: chair and secretary for parent meetings,
// none for other kinds (which may still be signed, and then freeze alike).
std::vector<Role> required_signatures(std::string_view kind);

// The signature of `role`, or nullptr.
const Value* signature_of(const Value& minutes, Role role);

// The required signatures still missing, chair first.
std::vector<Role> missing_signatures(const Value& minutes);

// Open while nobody has signed; signing once the chair or the secretary has
// signed (the text is fixed, the other signature awaited); frozen once both
// have.
enum class SealState { open, signing, frozen };
SealState seal_state(const Value& minutes);

// What may be done to minutes; which actions a signed record allows is the
// one table in signing.cpp: edit and decide only while open and never
// amended, sign until frozen, done always, amend only once frozen (an
// amendment's new version, signed by nobody yet, is neither edited nor
// amended again before both have signed it).
enum class Action { edit, decide, sign, done, amend };

// Throws Error (refused) when `action` is not allowed in the record's state.
void require_allowed(const Value& minutes, Action action);

// Records the signature of `role` by `name` on `today`: refused when frozen,
// when that role has signed, before the meeting, or when the record names
// another chair/secretary (an empty one is filled in). Every signature
// stores the digest of what has been signed so far (digest.h), so that the
// second signer signs the text the first one did: when the record carries a
// digest its content no longer matches (changed by hand after the first
// signature), Error (invalid_data). Returns the state after.
SealState sign(Value& minutes, Role role, const std::string& name, Date today);

}  // namespace pd
