// output/rows: the aligned table, RFC 4180 CSV and JSON of every listing.
#include "output/rows.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using pd::Cell;
using pd::Rows;

namespace {

Rows appeals() {
  Rows rows;
  rows.columns = {{"id", "ID"}, {"class", "Класс"}, {"from", "От кого"}, {"days_late", "Дней"}};
  rows.rows.push_back({Cell(std::string("A-20261124-K7QM")), Cell(std::string("7Б")),
                       Cell(std::string("Әсем Ғалымқызы")), Cell(std::int64_t(3))});
  rows.rows.push_back({Cell(std::string("A-20261201-M0QA")), Cell(std::string("10А")),
                       Cell(std::string("Иванова")), Cell()});
  return rows;
}

}  // namespace

TEST_CASE("render_table aligns columns by display width, Cyrillic letters one each") {
  CHECK_EQ(pd::render_table(appeals()),
           "ID               Класс  От кого         Дней\n"
           "A-20261124-K7QM  7Б     Әсем Ғалымқызы  3\n"
           "A-20261201-M0QA  10А    Иванова\n");
}

TEST_CASE("render_table: flags, wide characters, control sequences") {
  Rows rows;
  rows.columns = {{"name", "Имя"}, {"signed", "Подписан"}, {"n", "N"}};
  rows.rows.push_back(
      {Cell(std::string("\x1b[31mКрасный\x1b[0m")), Cell(true), Cell(std::int64_t(-2))});
  rows.rows.push_back({Cell(std::string("学校")), Cell(false), Cell(std::int64_t(10))});
  rows.rows.push_back({Cell(std::string("две\nстроки")), Cell(), Cell()});
  CHECK_EQ(pd::render_table(rows),
           "Имя         Подписан  N\n"
           "Красный     yes       -2\n"
           "学校        no        10\n"
           "две строки\n");
}

TEST_CASE("render_table: nothing at all for no rows") {
  Rows rows;
  rows.columns = {{"id", "ID"}};
  CHECK_EQ(pd::render_table(rows), "");
}

TEST_CASE("render_csv: header of keys, CRLF line ends, quoting when needed") {
  Rows rows;
  rows.columns = {{"id", "ID"}, {"subject", "Тема"}, {"n", "N"}, {"ok", "OK"}, {"none", "-"}};
  rows.rows.push_back({Cell(std::string("A-20261124-K7QM")), Cell(std::string("Питание, столовая")),
                       Cell(std::int64_t(3)), Cell(true), Cell()});
  rows.rows.push_back({Cell(std::string("A-20261201-M0QA")), Cell(std::string("Он сказал \"нет\"")),
                       Cell(std::int64_t(-1)), Cell(false), Cell()});
  rows.rows.push_back({Cell(std::string("A-20261202-0000")), Cell(std::string("две\nстроки")),
                       Cell(std::int64_t(0)), Cell(true), Cell(std::string("a\rb"))});
  CHECK_EQ(pd::render_csv(rows),
           "id,subject,n,ok,none\r\n"
           "A-20261124-K7QM,\"Питание, столовая\",3,yes,\r\n"
           "A-20261201-M0QA,\"Он сказал \"\"нет\"\"\",-1,no,\r\n"
           "A-20261202-0000,\"две\nстроки\",0,yes,\"a\rb\"\r\n");
}

TEST_CASE("render_csv: a byte-order mark on request, a header even with no rows") {
  Rows rows;
  rows.columns = {{"id", "ID"}, {"from", "От кого"}};
  CHECK_EQ(pd::render_csv(rows), "id,from\r\n");
  CHECK_EQ(pd::render_csv(rows, true),
           "\xEF\xBB\xBF"
           "id,from\r\n");
  rows.rows.push_back({Cell(std::string("A-20261124-K7QM")), Cell(std::string("Әсем"))});
  CHECK_EQ(pd::render_csv(rows, true),
           "\xEF\xBB\xBF"
           "id,from\r\nA-20261124-K7QM,Әсем\r\n");
}

