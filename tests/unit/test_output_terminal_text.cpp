// output/terminal_text: record text must not move the cursor, change
// colours or retitle the terminal.
#include "output/terminal_text.h"

#include <doctest/doctest.h>

#include <string>

using pd::printable;

TEST_CASE("printable keeps ordinary text, Cyrillic and Kazakh included") {
  CHECK_EQ(printable(""), "");
  CHECK_EQ(printable("Иванова Анна"), "Иванова Анна");
  CHECK_EQ(printable("Әсем Ғалымқызы, 7Б «Болашак» 学校"), "Әсем Ғалымқызы, 7Б «Болашак» 学校");
}

TEST_CASE("printable removes CSI sequences (colours, cursor movement)") {
  CHECK_EQ(printable("\x1b[31mКрасный\x1b[0m"), "Красный");
  CHECK_EQ(printable("a\x1b[2J\x1b[Hb"), "ab");
  CHECK_EQ(printable("a\x1b[1;31;40mb"), "ab");
  CHECK_EQ(printable("a\x1b[?25lb"), "ab");
  CHECK_EQ(printable("end\x1b[31"), "end");  // cut short at the end
  CHECK_EQ(printable("a\xC2\x9B"
                     "31mb"),
           "ab");  // C1 CSI, U+009B
}

TEST_CASE("printable removes OSC sequences (window title, hyperlinks)") {
  CHECK_EQ(printable("\x1b]0;title\x07"
                     "after"),
           "after");
  CHECK_EQ(printable("a\x1b]0;Заголовок\x1b\\b"), "ab");  // ended by ST
  CHECK_EQ(printable("\x1b]8;;http://x\x07link\x1b]8;;\x07"), "link");
  CHECK_EQ(printable("a\x1b]0;never ended"), "a");
}

TEST_CASE("printable removes other ESC sequences and control characters") {
  CHECK_EQ(printable("a\x1b"
                     "cb"),
           "ab");  // ESC c: reset the terminal
  CHECK_EQ(printable("a\x1b"), "a");
  CHECK_EQ(printable("a\x07\x08\rb\x7f\x0c"
                     "c"),
           "abc");
  CHECK_EQ(printable(std::string_view("a\0b", 3)), "ab");
  CHECK_EQ(printable("a\xC2\x85"
                     "b"),
           "ab");  // U+0085, a C1 control
}

TEST_CASE("printable: tab and newline become spaces, unless newlines are kept") {
  CHECK_EQ(printable("a\tb\nc"), "a b c");
  CHECK_EQ(printable("a\tb\nc", true), "a b\nc");
  CHECK_EQ(printable("строка 1\nстрока 2\n", true), "строка 1\nстрока 2\n");
  CHECK_EQ(printable("a\r\nb", true), "a\nb");
}

TEST_CASE("printable replaces bytes that are not UTF-8") {
  CHECK_EQ(printable("a\xFF"
                     "b"),
           "a\xEF\xBF\xBD"
           "b");
  CHECK_EQ(printable("\xD0"), "\xEF\xBF\xBD");
}
