// output/table_layout and the width of text: a table that fits a terminal,
// cut at a letter's boundary, the least important columns left out first.
#include "output/table_layout.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "cli/output_choice.h"
#include "core/utf8.h"
#include "output/rows.h"

using pd::Cell;
using pd::ColumnNeed;
using pd::Rows;
using pd::Shrink;
using pd::TableStyle;
namespace utf8 = pd::utf8;

namespace {

Cell text(const char* value) {
  return Cell(std::string(value));
}

// Three appeals as `appeal list` shows them, in short.
Rows appeals() {
  Rows rows;
  rows.columns = {{"id", "ID"},
                  {"due", "Срок"},
                  {"lang", "Яз", 2},
                  {"class", "Класс", 1},
                  {"subject", "Тема", 0, Shrink::yes, 16}};
  rows.rows.push_back({text("A-1"), text("2026-11-25"), text("ru"), text("7Б"),
                       text("Расписание дополнительных занятий")});
  rows.rows.push_back(
      {text("A-2"), text("2026-11-30"), text("kk"), text("10А"), text("Мектеп формасы")});
  rows.rows.push_back({text("A-3"), text("2026-12-02"), Cell(), Cell(), text("Питание")});
  rows.tones = {pd::Tone::alert, pd::Tone::warn, pd::Tone::dim};
  return rows;
}

size_t widest_line(const std::string& table) {
  size_t widest = 0, start = 0;
  while (start < table.size()) {
    size_t end = table.find('\n', start);
    widest = std::max(widest, utf8::display_width(table.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

}  // namespace

TEST_CASE("display width: Latin, Cyrillic and Kazakh letters take one column") {
  CHECK_EQ(utf8::display_width("Parent"), 6u);
  CHECK_EQ(utf8::display_width("Родитель"), 8u);
  CHECK_EQ(utf8::display_width("әғқңөұүһі"), 9u);
  CHECK_EQ(utf8::display_width("ӘҒҚҢӨҰҮҺІ"), 9u);
  CHECK_EQ(utf8::display_width("Ата-ана жиналысы"), 16u);
}

TEST_CASE("display width: a combining sequence is one letter, wide characters two") {
  CHECK_EQ(utf8::display_width("е\xCC\x81"), 1u);          // е + U+0301
  CHECK_EQ(utf8::display_width("и\xCC\x86\xCC\x81"), 1u);  // и + two marks
  CHECK_EQ(utf8::display_width("学校"), 4u);
  CHECK_EQ(utf8::display_width("\xF0\x9F\x98\x80"), 2u);  // U+1F600
  // A family emoji joined by U+200D is one cluster of two columns.
  CHECK_EQ(utf8::display_width("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"), 2u);
  CHECK_EQ(utf8::graphemes("е\xCC\x81ж").size(), 2u);
}

TEST_CASE("truncated: at most the width, \"…\" last, never inside a cluster") {
  CHECK_EQ(pd::truncated("Питание", 7), "Питание");
  CHECK_EQ(pd::truncated("Питание", 6), "Питан…");
  CHECK_EQ(pd::truncated("Қайрат Ержанұлы", 8), "Қайрат…");  // no space before "…"
  CHECK_EQ(pd::truncated("Әсем", 1), "…");
  // е + U+0301 stays whole: either both or neither.
  CHECK_EQ(pd::truncated("ве\xCC\x81сна", 3), "ве\xCC\x81…");
  CHECK_EQ(pd::truncated("ве\xCC\x81сна", 2), "в…");
  // A wide character that would cross the width is left out entirely.
  CHECK_EQ(pd::truncated("a学校", 4), "a学…");
  CHECK_EQ(pd::truncated("a学校", 3), "a…");
  for (size_t width = 1; width < 12; ++width) {
    std::string cut = pd::truncated("Ұлан Әли\xCC\x81 学校 \xF0\x9F\x98\x80", width);
    CHECK_LE(utf8::display_width(cut), width);
    CHECK_NE(cut.find("…"), std::string::npos);
  }
}

TEST_CASE("fit_columns: shrinks free text first, then leaves out by priority") {
  std::vector<ColumnNeed> columns = {{10, 0, Shrink::no, 0},
                                     {4, 2, Shrink::no, 0},
                                     {6, 1, Shrink::no, 0},
                                     {30, 0, Shrink::yes, 10}};
  // All fits: natural widths.
  auto all = pd::fit_columns(columns, 200);
  CHECK_EQ(all, std::vector<std::optional<size_t>>{10, 4, 6, 30});
  // 10+4+6+30 + 3 gaps of 2 = 56; at 40 the text shrinks to 14.
  CHECK_EQ(pd::fit_columns(columns, 40), std::vector<std::optional<size_t>>{10, 4, 6, 14});
  // At 30 the text would go below 10: priority 2 leaves first, the text
  // grows back to what remains.
  CHECK_EQ(pd::fit_columns(columns, 30),
           std::vector<std::optional<size_t>>{10, std::nullopt, 6, 10});
  CHECK_EQ(pd::fit_columns(columns, 28),
           std::vector<std::optional<size_t>>{10, std::nullopt, std::nullopt, 16});
  // Nothing more to leave out: the text shrinks to 3 at the least.
  CHECK_EQ(pd::fit_columns(columns, 16),
           std::vector<std::optional<size_t>>{10, std::nullopt, std::nullopt, 4});
  CHECK_EQ(pd::fit_columns(columns, 5),
           std::vector<std::optional<size_t>>{10, std::nullopt, std::nullopt, 3});
}

TEST_CASE("fit_columns: of equal priority the rightmost leaves first") {
  std::vector<ColumnNeed> columns = {
      {10, 0, Shrink::no, 0}, {5, 1, Shrink::no, 0}, {5, 1, Shrink::no, 0}};
  CHECK_EQ(pd::fit_columns(columns, 17), std::vector<std::optional<size_t>>{10, 5, std::nullopt});
}

TEST_CASE("render_table at width 40: the subject cut, the language left out") {
  TableStyle style{40, false};
  std::string table = pd::render_table(appeals(), style);
  CHECK_EQ(table,
           "ID   Срок        Класс  Тема\n"
           "A-1  2026-11-25  7Б     Расписание допо…\n"
           "A-2  2026-11-30  10А    Мектеп формасы\n"
           "A-3  2026-12-02" +
               std::string(9, ' ') + "Питание\n");
  CHECK_LE(widest_line(table), 40u);
}

TEST_CASE("render_table: a pipe gets everything, a colour terminal the tones") {
  CHECK_EQ(pd::render_table(appeals(), TableStyle{}),
           "ID   Срок        Яз  Класс  Тема\n"
           "A-1  2026-11-25  ru  7Б     Расписание дополнительных занятий\n"
           "A-2  2026-11-30  kk  10А    Мектеп формасы\n"
           "A-3  2026-12-02" +
               std::string(13, ' ') + "Питание\n");
  CHECK_EQ(pd::render_table(appeals(), TableStyle{std::nullopt, true}),
           "ID   Срок        Яз  Класс  Тема\n"
           "\x1b[31mA-1  2026-11-25  ru  7Б     Расписание дополнительных занятий\x1b[0m\n"
           "\x1b[33mA-2  2026-11-30  kk  10А    Мектеп формасы\x1b[0m\n"
           "\x1b[2mA-3  2026-12-02" +
               std::string(13, ' ') + "Питание\x1b[0m\n");
  // The run's style is the pipe's until the command line sets another.
  CHECK_EQ(pd::render_table(appeals()), pd::render_table(appeals(), TableStyle{}));
}

TEST_CASE("table_style_for: only a terminal is fitted and coloured") {
  pd::Terminal pipe{false, 80, false, false};
  TableStyle piped = pd::table_style_for(pipe, pd::Wide::no, pd::ColorFlag::on);
  CHECK_FALSE(piped.width);
  CHECK_FALSE(piped.colour);
  pd::Terminal tty{true, 80, false, false};
  TableStyle shown = pd::table_style_for(tty, pd::Wide::no, pd::ColorFlag::on);
  CHECK_EQ(shown.width, std::optional<size_t>(80));
  CHECK(shown.colour);
  CHECK_FALSE(pd::table_style_for(tty, pd::Wide::yes, pd::ColorFlag::on).width);
  CHECK_FALSE(pd::table_style_for(tty, pd::Wide::no, pd::ColorFlag::off).colour);
  CHECK_FALSE(pd::table_style_for({true, 80, true, false}, pd::Wide::no, pd::ColorFlag::on).colour);
  CHECK_FALSE(pd::table_style_for({true, 80, false, true}, pd::Wide::no, pd::ColorFlag::on).colour);
}
