#include "output/table_layout.h"

#include <algorithm>

#include "core/utf8.h"

namespace pd {

namespace {

constexpr size_t kGap = 2;        // spaces between two columns
constexpr size_t kNarrowest = 3;  // a shrunk column: two letters and "…"
constexpr std::string_view kEllipsis = "…";

TableStyle& run_style() {
  static TableStyle style;
  return style;
}

size_t total_width(const std::vector<std::optional<size_t>>& widths) {
  size_t total = 0, shown = 0;
  for (const auto& width : widths)
    if (width) total += *width, ++shown;
  return shown ? total + kGap * (shown - 1) : 0;
}

// Narrows the widest shrinkable column by one, while the table is wider than
// `width` and a column is wider than its floor (`floor_of`).
template <typename Floor>
void shrink(const std::vector<ColumnNeed>& columns, std::vector<std::optional<size_t>>& widths,
            size_t width, Floor floor_of) {
  while (total_width(widths) > width) {
    std::optional<size_t> widest;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (!widths[i] || columns[i].shrink == Shrink::no) continue;
      if (*widths[i] <= floor_of(columns[i])) continue;
      if (!widest || *widths[i] > *widths[*widest]) widest = i;
    }
    if (!widest) return;
    --*widths[*widest];
  }
}

// The column to leave out next: the highest priority, the rightmost of
// equals; none of priority 0.
std::optional<size_t> next_to_drop(const std::vector<ColumnNeed>& columns,
                                   const std::vector<std::optional<size_t>>& widths) {
  std::optional<size_t> chosen;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (!widths[i] || columns[i].priority <= 0) continue;
    if (!chosen || columns[i].priority >= columns[*chosen].priority) chosen = i;
  }
  return chosen;
}

}  // namespace

const TableStyle& table_style() {
  return run_style();
}

void set_table_style(const TableStyle& style) {
  run_style() = style;
}

std::vector<std::optional<size_t>> fit_columns(const std::vector<ColumnNeed>& columns,
                                               size_t width) {
  auto minimum = [](const ColumnNeed& c) { return std::min(c.natural, c.min_width); };
  auto narrowest = [](const ColumnNeed& c) { return std::min(c.natural, kNarrowest); };
  std::vector<bool> dropped(columns.size(), false);
  for (;;) {
    // From the natural widths each time: a column left out gives room back
    // to the ones shrunk before.
    std::vector<std::optional<size_t>> widths;
    for (size_t i = 0; i < columns.size(); ++i)
      widths.push_back(dropped[i] ? std::nullopt : std::optional(columns[i].natural));
    shrink(columns, widths, width, minimum);
    if (total_width(widths) <= width) return widths;
    auto drop = next_to_drop(columns, widths);
    if (!drop) {
      shrink(columns, widths, width, narrowest);
      return widths;
    }
    dropped[*drop] = true;
  }
}

std::string truncated(std::string_view text, size_t width) {
  if (utf8::display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::string out;
  size_t used = 0, room = width - utf8::display_width(kEllipsis);
  for (std::string_view cluster : utf8::graphemes(text)) {
    size_t cluster_width = utf8::cluster_width(cluster);
    if (used + cluster_width > room) break;
    out += cluster;
    used += cluster_width;
  }
  // No space before the ellipsis: "Расписание…", not "Расписание …".
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out + std::string(kEllipsis);
}

}  // namespace pd
