// minutes/protocol_markdown: the printable protocol.
#include "minutes/protocol_markdown.h"

#include <doctest/doctest.h>

#include "minutes/decisions.h"
#include "minutes/signing.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::MarkdownContext;
using pd::test::class_meeting;

namespace {

pd::Names names() {
  pd::Names n;
  n.staff = {{"omarova", "Омарова Динара Талгатовна"}, {"ivanova", "Иванова Мария Петровна"}};
  n.classes = {{"7B", "7Б"}};
  return n;
}

pd::Value meeting_with_decisions() {
  pd::Value minutes = class_meeting();
  minutes.set("agenda", pd::List{"Итоги адаптации", "Питание:\nстоловая и буфет"});
  minutes.set("notes", "Выступила Иванова М. П.\n\nРодители предложили *новое* меню.\n");
  pd::add_decision(minutes, {"Провести опрос | питание", "omarova", Date(2026, 10, 15)});
  pd::add_decision(minutes, {"Экскурсия", "kozlov", Date(2026, 10, 1)});
  pd::mark_done(minutes, 2, Date(2026, 9, 30));
  return minutes;
}

}  // namespace

TEST_CASE("the protocol of unsigned minutes has lines to sign") {
  CHECK(pd::protocol_markdown(meeting_with_decisions(), "Школа-лицей № 27", names()) ==
        "# Школа-лицей № 27\n"
        "\n"
        "## Minutes: Class parent meeting. Итоги адаптации\n"
        "\n"
        "- **Record:** M-20260918-K7QM\n"
        "- **Date:** 2026-09-18\n"
        "- **Class:** 7Б\n"
        "- **Organised by:** the school\n"
        "- **Chair:** Иванова Мария Петровна\n"
        "- **Attendance:** 30 present of 41 invited\n"
        "\n"
        "### Agenda\n"
        "\n"
        "1. Итоги адаптации\n"
        "2. Питание:\n"
        "   столовая и буфет\n"
        "\n"
        "### Notes\n"
        "\n"
        "Выступила Иванова М. П.\n"
        "\n"
        "Родители предложили \\*новое\\* меню.\n"
        "\n"
        "### Decisions\n"
        "\n"
        "| No. | Decision | Owner | Due | Done |\n"
        "|---:|---|---|---|---|\n"
        "| 1 | Провести опрос \\| питание | Омарова Динара Талгатовна | 2026-10-15 |  |\n"
        "| 2 | Экскурсия | kozlov | 2026-10-01 | 2026-09-30 |\n"
        "\n"
        "### Signatures\n"
        "\n"
        "Chair: ................................ Иванова Мария Петровна\n"
        "\n"
        "Secretary: ................................\n");
}

TEST_CASE("the protocol of signed minutes shows the signatures and the digest") {
  pd::Value minutes = class_meeting();
  minutes.set("organizer", "parents");
  pd::sign(minutes, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  pd::sign(minutes, pd::Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 20));
  std::string protocol = pd::protocol_markdown(minutes, "Школа", names());
  CHECK(protocol.find("- **Organised by:** the parents\n") != std::string::npos);
  CHECK(protocol.find("- **Secretary:** Сулейменова Айгуль\n") != std::string::npos);
  std::string ending =
      "### Decisions\n\nNo decisions were taken.\n\n### Signatures\n\n"
      "Chair: Иванова Мария Петровна, signed 2026-09-19\n\n"
      "Secretary: Сулейменова Айгуль, signed 2026-09-20\n\n"
      "Signed and sealed; digest `" +
      std::string(minutes.text("digest")) + "`.\n";
  CHECK(protocol.substr(protocol.size() - ending.size()) == ending);
}

TEST_CASE("a survey shows its counts and share; a leadership meeting its staff") {
  pd::Value survey = class_meeting();
  survey.set("kind", "survey");
  survey.erase("class");
  survey.erase("title");
  survey.erase("invited");
  survey.erase("present");
  survey.set("respondents", 120);
  survey.set("satisfied", 98);
  survey.set("attendees", pd::List{"omarova", "ivanova"});
  std::string protocol = pd::protocol_markdown(survey, "Школа", names());
  CHECK(protocol.find("## Minutes: Parent survey\n") != std::string::npos);
  CHECK(protocol.find("- **Survey:** 120 respondents, 98 satisfied (82%)\n") != std::string::npos);
  CHECK(protocol.find("- **Staff present:** Омарова Динара Талгатовна, Иванова Мария Петровна\n") !=
        std::string::npos);
  CHECK(protocol.find("Class") == std::string::npos);
}

TEST_CASE("record text cannot change the document's structure") {
  CHECK(pd::markdown_escape("# Заголовок", MarkdownContext::paragraph) == "\\# Заголовок");
  CHECK(pd::markdown_escape("> цитата\n  # ещё", MarkdownContext::paragraph) ==
        "\\> цитата\n  \\# ещё");
  CHECK(pd::markdown_escape("a_b*c`d[e](f)\\", MarkdownContext::paragraph) ==
        "a\\_b\\*c\\`d\\[e\\](f)\\\\");
  CHECK(pd::markdown_escape("<script>", MarkdownContext::paragraph) == "&lt;script>");
  CHECK(pd::markdown_escape("a | b", MarkdownContext::paragraph) == "a | b");
  CHECK(pd::markdown_escape("a | b\nc", MarkdownContext::table) == "a \\| b c");
  CHECK(pd::markdown_escape("звонок\x1b[31m красный\n\n", MarkdownContext::paragraph) ==
        "звонок красный");
  CHECK(pd::markdown_escape("C# и 5 > 3", MarkdownContext::paragraph) == "C# и 5 > 3");
}
