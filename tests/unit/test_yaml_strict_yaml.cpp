// yaml/strict_yaml: YAML as parentdesk writes it, and nothing that yaml-cpp
// would silently misread (SPEC §4 "Strict reading").
#include "yaml/strict_yaml.h"

#include <doctest/doctest.h>

#include <string>

#include "core/error.h"

using pd::yaml::Node;
using pd::yaml::NodeKind;
using pd::yaml::parse_strict;
using pd::yaml::ScalarStyle;

namespace {

struct Refusal {
  int line = -1, column = -1;
  std::string message;
  size_t count = 0;
};

// The first diagnostic of the DataError that parse_strict throws.
Refusal refusal(std::string_view text) {
  try {
    parse_strict(text, "f.yaml");
  } catch (const pd::DataError& e) {
    REQUIRE_FALSE(e.diagnostics().empty());
    const auto& d = e.diagnostics()[0];
    CHECK_EQ(d.file, "f.yaml");
    CHECK_EQ(e.code(), pd::ExitCode::invalid_data);
    CHECK_EQ(std::string(e.what()), d.str());
    return {d.pos.line, d.pos.column, d.message, e.diagnostics().size()};
  }
  return {0, 0, "(accepted)", 0};
}

void check_refused(std::string_view text, int line, int column, const std::string& message) {
  Refusal r = refusal(text);
  CHECK_EQ(r.message, message);
  CHECK_EQ(r.line, line);
  CHECK_EQ(r.column, column);
  CHECK_EQ(r.count, 1u);
}

const std::string kConflict = "git conflict marker: resolve the merge conflict in this file first";
const std::string kSecondDocument =
    "a second YAML document: a record file holds exactly one document";
const std::string kEmpty = "empty file: expected a mapping of fields";
const std::string kUnterminated = "unterminated quoted string: a quoted value must end on its line";

}  // namespace

TEST_CASE("duplicate keys are refused at the second one") {
  check_refused("a: 1\nb: 2\na: 3\n", 3, 1, "duplicate key 'a' (first at line 1)");
  check_refused("a:\n  x: 1\n  y: 2\n  x: 3\n", 4, 3, "duplicate key 'x' (first at line 2)");
  check_refused("a: {x: 1, x: 2}\n", 1, 11, "duplicate key 'x' (first at line 1)");
  check_refused("a: 1\n\"a\": 2\n", 2, 1, "duplicate key 'a' (first at line 1)");
}

TEST_CASE("a quoted string must end on its line") {
  check_refused("a: \"abc\nb: 2\n", 1, 4, kUnterminated);
  check_refused("a: 1\nb: 'abc\nc: 3\n", 2, 4, kUnterminated);
  check_refused("a: \"x\\\"\n", 1, 4, kUnterminated);  // the quote is escaped
  check_refused("a: 'it''s\n", 1, 4, kUnterminated);   // '' is a quote inside
  check_refused("a: \"abc\n  def\"\n", 1, 4, kUnterminated);
}

TEST_CASE("NUL and other control characters are refused; tab is allowed") {
  check_refused(std::string_view("a: 1\nb: x\0y\n", 12), 2, 5,
                "control character U+0000 is not allowed");
  check_refused("a: x\x01y\n", 1, 5, "control character U+0001 is not allowed");
  check_refused("a: x\x1B[31my\n", 1, 5, "control character U+001B is not allowed");
  check_refused("a: x\x7Fy\n", 1, 5, "control character U+007F is not allowed");
  check_refused("a: x\xC2\x85y\n", 1, 5, "control character U+0085 is not allowed");
  check_refused("имя: Ж\x01\n", 1, 7, "control character U+0001 is not allowed");
  CHECK_EQ(parse_strict("a: x\ty\n", "f.yaml").find("a")->scalar, "x\ty");
}

TEST_CASE("carriage returns (CRLF line ends) are refused") {
  check_refused("a: 1\r\nb: 2\r\n", 1, 5, "carriage return: line ends must be LF, not CRLF");
  check_refused("a: 1\nb: x\ry\n", 2, 5, "carriage return: line ends must be LF, not CRLF");
}

