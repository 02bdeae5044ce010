// Record IDs: <T>-<yyyymmdd>-<XXXX>, the type letter, the creation date and
// four random Crockford base32 characters, so that two clones creating
// records offline do not pick the same file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace pd {

inline constexpr std::string_view kCrockfordAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr size_t kMinSuffix = 4;

// A new random ID for a record of type `prefix` created on `created`.
std::string new_record_id(char prefix, Date created);

// True when `id` has the form <prefix>-<yyyymmdd>-<XXXX> with a real date.
bool is_record_id(std::string_view id, char prefix);

// The IDs among `ids` that `suffix` names: those ending with it, compared
// case-insensitively (`k7qm` names A-20261124-K7QM). Crockford's readings of
// O as 0 and I, L as 1 are applied to the suffix.
std::vector<std::string> ids_matching(const std::vector<std::string>& ids, std::string_view suffix);

}  // namespace pd
