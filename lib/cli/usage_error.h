// CLI11's parse errors as parentdesk's messages, in the interface language,
// with a suggestion for a mistyped subcommand or option.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace pd {

// The message for a command line `app` refused: "unknown subcommand 'lst'
// (did you mean 'list'?)", "unknown option '--stauts' (did you mean
// '--status'?)", "missing ID", "--days: expected a whole number …".
std::string usage_message(const CLI::ParseError& error, const CLI::App& app);

}  // namespace pd
