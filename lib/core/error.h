// The one error type of parentdesk: a message with the exit code of SPEC §5.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace pd {

// Exit statuses shared by all commands (SPEC §5, "Exit status").
enum class ExitCode : int {
  ok = 0,
  problems = 1,      // the command ran and found problems (check, --exit-code)
  usage = 2,         // bad command line
  refused = 3,       // a rule refused the change
  not_found = 4,     // record or store not found, or ambiguous ID
  invalid_data = 5,  // invalid data in the store
  system = 6,        // I/O, lock or system failure
};

// A position in a file; line and column count from 1, 0 means "whole file".
struct Position {
  int line = 0;
  int column = 0;
};

// One finding about a file: rendered as `file:line:col: message`.
struct Diagnostic {
  std::string file;
  Position pos;
  std::string message;

  std::string str() const;
};

// The first problem of each file, in the order given: one line per file.
std::vector<Diagnostic> first_problem_per_file(const std::vector<Diagnostic>& problems);

// Thrown by the library, caught once by run_tool(); carries the exit code.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

// Invalid data found while reading records: every diagnostic is kept so a
// command can show them all; the message is the first.
class DataError : public Error {
 public:
  explicit DataError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace pd
