// The one way into every command (after git's run_builtin): common options,
// parsing, the single catch that turns errors into messages and exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "cli/context.h"

namespace pd {

// Declares the common options on `app`, lets `define` add the command's
// subcommands (whose callbacks do the work), parses and runs. Prints
// `<tool>: error: <message>` on failure and returns the exit code of SPEC §5:
// 2 for a bad command line, the error's own code otherwise, 6 when standard
// output could not be written.
int run_tool(const std::string& tool, const std::string& description, int argc, char** argv,
             const std::function<void(CLI::App&, Context&)>& define);

}  // namespace pd
