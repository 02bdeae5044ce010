// Every user-facing message passes through tr(): English now, Russian and
// Kazakh catalogues later, chosen by the locale.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace pd {

// The message in the user's language (the English text is the key).
std::string tr(std::string_view english);

// tr() then fmt::format: `msg("no store found in '{}'", dir)`.
template <typename... Args>
std::string msg(std::string_view english, Args&&... args) {
  return fmt::vformat(tr(english), fmt::make_format_args(args...));
}

// "1 problem", "3 problems": a count with its noun; the catalogue will know
// the plural rules of Russian and Kazakh.
std::string count_of(size_t n, std::string_view singular, std::string_view plural);

}  // namespace pd
