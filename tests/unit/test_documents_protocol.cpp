// documents/: the protocol as a document, in the minutes' language, and its
// renderings; minutes/numbering: the protocol numbers.
#include <doctest/doctest.h>

#include "core/i18n.h"
#include "documents/document_language.h"
#include "documents/html.h"
#include "documents/markdown.h"
#include "documents/protocol.h"
#include "minutes/decisions.h"
#include "minutes/numbering.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::Language;

namespace {

pd::Names names() {
  pd::Names n;
  n.staff = {{"ivanova", "Иванова Мария Петровна"}};
  n.classes = {{"7B", "7Б"}};
  return n;
}

pd::SchoolSettings school() {
  pd::SchoolSettings s;
  s.name = "Школа-лицей № 27";
  s.address = "г. Алматы, ул. Жандосова, 27";
  s.phone = "+7 727 300-27-27";
  s.years = {{Date(2026, 9, 1), Date(2027, 5, 25), {}}};
  return s;
}

pd::Record record(const std::string& file, std::string_view kind, Date date, int number) {
  pd::Value v;
  v.set("id", file);
  v.set("kind", std::string(kind));
  v.set("number", number);
  v.set("date", date);
  return {nullptr, file, v};
}

}  // namespace

TEST_CASE("a long date in each language, whatever the interface's") {
  pd::set_interface_language(Language::en);
  Date day(2026, 11, 24);
  CHECK(pd::long_date(day) == "24 November 2026");
  {
    pd::DocumentLanguage russian(Language::ru);
    CHECK(pd::long_date(day) == "24 ноября 2026 г.");
    CHECK(pd::interface_language() == Language::ru);
  }
  CHECK(pd::interface_language() == Language::en);
  pd::DocumentLanguage kazakh(Language::kk);
  CHECK(pd::long_date(day) == "2026 жылғы 24 қараша");
  CHECK(pd::short_date(Date(2026, 3, 8)) == "08.03.2026");
}

TEST_CASE("the protocol's language: --lang, the minutes', the school's documents'") {
  pd::SchoolSettings s = school();
  pd::Value minutes = pd::test::class_meeting();
  CHECK(pd::protocol_language(minutes, s, std::nullopt) == Language::kk);  // first of languages
  s.documents_lang = "ru";
  CHECK(pd::protocol_language(minutes, s, std::nullopt) == Language::ru);
  minutes.set("lang", "en");
  CHECK(pd::protocol_language(minutes, s, std::nullopt) == Language::en);
  CHECK(pd::protocol_language(minutes, s, Language::kk) == Language::kk);
}

TEST_CASE("the protocol as a document and as Markdown, in English") {
  pd::set_interface_language(Language::ru);
  pd::Value minutes = pd::test::class_meeting();
  minutes.set("number", 3);
  minutes.set("agenda", pd::List{"1. Пункт", "- тире"});
  minutes.set("notes", "| не таблица\n---\n");
  pd::add_decision(minutes, {"Концерт", "ivanova", Date(2026, 12, 20)});
  pd::Document doc = pd::protocol_document(minutes, school(), names(), Language::en);
  CHECK(pd::interface_language() == Language::ru);  // the interface's language is back
  CHECK(doc.title == "MINUTES No. 3");
  CHECK(doc.subtitle ==
        std::vector<std::string>{"Class parent meeting, class 7Б", "Итоги адаптации"});
  CHECK(doc.date == "18 September 2026");
  CHECK(doc.place == "г. Алматы, ул. Жандосова, 27");
  CHECK(doc.letterhead.back() == "tel. +7 727 300-27-27");
  std::string md = pd::document_markdown(doc);
  CHECK(md.find("# MINUTES No. 3\n") != std::string::npos);
  CHECK(md.find("| 1 | Концерт | Иванова Мария Петровна | 20.12.2026 |\n") != std::string::npos);
  CHECK(md.find("Chair: ................................ Иванова Мария Петровна") !=
        std::string::npos);
  pd::set_interface_language(Language::en);
}

TEST_CASE("html escapes the record's text") {
  CHECK(pd::html_escape("<b>\"Ә\" & co</b>") == "&lt;b&gt;&quot;Ә&quot; &amp; co&lt;/b&gt;");
}

TEST_CASE("protocol numbers: per school year and kind, duplicates named") {
  pd::SchoolSettings s = school();
  CHECK(pd::numbering_year(Date(2026, 9, 1), s) == "2026/2027");
  CHECK(pd::numbering_year(Date(2027, 7, 1), s) == "2026/2027");  // the summer after
  CHECK(pd::numbering_year(Date(2027, 9, 2), s) == "2027/2028");  // no such year in school.yaml
  CHECK(pd::numbering_year(Date(2026, 3, 2), s) == "2025/2026");
  std::vector<pd::Record> all = {record("a", "pta", Date(2026, 9, 10), 1),
                                 record("b", "pta", Date(2026, 10, 10), 2),
                                 record("c", "class_meeting", Date(2026, 10, 10), 5),
                                 record("d", "pta", Date(2026, 5, 10), 7)};
  CHECK(pd::next_protocol_number(all, "pta", Date(2026, 11, 1), s) == 3);
  CHECK(pd::next_protocol_number(all, "class_meeting", Date(2026, 11, 1), s) == 6);
  CHECK(pd::next_protocol_number(all, "survey", Date(2026, 11, 1), s) == 1);
  CHECK(pd::next_protocol_number(all, "pta", Date(2027, 9, 10), s) == 1);
  CHECK(pd::duplicate_protocol_numbers(all, s).empty());
  all.push_back(record("e", "pta", Date(2026, 11, 1), 2));
  auto problems = pd::duplicate_protocol_numbers(all, s);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].file == "b");
  CHECK(problems[0].message.find("'e'") != std::string::npos);
  CHECK(problems[1].file == "e");
  CHECK(problems[1].message.find("'b'") != std::string::npos);
}
