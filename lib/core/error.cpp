#include "core/error.h"

#include <algorithm>

#include <fmt/format.h>

namespace pd {

std::string Diagnostic::str() const {
  if (pos.line <= 0) return fmt::format("{}: {}", file, message);
  return fmt::format("{}:{}:{}: {}", file, pos.line, pos.column, message);
}

static std::string join_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    if (!out.empty()) out += '\n';
    out += d.str();
  }
  return out;
}

DataError::DataError(std::vector<Diagnostic> diagnostics)
    : Error(ExitCode::invalid_data, join_diagnostics(diagnostics)),
      diagnostics_(std::move(diagnostics)) {}

std::vector<Diagnostic> first_problem_per_file(const std::vector<Diagnostic>& problems) {
  std::vector<Diagnostic> first;
  for (const auto& problem : problems)
    if (std::none_of(first.begin(), first.end(),
                     [&](const Diagnostic& seen) { return seen.file == problem.file; }))
      first.push_back(problem);
  return first;
}

}  // namespace pd
