#include "output/rows.h"

#include <fmt/format.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "output/table_layout.h"
#include "output/terminal_text.h"

namespace pd {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : ", ") + item;
  return out;
}

// A cell as CSV holds it: flags are the data words yes and no, fractions
// have a decimal point whatever the language, lists are joined.
std::string cell_text(const Cell& cell) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) return v;
        if constexpr (std::is_same_v<T, std::int64_t>) return std::to_string(v);
        if constexpr (std::is_same_v<T, bool>) return v ? "yes" : "no";
        if constexpr (std::is_same_v<T, double>) return fmt::format("{}", v);
        if constexpr (std::is_same_v<T, std::vector<std::string>>) return joined(v);
        return "";
      },
      cell);
}

// A text cell (or a list, which is text in CSV) is what a parent or a clerk
// typed and may start like a formula; a number, a flag or nothing cannot.
std::string csv_cell(const Cell& cell) {
  bool typed = std::holds_alternative<std::string>(cell) ||
               std::holds_alternative<std::vector<std::string>>(cell);
  return typed ? neutralised(cell_text(cell)) : cell_text(cell);
}

// A cell as a person reads it in a table: flags in the interface language.
std::string shown_text(const Cell& cell) {
  if (const bool* flag = std::get_if<bool>(&cell)) return *flag ? tr("yes") : tr("no");
  return cell_text(cell);
}

// A shrinkable column is cut no narrower than this (or its title) while
// another column can be left out instead.
constexpr size_t kDefaultMinWidth = 12;

// The SGR sequence that starts a row of `tone`: red, yellow, faint.
std::string_view sgr_of(Tone tone) {
  switch (tone) {
    case Tone::alert:
      return "\x1b[31m";
    case Tone::warn:
      return "\x1b[33m";
    case Tone::dim:
      return "\x1b[2m";
    case Tone::none:
      break;
  }
  return "";
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string neutralised(std::string text) {
  // OWASP's list: what Excel, LibreOffice and Google Sheets start a formula
  // (or a DDE call) with.
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
    text.insert(0, 1, '\'');
  return text;
}

Readers readers_of(OutputFormat format) {
  return format == OutputFormat::table || format == OutputFormat::markdown ? Readers::people
                                                                           : Readers::programs;
}

void set_fit(Rows& rows, std::string_view key, int priority, Shrink shrink, size_t min_width) {
  for (auto& column : rows.columns)
    if (column.key == key)
      column.priority = priority, column.shrink = shrink, column.min_width = min_width;
}

std::string render_table(const Rows& rows) {
  return render_table(rows, table_style());
}

std::string render_table(const Rows& rows, const TableStyle& style) {
  if (rows.rows.empty()) return {};
  size_t n = rows.columns.size();
  std::vector<std::vector<std::string>> cells;
  cells.emplace_back();
  for (size_t i = 0; i < n; ++i)
    cells.back().push_back(printable(rows.columns[i].title));
  for (const auto& row : rows.rows) {
    cells.emplace_back();
    for (size_t i = 0; i < n; ++i)
      cells.back().push_back(printable(shown_text(row[i])));
  }
  std::vector<ColumnNeed> needs(n);
  for (size_t i = 0; i < n; ++i) {
    const Column& column = rows.columns[i];
    for (const auto& line : cells)
      needs[i].natural = std::max(needs[i].natural, utf8::display_width(line[i]));
    needs[i].priority = column.priority;
    needs[i].shrink = column.shrink;
    // Cut no narrower than the title while a column can be left out.
    needs[i].min_width = std::max(column.min_width ? column.min_width : kDefaultMinWidth,
                                  utf8::display_width(cells.front()[i]));
  }
  std::vector<std::optional<size_t>> widths;
  if (style.width)
    widths = fit_columns(needs, *style.width);
  else
    for (const auto& need : needs)
      widths.emplace_back(need.natural);
  size_t last = n;  // the last column shown: no padding after it
  for (size_t i = 0; i < n; ++i)
    if (widths[i]) last = i;
  std::string out;
  for (size_t r = 0; r < cells.size(); ++r) {
    std::string text;
    for (size_t i = 0; i < n; ++i) {
      if (!widths[i]) continue;
      std::string cell = truncated(cells[r][i], *widths[i]);
      text += cell;
      if (i != last) text.append(*widths[i] - utf8::display_width(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    // The header (r == 0) has no tone.
    Tone tone = r > 0 && r - 1 < rows.tones.size() ? rows.tones[r - 1] : Tone::none;
    if (style.colour && tone != Tone::none && !text.empty())
      text = std::string(sgr_of(tone)) + text + "\x1b[0m";
    out += text + '\n';
  }
  return out;
}

std::string render_csv(const Rows& rows, bool bom) {
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  auto line = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ',';
      out += csv_field(fields[i]);
    }
    out += "\r\n";
  };
  std::vector<std::string> header;
  for (const auto& column : rows.columns)
    header.push_back(column.key);
  line(header);
  for (const auto& row : rows.rows) {
    std::vector<std::string> fields;
    for (const auto& cell : row)
      fields.push_back(csv_cell(cell));
    line(fields);
  }
  return out;
}

std::string render_markdown(const Rows& rows) {
  if (rows.rows.empty()) return {};
  auto line = [](const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& cell : cells) {
      std::string escaped;
      for (char c : cell)
        escaped += c == '|' ? std::string("\\|") : std::string(1, c);
      out += " " + escaped + " |";
    }
    return out + "\n";
  };
  std::vector<std::string> header, rule;
  for (const auto& column : rows.columns) {
    header.push_back(printable(column.title));
    rule.push_back("---");
  }
  std::string out = line(header) + line(rule);
  for (const auto& row : rows.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row)
      cells.push_back(printable(shown_text(cell)));
    out += line(cells);
  }
  return out;
}

std::string render(const Rows& rows, OutputFormat format, bool bom) {
  switch (format) {
    case OutputFormat::json:
      return render_json(rows);
    case OutputFormat::csv:
      return render_csv(rows, bom);
    case OutputFormat::markdown:
      return render_markdown(rows);
    case OutputFormat::table:
      break;
  }
  return render_table(rows);
}

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20)
          out += fmt::format("\\u{:04x}", c);
        else
          out += char(c);
    }
  }
  return out + "\"";
}

std::string render_json(const Rows& rows) {
  std::string out = "[";
  for (size_t r = 0; r < rows.rows.size(); ++r) {
    out += r ? ",\n  {" : "\n  {";
    for (size_t i = 0; i < rows.columns.size(); ++i) {
      if (i) out += ", ";
      out += json_quote(rows.columns[i].key) + ": ";
      const Cell& cell = rows.rows[r][i];
      if (std::holds_alternative<std::monostate>(cell))
        out += "null";
      else if (auto* s = std::get_if<std::string>(&cell))
        out += json_quote(*s);
      else if (auto* b = std::get_if<bool>(&cell))
        out += *b ? "true" : "false";
      else if (auto* list = std::get_if<std::vector<std::string>>(&cell)) {
        out += "[";
        for (size_t k = 0; k < list->size(); ++k)
          out += (k ? ", " : "") + json_quote((*list)[k]);
        out += "]";
      } else
        out += cell_text(cell);
    }
    out += "}";
  }
  out += rows.rows.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace pd