TEST_CASE("render_csv: text that starts like a formula gets a leading ', numbers never") {
  Rows rows;
  rows.columns = {{"text", "T"}, {"n", "N"}, {"share", "%"}, {"list", "L"}};
  for (std::string text :
       {"=HYPERLINK(\"http://x\",\"Нажми\")", "+7 701", "-5", "@SUM(1)", "\tтаб", "\rcr"})
    rows.rows.push_back({Cell(text), Cell(std::int64_t(-3)), Cell(-2.5),
                         Cell(std::vector<std::string>{text, "b"})});
  rows.rows.push_back({Cell(std::string("a=b")), Cell(std::int64_t(0)), Cell(80.4), Cell()});
  CHECK_EQ(pd::render_csv(rows),
           "text,n,share,list\r\n"
           "\"'=HYPERLINK(\"\"http://x\"\",\"\"Нажми\"\")\",-3,-2.5,"
           "\"'=HYPERLINK(\"\"http://x\"\",\"\"Нажми\"\"), b\"\r\n"
           "'+7 701,-3,-2.5,\"'+7 701, b\"\r\n"
           "'-5,-3,-2.5,\"'-5, b\"\r\n"
           "'@SUM(1),-3,-2.5,\"'@SUM(1), b\"\r\n"
           "'\tтаб,-3,-2.5,\"'\tтаб, b\"\r\n"
           "\"'\rcr\",-3,-2.5,\"'\rcr, b\"\r\n"
           "a=b,0,80.4,\r\n");
  CHECK_EQ(pd::neutralised("'=1"), "'=1");
  CHECK_EQ(pd::neutralised(""), "");
}

TEST_CASE("render_json: the true text, fractions as numbers, lists as arrays") {
  Rows rows;
  rows.columns = {{"text", "T"}, {"share", "%"}, {"list", "L"}, {"none", "-"}};
  rows.rows.push_back({Cell(std::string("=1+2")), Cell(80.4),
                       Cell(std::vector<std::string>{"omarova", "ivanova"}), Cell()});
  CHECK_EQ(pd::render_json(rows),
           "[\n  {\"text\": \"=1+2\", \"share\": 80.4, \"list\": [\"omarova\", \"ivanova\"], "
           "\"none\": null}\n]\n");
}

TEST_CASE("render_json: one object per line, with JSON types") {
  CHECK_EQ(pd::render_json(appeals()),
           "[\n"
           "  {\"id\": \"A-20261124-K7QM\", \"class\": \"7Б\", \"from\": \"Әсем Ғалымқызы\", "
           "\"days_late\": 3},\n"
           "  {\"id\": \"A-20261201-M0QA\", \"class\": \"10А\", \"from\": \"Иванова\", "
           "\"days_late\": null}\n"
           "]\n");

  Rows flags;
  flags.columns = {{"overdue", "Просрочено"}, {"n", "N"}};
  flags.rows.push_back({Cell(true), Cell(std::int64_t(-12))});
  flags.rows.push_back({Cell(false), Cell(std::int64_t(0))});
  CHECK_EQ(pd::render_json(flags),
           "[\n  {\"overdue\": true, \"n\": -12},\n  {\"overdue\": false, \"n\": 0}\n]\n");

  Rows empty;
  empty.columns = {{"id", "ID"}};
  CHECK_EQ(pd::render_json(empty), "[]\n");
}

TEST_CASE("render_json escapes strings; keys too") {
  Rows rows;
  rows.columns = {{"a\"b", "x"}};
  rows.rows.push_back({Cell(std::string("q\"b\\s\nn\tt\rr\x1b[31m\x01 Ә"))});
  CHECK_EQ(pd::render_json(rows),
           "[\n  {\"a\\\"b\": \"q\\\"b\\\\s\\nn\\tt\\rr\\u001b[31m\\u0001 Ә\"}\n]\n");
}

TEST_CASE("json_quote") {
  CHECK_EQ(pd::json_quote(""), "\"\"");
  CHECK_EQ(pd::json_quote("Школа № 27"), "\"Школа № 27\"");
  CHECK_EQ(pd::json_quote("\"\\"), "\"\\\"\\\\\"");
  CHECK_EQ(pd::json_quote("\n\t\r"), "\"\\n\\t\\r\"");
  CHECK_EQ(pd::json_quote(std::string_view("\0\x1f", 2)), "\"\\u0000\\u001f\"");
  CHECK_EQ(pd::json_quote("/"), "\"/\"");
}
