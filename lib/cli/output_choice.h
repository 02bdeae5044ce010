// How a reading command prints its result: the format --format chose among
// those the command offers, and --bom for CSV. Every command that offers csv
// declares --bom through add_bom_flag(), so the option reads and behaves
// alike everywhere (SPEC §6).
#pragma once

#include <CLI/CLI.hpp>

#include <initializer_list>
#include <memory>
#include <string>

#include "cli/context.h"
#include "output/rows.h"

namespace pd {

struct OutputChoice {
  OutputFormat format = OutputFormat::table;
  bool bom = false;  // with csv: a UTF-8 byte-order mark first

  // `rows` in the chosen format.
  std::string render(const Rows& rows) const { return pd::render(rows, format, bom); }
};

// Declares --bom on `cmd`; the flag lands in the returned value, which the
// command's callback keeps.
std::shared_ptr<bool> add_bom_flag(CLI::App* cmd);

// --format checked against `offered` (csv among them), and --bom refused with
// any format but csv: a JSON or a table with a byte-order mark is no JSON or
// table any more.
OutputChoice choose_output(Context& ctx, std::initializer_list<OutputFormat> offered, bool bom);

}  // namespace pd
