// store/canonical: the one form parentdesk writes; reading a record and
// writing it back gives the same bytes (SPEC §4 "Canonical YAML").
#include "store/canonical.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/schema.h"
#include "store/validate.h"
#include "test_support.h"
#include "yaml/strict_yaml.h"

using pd::Value;
using pd::yaml_scalar;

namespace {

Value read(std::string_view type, const std::string& text) {
  std::vector<pd::Diagnostic> problems;
  Value value = pd::validate(pd::yaml::parse_strict(text, "f.yaml"), pd::schema_for(type), "f.yaml",
                             problems);
  std::string all;
  for (const auto& d : problems)
    all += d.str() + "\n";
  CHECK_EQ(all, "");
  return value;
}

// parse_strict -> validate -> to_canonical_yaml gives back `text`.
void check_round_trip(std::string_view type, const std::string& text) {
  CAPTURE(text);
  CHECK_EQ(pd::to_canonical_yaml(read(type, text), pd::schema_for(type)), text);
}

const std::string kAppealHead =
    "id: A-20261124-K7QM\nstatus: received\nkind: complaint\nchannel: email\nlang: ru\n"
    "received: 2026-11-24\nfrom: Иванова Анна Петровна\n";
const std::string kAppealTail =
    "due: 2026-12-09\nhistory:\n  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n"
    "    action: received\n";

// An appeal whose subject and text lines are `middle`.
std::string appeal(const std::string& middle) {
  return kAppealHead + middle + kAppealTail;
}

// The text of an appeal read from `middle`.
std::string text_of(const std::string& middle) {
  return std::string(read("appeal", appeal(middle)).text("text"));
}

}  // namespace

TEST_CASE("a staff record with Kazakh and Russian text and flow lists") {
  check_round_trip(
      "staff",
      "id: zhumabekova\nname: Жұмабекова Әсем Ғалымқызы\nroles: [deputy, teacher]\n"
      "area: Тәрбие ісі\nemail: a.zhumabekova@school27.kz\nphone: +7 727 000 00 00\n"
      "room: \"204\"\nreception: {days: [tue, thu], from: \"15:30\", to: \"16:30\"}\n");
  check_round_trip("staff", "id: ivanova\nname: Иванова Ольга\nroles: [class_teacher]\n");
  check_round_trip("staff", "id: ivanova\nname: Иванова Ольга\nroles: []\n");
}

TEST_CASE("a class record with numbers") {
  check_round_trip("class", "id: 7B\nname: 7Б\nteacher: ivanova\nstudents: 24\nparents: 41\n");
  check_round_trip("class", "id: 10A\nname: 10А\nstudents: 0\n");
}

TEST_CASE("an appeal with its history list of objects") {
  check_round_trip("appeal", kAppealHead +
                                 "contact: +7 701 000 00 00\nstudent: Иванов Пётр\nclass: 7B\n" +
                                 "subject: Питание в столовой\nroute: administration\nassignee: "
                                 "omarova\n" +
                                 "due: 2026-12-09\nrepeat_of: A-20261101-ABCD\nhistory:\n" +
                                 "  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n" +
                                 "    action: received\n" +
                                 "  - at: 2026-11-25T09:00:00+05:00\n    by: Омарова А.\n" +
                                 "    action: \"assigned: omarova\"\n");
  check_round_trip("appeal", appeal("subject: Питание\n"));
}

