// How a reading command prints its result: the format --format chose among
// those the command offers, --bom for CSV, and on a terminal a table that
// fits its width (unless --wide) in colour (unless --no-color). Every
// command that offers csv declares --bom and --wide through add_bom_flag(),
// so the options read and behave alike everywhere (SPEC §6).
#pragma once

#include <CLI/CLI.hpp>

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

#include "cli/context.h"
#include "output/rows.h"
#include "output/table_layout.h"

namespace pd {

struct OutputChoice {
  OutputFormat format = OutputFormat::table;
  bool bom = false;  // with csv: a UTF-8 byte-order mark first

  // `rows` in the chosen format.
  std::string render(const Rows& rows) const { return pd::render(rows, format, bom); }
};

// Declares --bom and -w/--wide on `cmd`; --bom lands in the returned value,
// which the command's callback keeps, --wide where choose_output() finds it.
std::shared_ptr<bool> add_bom_flag(CLI::App* cmd);

// --format checked against `offered` (csv among them), and --bom refused with
// any format but csv: a JSON or a table with a byte-order mark is no JSON or
// table any more. Sets the run's table style (output/table_layout.h) for
// standard output as this_terminal() finds it.
OutputChoice choose_output(Context& ctx, std::initializer_list<OutputFormat> offered, bool bom);

// What decides how a table is printed, read from the process.
struct Terminal {
  bool is_tty = false;            // standard output is a terminal
  std::optional<size_t> columns;  // $COLUMNS when a number, else the terminal's
  bool no_color = false;          // $NO_COLOR is set and not empty (no-color.org)
  bool dumb = false;              // $TERM is dumb, empty or unset
};

// Standard output, $COLUMNS, $NO_COLOR and $TERM now.
Terminal this_terminal();

enum class Wide { no, yes };       // --wide: every column, nothing cut short
enum class ColorFlag { on, off };  // --no-color gives off

// A pipe or a file: the full table, no colour. A terminal: its width unless
// --wide (or no width is known); colour unless --no-color, $NO_COLOR or a
// dumb $TERM.
TableStyle table_style_for(const Terminal& terminal, Wide wide, ColorFlag color);

}  // namespace pd
