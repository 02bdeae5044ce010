// Suggestions for mistyped names: "unknown field 'lnag' (did you mean 'lang'?)".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd {

// The candidate closest to `word` by edit distance, when close enough to be
// a likely typo (at most a third of the word's length, at least 1, at most 3).
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace pd