TEST_CASE("multi-line text as literal blocks, keeping every newline") {
  // Ending with one newline: plain `|`.
  check_round_trip("appeal", appeal("subject: Питание\ntext: |\n  Добрый день.\n  Прошу "
                                    "проверить.\n"));
  CHECK_EQ(text_of("subject: S\ntext: |\n  a\n  b\n"), "a\nb\n");
  // Without a final newline: `|-`.
  check_round_trip("appeal", appeal("subject: S\ntext: |-\n  Добрый день.\n  Прошу.\n"));
  CHECK_EQ(text_of("subject: S\ntext: |-\n  a\n  b\n"), "a\nb");
  // With two final newlines: `|+`.
  check_round_trip("appeal", appeal("subject: S\ntext: |+\n  Добрый день.\n  Прошу.\n\n"));
  CHECK_EQ(text_of("subject: S\ntext: |+\n  a\n  b\n\n"), "a\nb\n\n");
  check_round_trip("appeal", appeal("subject: S\ntext: |+\n  a\n\n\n\n"));
  // A first line that starts with spaces: an indentation indicator.
  check_round_trip("appeal", appeal("subject: S\ntext: |2\n    Отступ.\n  Дальше.\n"));
  CHECK_EQ(text_of("subject: S\ntext: |2\n    a\n  b\n"), "  a\nb\n");
  check_round_trip("appeal", appeal("subject: S\ntext: |2-\n    a\n  b\n"));
  check_round_trip("appeal", appeal("subject: S\ntext: |2+\n    a\n  b\n\n"));
  check_round_trip("appeal", appeal("subject: S\ntext: |2\n\n    a\n"));
  // Empty lines inside, and a first line that is empty.
  check_round_trip("appeal", appeal("subject: S\ntext: |\n  a\n\n  b\n\n\n  c\n"));
  check_round_trip("appeal", appeal("subject: S\ntext: |\n\n  a\n"));
  // Lines of spaces, trailing spaces, tabs and YAML-looking lines are text.
  check_round_trip("appeal", appeal("subject: S\ntext: |\n  a\n     \n  b\n"));
  check_round_trip("appeal", appeal("subject: S\ntext: |-\n  abc\n    \n"));
  check_round_trip("appeal", appeal("subject: S\ntext: |-\n  a  \n  b  \n"));
  check_round_trip("appeal", appeal("subject: S\ntext: |\n  \tтаб\n  b\n"));
  check_round_trip("appeal",
                   appeal("subject: S\ntext: |\n  # не комментарий\n  - не список\n  key: value\n"
                          "  ---\n  \"quoted\"\n"));
  // One line of text stays on the key's line.
  check_round_trip("appeal", appeal("subject: S\ntext: Одна строка\n"));
  check_round_trip("appeal", appeal("subject: S\ntext: \"\"\n"));
}

TEST_CASE("strings that another reader would take for something else are quoted") {
  for (std::string subject : {"\"123\"",
                              "\"-5\"",
                              "\"+1\"",
                              "\"1.5\"",
                              "\"1e3\"",
                              "\".5\"",
                              "\"0x1F\"",
                              "\"0o17\"",
                              "\"0b101\"",
                              "\"1_000\"",
                              "\"12:30:45\"",
                              "\".inf\"",
                              "\"-.inf\"",
                              "\".NaN\"",
                              "\"true\"",
                              "\"False\"",
                              "\"yes\"",
                              "\"No\"",
                              "\"on\"",
                              "\"OFF\"",
                              "\"y\"",
                              "\"N\"",
                              "\"null\"",
                              "\"Null\"",
                              "\"~\"",
                              "\"2026-11-24\"",
                              "\"2026-1-2\"",
                              "\"2026-11-24T15:30\"",
                              "\"2026-11-24 10:00\""}) {
    check_round_trip("appeal", appeal("subject: " + subject + "\n"));
  }
}

TEST_CASE("strings starting with an indicator are quoted") {
  for (std::string subject :
       {"\"- список\"", "\"-\"", "\"# тема\"", "\"\\\"Кавычки\\\" в начале\"", "\"'одинарные'\"",
        "\"[7Б]\"", "\"{7Б}\"", "\"@school\"", "\"*важно*\"", "\"&amp\"", "\"!срочно\"", "\"|\"",
        "\"> цитата\"", "\"%\"", "\"?x\"", "\",x\"", "\":x\"", "\"`x`\""}) {
    check_round_trip("appeal", appeal("subject: " + subject + "\n"));
  }
}

TEST_CASE("strings with `: `, ` #`, a final `:` or outer spaces are quoted") {
  for (std::string subject : {"\"Тема: питание\"", "\"Питание #2\"", "\"Питание:\"",
                              "\"пробел в конце \"", "\" пробел в начале\"", "\"tab\\tinside\""}) {
    check_round_trip("appeal", appeal("subject: " + subject + "\n"));
  }
}

