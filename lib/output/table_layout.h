// Fitting a table to a terminal: which columns stay, how wide each is, and
// text cut short at a letter's boundary. Output to a pipe or a file is never
// fitted: only a terminal has a width.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output/rows.h"

namespace pd {

// How render_table() prints: for a terminal of `width` columns (nullopt: a
// pipe, a file or --wide, never cut), in colour or not.
struct TableStyle {
  std::optional<size_t> width;
  bool colour = false;
};

// The style render_table(rows) uses in this run. The command line sets it
// once, before any listing is printed (choose_output in cli/output_choice.h);
// until then it is the full table without colour, as for a pipe.
const TableStyle& table_style();
void set_table_style(const TableStyle& style);

// What the layout knows of a column: its natural width (the widest of its
// title and cells) and what Column says.
struct ColumnNeed {
  size_t natural = 0;
  int priority = 0;
  Shrink shrink = Shrink::no;
  size_t min_width = 0;
};

// The width each column gets so that the columns, two spaces apart, fit in
// `width`; nullopt for a column left out. In order: shrinkable columns are
// narrowed (the widest first) down to their minimum; then columns are left
// out, the highest priority first (the rightmost of equals), never one of
// priority 0; then shrinkable columns are narrowed further, to 3 columns at
// the least. A table that still does not fit keeps those widths.
std::vector<std::optional<size_t>> fit_columns(const std::vector<ColumnNeed>& columns,
                                               size_t width);

// `text` when it takes at most `width` columns, else its first letters
// (grapheme clusters: a letter with its combining marks stays whole) and
// "…", together no wider than `width`.
std::string truncated(std::string_view text, size_t width);

}  // namespace pd
