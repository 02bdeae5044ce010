// Signatures and freezing (SPEC M1): parent meetings need the chair's and the
// secretary's signatures; once both have signed, the minutes are frozen and
// only marking a decision done is allowed.
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

// Open until the chair and the secretary have both signed; frozen after.
enum class SealState { open, frozen };
SealState seal_state(const Value& minutes);

// What may be done to minutes; which actions a frozen record allows is the
// one table in signing.cpp.
enum class Action { edit, decide, sign, done };

// Throws Error (refused) when `action` is not allowed in the record's state.
void require_allowed(const Value& minutes, Action action);

// Records the signature of `role` by `name` on `today`: refused when frozen,
// when that role has signed, before the meeting, or when the record names
// another chair/secretary (an empty one is filled in). When the signature
// completes the pair, stores the digest; returns the state after.
SealState sign(Value& minutes, Role role, const std::string& name, Date today);

}  // namespace pd