TEST_CASE("one document only") {
  check_refused("a: 1\n---\nb: 2\n", 2, 1, kSecondDocument);
  check_refused("a: 1\n--- \nb: 2\n", 2, 1, kSecondDocument);
  check_refused("a: 1\n...\n", 2, 1, kSecondDocument);
  check_refused("...\na: 1\n", 1, 1, kSecondDocument);
  // A leading `---` (after comments) starts the one document.
  CHECK_EQ(parse_strict("---\na: 1\n", "f.yaml").find("a")->scalar, "1");
  CHECK_EQ(parse_strict("# c\n---\na: 1\n", "f.yaml").find("a")->scalar, "1");
}

TEST_CASE("invalid UTF-8 is refused at the bad byte") {
  check_refused("a: 1\nb: \xD0\n", 2, 4, "invalid UTF-8 byte 0xD0: save the file as UTF-8");
  check_refused("a: 1\nb: Ж\xFF\n", 2, 5, "invalid UTF-8 byte 0xFF: save the file as UTF-8");
  check_refused("a: \xC0\xAF\n", 1, 4, "invalid UTF-8 byte 0xC0: save the file as UTF-8");
  check_refused("a: \xED\xA0\x80\n", 1, 4, "invalid UTF-8 byte 0xED: save the file as UTF-8");
  // Latin-1 / Windows-1251 text saved by an old editor.
  check_refused("name: \xC8\xE2\xE0\xED\n", 1, 7,
                "invalid UTF-8 byte 0xC8: save the file as UTF-8");
}

TEST_CASE("a byte-order mark is refused") {
  check_refused(
      "\xEF\xBB\xBF"
      "a: 1\n",
      1, 1, "byte-order mark at the start of the file: save it as UTF-8 without BOM");
}

TEST_CASE("git conflict markers are refused") {
  check_refused("a: 1\n<<<<<<< HEAD\nb: 2\n", 2, 1, kConflict);
  check_refused("a: 1\n<<<<<<<\nb: 2\n", 2, 1, kConflict);
  check_refused("a: 1\n=======\nb: 2\n", 2, 1, kConflict);
  check_refused("a: 1\n>>>>>>> feature\n", 2, 1, kConflict);
  check_refused("a: 1\n||||||| base\n", 2, 1, kConflict);
  // The same characters inside a value, or not alone, are text.
  CHECK_EQ(parse_strict("a: <<<<<<< x\n", "f.yaml").find("a")->scalar, "<<<<<<< x");
  CHECK_EQ(parse_strict("t: |\n  =======\n", "f.yaml").find("t")->scalar, "=======\n");
}

TEST_CASE("anchors, aliases and tags are refused") {
  check_refused("a: &x 1\nb: 2\n", 1, 4, "anchors ('&name') are not allowed");
  check_refused("a: &x [1]\n", 1, 4, "anchors ('&name') are not allowed");
  check_refused("a: &x 1\nb: *x\n", 1, 4, "anchors ('&name') are not allowed");
  // An alias without its anchor fails in yaml-cpp itself: refused the same way.
  check_refused("a: 1\nb: *x\n", 2, 4, "aliases ('*name') are not allowed");
  check_refused("a: 1\nb: !!str 2\n", 2, 4, "tags ('!!str') are not allowed");
  check_refused("a: !custom 2\n", 1, 4, "tags ('!custom') are not allowed");
  check_refused("a: !!map {x: 1}\n", 1, 4, "tags ('!!map') are not allowed");
}

TEST_CASE("keys must be plain names") {
  check_refused("? [a, b]\n: 1\n", 1, 3, "a key must be a plain name");
  check_refused("{a: 1}: 2\n", 1, 1, "a key must be a plain name");
}

TEST_CASE("nesting deeper than 8 levels is refused") {
  // Eight mappings, the innermost holding a scalar: allowed.
  Node eight =
      parse_strict("a:\n b:\n  c:\n   d:\n    e:\n     f:\n      g:\n       h: 1\n", "f.yaml");
  CHECK_EQ(eight.find("a")
               ->find("b")
               ->find("c")
               ->find("d")
               ->find("e")
               ->find("f")
               ->find("g")
               ->find("h")
               ->scalar,
           "1");
  check_refused("a:\n b:\n  c:\n   d:\n    e:\n     f:\n      g:\n       h:\n        i: 1\n", 9, 9,
                "nesting deeper than 8 levels");
  // The root mapping and seven lists: the eighth `[` is one level too many.
  CHECK_NOTHROW(parse_strict("a: [[[[[[[1]]]]]]]\n", "f.yaml"));
  check_refused("a: [[[[[[[[1]]]]]]]]\n", 1, 11, "nesting deeper than 8 levels");
}

