// Running another program (git) and reading what it prints.
#pragma once

#include <string>
#include <vector>

namespace pd {

struct ProcessResult {
  int exit_code = -1;  // -1 when the program could not be started
  std::string out;     // standard output
  std::string err;     // standard error
};

// Runs `argv` (argv[0] looked up in PATH) in `dir` with stdin from /dev/null,
// and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& dir);

}  // namespace pd
