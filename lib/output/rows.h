// Tabular results and their three renderings: an aligned table for people,
// RFC 4180 CSV for spreadsheets, JSON for programs. Every listing of every
// command goes through here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "output/tone.h"

namespace pd {

enum class OutputFormat { table, json, csv, markdown };

// Who reads a rendering: people see words for the stored values (a table,
// Markdown), programs the stored values themselves (JSON, CSV).
enum class Readers { people, programs };

// Tables and Markdown are read by people; JSON and CSV by programs.
Readers readers_of(OutputFormat format);

// Whether a table on a narrow terminal may cut a column's text short with
// "…": free text (a subject, a detail, a name, a title) may; an ID, a date or
// a status may not.
enum class Shrink { no, yes };

struct Column {
  std::string key;    // the JSON key and CSV header
  std::string title;  // the table header
  // On a terminal too narrow for the table: 0 is never dropped, higher
  // numbers are dropped first (output/table_layout.h).
  int priority = 0;
  Shrink shrink = Shrink::no;
  size_t min_width = 0;  // with Shrink::yes: cut no narrower while a column can go
};

// A cell keeps its JSON type: text, a whole number, a flag, nothing (null), a
// fraction (a percentage: 80.4) or a list of texts (an array). Tables and CSV
// show a list joined with ", ".
using Cell =
    std::variant<std::monostate, std::string, std::int64_t, bool, double, std::vector<std::string>>;

struct Rows {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  // The tone of rows[i] (overdue, due soon, done) when i < tones.size(): data
  // set by the listing; only a table on a colour terminal shows it.
  std::vector<Tone> tones = {};
};

// How a table on a terminal may fit: the column `key` (if the rows have it)
// gets `priority`, `shrink` and `min_width` (see Column).
void set_fit(Rows& rows, std::string_view key, int priority, Shrink shrink = Shrink::no,
             size_t min_width = 0);

struct TableStyle;

// Columns aligned by display width (Cyrillic letters count one), text made
// printable; an empty string for no rows. On a terminal (`style.width`) the
// table fits the width: free text cut short with "…", the least important
// columns left out; `style.colour` shows the rows' tones.
std::string render_table(const Rows& rows, const TableStyle& style);
// As above in the style of this run (table_style(): the command line sets
// it; by default the full table without colour).
std::string render_table(const Rows& rows);
// RFC 4180: a header row (also for no rows), then one row per line, CRLF
// line ends; a field is quoted when it holds a comma, a quote, CR or LF.
// `bom` prepends a UTF-8 byte-order mark for spreadsheet programs. A text
// cell a spreadsheet would read as a formula (first character = + - @, tab
// or CR) gets a leading ' (OWASP); numbers, flags and dates are written as
// they are, and JSON always has the true value.
std::string render_csv(const Rows& rows, bool bom = false);

// `text` as a CSV cell must hold it so that no spreadsheet runs it: with a
// leading ' when it starts like a formula, else unchanged.
std::string neutralised(std::string text);
// An array of objects keyed by the columns' keys, one object per line.
std::string render_json(const Rows& rows);

// A Markdown (pipe) table, for a mail or a memo; `|` in cells escaped.
std::string render_markdown(const Rows& rows);

// The rows in `format` (table, json, csv or markdown); `bom` for csv.
std::string render(const Rows& rows, OutputFormat format, bool bom = false);

// JSON string literal for `text`.
std::string json_quote(std::string_view text);

}  // namespace pd