TEST_CASE("an empty file or one of comments only is refused") {
  check_refused("", 1, 1, kEmpty);
  check_refused("\n\n", 1, 1, kEmpty);
  check_refused("# just a comment\n  # another\n\n", 1, 1, kEmpty);
  // A lone `---` starts a document that holds nothing.
  check_refused("---\n", 1, 1, kEmpty);
  check_refused("# a comment\n---\n# another\n", 1, 1, kEmpty);
}

TEST_CASE("directives are refused") {
  check_refused("%YAML 1.2\n---\na: 1\n", 1, 1, "YAML directives are not allowed");
  check_refused("a: 1\n%TAG ! tag:x,2000:\n", 2, 1, "YAML directives are not allowed");
}

TEST_CASE("files over 1 MiB are refused as a whole") {
  std::string big = "a: " + std::string(pd::yaml::kMaxFileBytes, 'x') + "\n";
  check_refused(big, 0, 0, "file is larger than 1048576 bytes: not a parentdesk record");
}

TEST_CASE("syntax errors are reported with their position") {
  check_refused("a: [1, 2\nb: 3\n", 2, 2, "not valid YAML: end of sequence flow not found");
}

TEST_CASE("Cyrillic and Kazakh values are kept as written") {
  Node root = parse_strict(
      "name: Школа-лицей № 27 «Болашак»\nfrom: Әсем Ғалымқызы\nsubject: \"Тамақ: сапасы\"\n",
      "f.yaml");
  REQUIRE_EQ(root.kind, NodeKind::mapping);
  CHECK_EQ(root.find("name")->scalar, "Школа-лицей № 27 «Болашак»");
  CHECK_EQ(root.find("from")->scalar, "Әсем Ғалымқызы");
  CHECK_EQ(root.find("subject")->scalar, "Тамақ: сапасы");
  CHECK_EQ(root.find("subject")->style, ScalarStyle::quoted);
  CHECK_EQ(root.find("name")->style, ScalarStyle::plain);
  CHECK(root.find("missing") == nullptr);
}

TEST_CASE("a literal block keeps its text exactly") {
  Node root = parse_strict(
      "text: |\n  Добрый день.\n    С отступом.\n\n  # не комментарий\n  - не список\nnext: 1\n",
      "f.yaml");
  const Node* text = root.find("text");
  REQUIRE(text);
  CHECK_EQ(text->kind, NodeKind::scalar);
  CHECK_EQ(text->style, ScalarStyle::block);
  CHECK_EQ(text->scalar, "Добрый день.\n  С отступом.\n\n# не комментарий\n- не список\n");

  CHECK_EQ(parse_strict("t: |-\n  a\n  b\n", "f.yaml").find("t")->scalar, "a\nb");
  CHECK_EQ(parse_strict("t: |+\n  a\n\n\n", "f.yaml").find("t")->scalar, "a\n\n\n");
  CHECK_EQ(parse_strict("t: |2\n    a\n  b\n", "f.yaml").find("t")->scalar, "  a\nb\n");
}

TEST_CASE("flow maps and lists") {
  Node root = parse_strict(
      "roles: [class_teacher, teacher]\nreception: {days: [tue, thu], from: "
      "\"15:30\", to: \"17:00\"}\nempty: []\n",
      "f.yaml");
  const Node* roles = root.find("roles");
  REQUIRE(roles);
  CHECK_EQ(roles->kind, NodeKind::sequence);
  CHECK(roles->flow);
  REQUIRE_EQ(roles->items.size(), 2u);
  CHECK_EQ(roles->items[0].scalar, "class_teacher");
  CHECK_EQ(roles->items[1].scalar, "teacher");

  const Node* reception = root.find("reception");
  REQUIRE(reception);
  CHECK_EQ(reception->kind, NodeKind::mapping);
  CHECK(reception->flow);
  REQUIRE_EQ(reception->entries.size(), 3u);
  CHECK_EQ(reception->entries[0].key, "days");
  CHECK_EQ(reception->entries[1].key, "from");
  CHECK_EQ(reception->entries[2].key, "to");
  CHECK_EQ(reception->find("from")->scalar, "15:30");
  CHECK_EQ(reception->find("from")->style, ScalarStyle::quoted);
  CHECK_EQ(reception->find("days")->items.size(), 2u);

  CHECK_EQ(root.find("empty")->kind, NodeKind::sequence);
  CHECK(root.find("empty")->items.empty());
  CHECK_FALSE(root.flow);
}