TEST_CASE("strings that are unambiguous stay plain") {
  for (std::string subject : {"Питание", "7Б", "1a", "C#", "a:b", "it's", "a \"b\" c", "a  b",
                              "... и т.д.", "Вопрос? Ответ!", "a, b", "100%", "=", "back\\slash",
                              "yes please", "2026 год", "«Болашак»"}) {
    check_round_trip("appeal", appeal("subject: " + subject + "\n"));
  }
}

TEST_CASE("times are quoted, dates and timestamps are not") {
  check_round_trip("staff",
                   "id: omarova\nname: Омарова Айгуль\nroles: [coordinator]\n"
                   "reception: {days: [mon, fri], from: \"09:00\", to: \"10:30\"}\n"
                   "history:\n  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n"
                   "    action: created\n  - at: 2026-11-25T06:00:00Z\n    by: cron\n"
                   "    action: checked\n");
  // An unquoted time or a quoted date is read, and written canonically.
  CHECK_EQ(pd::to_canonical_yaml(read("staff",
                                      "id: omarova\nname: X\nroles: []\n"
                                      "reception: {days: [mon], from: 09:00, to: "
                                      "\"10:30\"}\n"),
                                 pd::schema_for("staff")),
           "id: omarova\nname: X\nroles: []\nreception: {days: [mon], from: \"09:00\", to: "
           "\"10:30\"}\n");
  CHECK_EQ(pd::to_canonical_yaml(read("appeal", kAppealHead + "subject: S\ndue: \"2026-12-09\"\n"
                                                              "history: []\n"),
                                 pd::schema_for("appeal")),
           kAppealHead + "subject: S\ndue: 2026-12-09\nhistory: []\n");
}

TEST_CASE("a record built in memory is written in schema order") {
  Value record;
  record.set("history", pd::List{});
  record.set("roles", pd::List{Value("teacher"), Value("class_teacher")});
  record.set("name", "Ким Юлия");
  record.set("id", "kim-ys");
  Value reception;
  reception.set("to", pd::TimeOfDay::parse("16:30").value());
  reception.set("from", pd::TimeOfDay::parse("15:30").value());
  reception.set("days", pd::List{Value("tue")});
  record.set("reception", reception);
  record.set("room", Value());  // null: absent
  CHECK_EQ(pd::to_canonical_yaml(record, pd::schema_for("staff")),
           "id: kim-ys\nname: Ким Юлия\nroles: [teacher, class_teacher]\n"
           "reception: {days: [tue], from: \"15:30\", to: \"16:30\"}\nhistory: []\n");

  Value klass;
  klass.set("parents", 41);
  klass.set("id", "7B");
  klass.set("name", "7Б");
  CHECK_EQ(pd::to_canonical_yaml(klass, pd::schema_for("class")),
           "id: 7B\nname: 7Б\nparents: 41\n");
}

TEST_CASE("flow objects and lists quote what flow context needs") {
  Value school;
  school.set("name", "Школа № 1");
  Value term;
  term.set("name", "Q1, осень");
  term.set("start", pd::Date(2026, 9, 1));
  term.set("end", pd::Date(2026, 10, 26));
  school.set("terms", pd::List{term});
  Value git;
  git.set("autocommit", true);
  school.set("git", git);
  std::string yaml = pd::to_canonical_yaml(school, pd::schema_for("school"));
  CHECK_EQ(yaml,
           "name: Школа № 1\nterms:\n  - {name: \"Q1, осень\", start: 2026-09-01, end: "
           "2026-10-26}\ngit: {autocommit: true}\n");
  check_round_trip("school", yaml);
}

TEST_CASE("every record file of the demo store is canonical") {
  namespace fs = std::filesystem;
  fs::path root = fs::path(PARENTDESK_SOURCE_DIR) / "records";
  REQUIRE(fs::is_regular_file(root / "school.yaml"));
  std::map<std::string, int> checked;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
    std::string relative = fs::relative(entry.path(), root).generic_string();
    if (relative == "school.yaml") continue;
    std::string top = relative.substr(0, relative.find('/'));
    const pd::RecordSchema* schema = nullptr;
    for (const auto& s : pd::record_schemas())
      if (!s.directory().empty() && s.directory() == top) schema = &s;
    CAPTURE(relative);
    REQUIRE(schema);
    std::string text = pd::test::read_file(entry.path());
    std::vector<pd::Diagnostic> problems;
    Value value = pd::validate(pd::yaml::parse_strict(text, relative), *schema, relative, problems);
    CHECK(problems.empty());
    CHECK_EQ(pd::to_canonical_yaml(value, *schema), text);
    CHECK_EQ(schema->path_for(value.text("id")), relative);
    ++checked[schema->name];
  }
  CHECK_GT(checked["staff"], 0);
  CHECK_GT(checked["class"], 0);
}

