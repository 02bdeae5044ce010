// The append-only history of a record, and who is acting.
#pragma once

#include <filesystem>
#include <string>

#include "core/clock.h"
#include "store/value.h"

namespace pd {

// The actor chain (SPEC §4): `flag` (--by), else $PARENTDESK_USER, else
// `git config user.name` in the store, else $USER. Throws Error (usage) when
// all are empty.
std::string resolve_actor(const std::string& flag, const std::filesystem::path& store_root);

// Appends `{at, by, action}` to the record's `history`.
void append_history(Value& record, const Clock& clock, const std::string& actor,
                    const std::string& action);

}  // namespace pd