TEST_CASE("block lists of mappings keep file order") {
  Node root = parse_strict(
      "history:\n  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n  - at: x\n    by: y\n",
      "f.yaml");
  const Node* history = root.find("history");
  REQUIRE(history);
  CHECK_EQ(history->kind, NodeKind::sequence);
  CHECK_FALSE(history->flow);
  REQUIRE_EQ(history->items.size(), 2u);
  CHECK_EQ(history->items[0].find("at")->scalar, "2026-11-24T15:30:00+05:00");
  CHECK_EQ(history->items[1].find("by")->scalar, "y");
  CHECK_EQ(history->items[1].pos.line, 4);
  CHECK_EQ(history->items[1].pos.column, 5);
}

TEST_CASE("null values: empty, ~ and null, but not quoted ones") {
  Node root = parse_strict("a:\nb: ~\nc: null\nd: \"\"\ne: 'null'\n", "f.yaml");
  CHECK_EQ(root.find("a")->kind, NodeKind::null);
  CHECK_EQ(root.find("b")->kind, NodeKind::null);
  CHECK_EQ(root.find("c")->kind, NodeKind::null);
  CHECK_EQ(root.find("d")->kind, NodeKind::scalar);
  CHECK_EQ(root.find("d")->scalar, "");
  CHECK_EQ(root.find("e")->kind, NodeKind::scalar);
  CHECK_EQ(root.find("e")->scalar, "null");
}

TEST_CASE("positions count lines and characters (not bytes) from 1") {
  Node root = parse_strict("имя: Иван\nфамилия: Петров\nкласс: 7Б\nроли: [a, b]\n", "f.yaml");
  REQUIRE_EQ(root.entries.size(), 4u);
  CHECK_EQ(root.pos.line, 1);
  CHECK_EQ(root.pos.column, 1);

  const auto& klass = root.entries[2];
  CHECK_EQ(klass.key, "класс");
  CHECK_EQ(klass.key_pos.line, 3);
  CHECK_EQ(klass.key_pos.column, 1);
  CHECK_EQ(klass.value.pos.line, 3);
  CHECK_EQ(klass.value.pos.column, 8);  // "класс: " is 7 characters (12 bytes)

  CHECK_EQ(root.entries[1].value.pos.line, 2);
  CHECK_EQ(root.entries[1].value.pos.column, 10);

  const Node& roles = root.entries[3].value;
  CHECK_EQ(roles.pos.column, 7);
  CHECK_EQ(roles.items[1].pos.line, 4);
  CHECK_EQ(roles.items[1].pos.column, 11);

  // The error position of a refusal counts characters too.
  check_refused("имя: 1\nфамилия: Петров\nфамилия: x\n", 3, 1,
                "duplicate key 'фамилия' (first at line 2)");
  check_refused("класс: \"7Б\nx: 1\n", 1, 8, kUnterminated);
}

TEST_CASE("the root may be any node; validation decides what it must be") {
  CHECK_EQ(parse_strict("just text\n", "f.yaml").kind, NodeKind::scalar);
  CHECK_EQ(parse_strict("- a\n- b\n", "f.yaml").kind, NodeKind::sequence);
}

// Escapes in double-quoted strings would put into values the characters the
// loader refuses as bytes: `"\0"`, `"\r"`, `"\e"`, `"\u0001"`, and `"\N"`
// even yields a lone byte 0x85 (invalid UTF-8).
TEST_CASE("control characters written as escapes are refused too") {
  for (std::string_view text :
       {"a: \"x\\0y\"\n", "a: \"x\\x00y\"\n", "a: \"x\\ry\"\n", "a: \"x\\e[31my\"\n",
        "a: \"x\\u0001y\"\n", "a: \"x\\u0085y\"\n", "a: \"x\\Ny\"\n"}) {
    CAPTURE(text);
    CHECK_THROWS_AS(parse_strict(text, "f.yaml"), pd::DataError);
  }
}
