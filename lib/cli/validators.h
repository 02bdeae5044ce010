// Checks of option values that speak the interface language (CLI11's own
// validators answer in English).
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace pd {

// A whole number from `min` to `max`: "--days: expected a whole number from
// 1 to 366, got 'x'".
CLI::Validator whole_number(long min, long max);

// One of the stored values of an enum (see output/enum_words.h), typed as
// the value or as its word in any interface language, ignoring case. Give it
// with `->transform(one_of("appeal kind"))`: the option then holds the
// stored value (CLI11's `check` would keep what was typed).
CLI::Validator one_of(std::string field);

// The enum field of an option given one_of() ("appeal kind"), so that shell
// completion offers its values; nothing for another option.
std::optional<std::string> one_of_field(CLI::Option& option);

// One line of text as a name or a subject is: valid UTF-8, no newline, tab
// or other control character, no bidirectional control (U+202E …) that
// could disguise it on screen.
CLI::Validator single_line();

}  // namespace pd