TEST_CASE("yaml_scalar: plain when unambiguous, double-quoted otherwise") {
  CHECK_EQ(yaml_scalar("Иванова Анна"), "Иванова Анна");
  CHECK_EQ(yaml_scalar("Школа-лицей № 27 «Болашак»"), "Школа-лицей № 27 «Болашак»");
  CHECK_EQ(yaml_scalar("7Б"), "7Б");
  CHECK_EQ(yaml_scalar("a:b"), "a:b");
  CHECK_EQ(yaml_scalar("C#"), "C#");
  CHECK_EQ(yaml_scalar("a, b"), "a, b");
  CHECK_EQ(yaml_scalar("say \"hi\""), "say \"hi\"");

  CHECK_EQ(yaml_scalar(""), "\"\"");
  CHECK_EQ(yaml_scalar("123"), "\"123\"");
  CHECK_EQ(yaml_scalar("15:30"), "\"15:30\"");
  CHECK_EQ(yaml_scalar("2026-11-24"), "\"2026-11-24\"");
  CHECK_EQ(yaml_scalar("true"), "\"true\"");
  CHECK_EQ(yaml_scalar("No"), "\"No\"");
  CHECK_EQ(yaml_scalar("null"), "\"null\"");
  CHECK_EQ(yaml_scalar("~"), "\"~\"");
  CHECK_EQ(yaml_scalar("-"), "\"-\"");
  CHECK_EQ(yaml_scalar("# x"), "\"# x\"");
  CHECK_EQ(yaml_scalar("Тема: x"), "\"Тема: x\"");
  CHECK_EQ(yaml_scalar("a #b"), "\"a #b\"");
  CHECK_EQ(yaml_scalar("Тема:"), "\"Тема:\"");
  CHECK_EQ(yaml_scalar("end "), "\"end \"");
  CHECK_EQ(yaml_scalar(" start"), "\" start\"");
  CHECK_EQ(yaml_scalar("\"hi\""), "\"\\\"hi\\\"\"");
  CHECK_EQ(yaml_scalar("'hi'"), "\"'hi'\"");
  CHECK_EQ(yaml_scalar("\\x"), "\\x");
  CHECK_EQ(yaml_scalar("\"a\\b\""), "\"\\\"a\\\\b\\\"\"");
  CHECK_EQ(yaml_scalar("a\tb"), "\"a\\tb\"");
  CHECK_EQ(yaml_scalar("a\nb"), "\"a\\nb\"");
}

TEST_CASE("yaml_scalar output reads back as the same string") {
  for (std::string s :
       {"",   "123",   "15:30", "yes",  "- x",      "#",    "a: b", "a #b", "x:",       " x",
        "x ", "\"q\"", "'q'",   "a\\b", "\"a\\b\"", "a\tb", "[x]",  "{x}",  "@x",       "`x",
        "%x", "!x",    "&x",    "*x",   "|",        ">",    "?",    ",",    "Тема: «x»"}) {
    CAPTURE(s);
    pd::yaml::Node root = pd::yaml::parse_strict("k: " + yaml_scalar(s) + "\n", "f.yaml");
    REQUIRE(root.find("k"));
    CHECK_EQ(root.find("k")->kind, pd::yaml::NodeKind::scalar);
    CHECK_EQ(root.find("k")->scalar, s);
  }
}

// A literal block of empty lines reads back empty: text of newlines alone is
// written quoted.
TEST_CASE("a text of a single newline survives writing and reading") {
  Value record = read("appeal", appeal("subject: S\n"));
  for (std::string text : {"\n", "\n\n", " \n", "\n "}) {
    CAPTURE(text);
    record.set("text", text);
    std::string yaml = pd::to_canonical_yaml(record, pd::schema_for("appeal"));
    CHECK_EQ(read("appeal", yaml).text("text"), text);
  }
}
