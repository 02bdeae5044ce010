"""appeal: registering, routing, escalating, answering and delivering
parents' appeals with the real binary on a copy of the demo store; the
deadline and language rules, listings, and concurrent use."""

import json
import os
import re
import subprocess
import unittest

from harness import BIN, StoreTest, snapshot

TODAY = "2026-11-24"


class AppealTest(StoreTest):
    def appeal(self, *args, today=TODAY, **kwargs):
        return self.run_tool("appeal", "--today", today, *args, **kwargs)

    def new(self, *args, today=TODAY, **kwargs):
        r = self.appeal("new", *args, today=today, **kwargs)
        self.assertEqual(r.code, 0, r)
        m = re.fullmatch(r"(A-\d{8}-[0-9A-HJKMNP-TV-Z]{4}) due (\d{4}-\d\d-\d\d)\n", r.out)
        self.assertIsNotNone(m, r)
        return m.group(1), m.group(2)

    def new_ru_complaint(self, today=TODAY):
        return self.new("--from", "Сергеева Анна Петровна", "--kind", "complaint", "--channel",
                        "email", "--lang", "ru", "--class", "7B", "--subject",
                        "Питание в столовой", "--text", "Прошу проверить качество питания.",
                        today=today)

    def file(self, ident):
        return f"appeals/{ident[2:6]}/{ident}.yaml"

    def record(self, ident):
        return self.read(self.file(ident))

    def listed(self, *args, today=TODAY):
        r = self.appeal("list", "--format", "json", *args, today=today)
        self.assertEqual(r.code, 0, r)
        return json.loads(r.out)


class KazakhRequestEscalated(AppealTest):
    """A1, A2: a Kazakh request to the class teacher, escalated, answered in
    Kazakh and delivered on time."""

    def test_the_whole_way(self):
        ident, due = self.new("--from", "Әсем Ғалымқызы", "--kind", "request", "--channel",
                              "messenger", "--lang", "kk", "--class", "5B", "--to",
                              "class_teacher", "--student", "Қасенова Айару", "--subject",
                              "Үй тапсырмасы", "--text", "Сәлеметсіз бе!\nҮй тапсырмасы көп.\n")
        self.assertEqual(due, "2026-11-29")  # A2: 5 days
        text = self.record(ident)
        for line in ["status: assigned\n", "lang: kk\n", "class: 5B\n", "route: class_teacher\n",
                     "assignee: mukasheva\n", "due: 2026-11-29\n",
                     "text: |\n  Сәлеметсіз бе!\n  Үй тапсырмасы көп.\n", "    by: Тест\n",
                     "    action: received, for the class teacher; assigned to mukasheva; due "
                     "2026-11-29\n"]:
            self.assertIn(line, text)

        r = self.appeal("escalate", ident[-4:], "--reason", "Мұғалім шеше алмады",
                        today="2026-11-26")
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertEqual(r.err, f"appeal: '{ident}' escalated, assigned to omarova, due "
                                "2026-12-11\n")
        text = self.record(ident)
        self.assertIn("route: administration\nassignee: omarova\ndue: 2026-12-11\n", text)
        self.assertIn("escalated:\n  date: 2026-11-26\n  from: mukasheva\n  previous_due: "
                      "2026-11-29\n  reason: Мұғалім шеше алмады\n", text)
        self.assertIn("    action: escalated to the administration; assigned to omarova; due "
                      "2026-12-11 (was 2026-11-29)\n", text)

        r = self.appeal("escalate", ident, today="2026-11-27")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, f"appeal: error: '{ident}': already with the administration; "
                                "only a request to the class teacher is escalated\n")

        r = self.appeal("respond", ident, "--lang", "kk", "--text", "-", today="2026-12-10",
                        stdin="Құрметті Әсем Ғалымқызы!\nҮй тапсырмасының көлемі қысқартылды.\n")
        self.assertEqual((r.code, r.err), (0, f"appeal: '{ident}' answered\n"), r)
        r = self.appeal("deliver", ident, "--via", "in_person", today="2026-12-11")
        self.assertEqual((r.code, r.err), (0, f"appeal: '{ident}' delivered, on time (due "
                                              "2026-12-11)\n"), r)
        text = self.record(ident)
        self.assertIn("status: delivered\n", text)
        # The demo store wrote 19 answers in 2026: this letter's outgoing number is 20.
        self.assertIn("response:\n  lang: kk\n  date: 2026-12-10\n  number: 20\n  by: Тест\n"
                      "  text: |\n"
                      "    Құрметті Әсем Ғалымқызы!\n", text)
        self.assertIn("delivered: {date: 2026-12-11, via: in_person}\n", text)

        [row] = self.listed("--status", "all", "--grep", "ҮЙ ТАПСЫРМАСЫ", today="2026-12-20")
        self.assertEqual((row["id"], row["status"], row["due"], row["on_time"], row["overdue"],
                          row["days_late"], row["delivered_on"]),
                         (ident, "delivered", "2026-12-11", True, False, 0, "2026-12-11"))

        r = self.appeal("show", ident, today="2026-12-20")
        self.assertEqual(r.code, 0, r)
        # The demo store registered 44 appeals in 2026.
        self.assertTrue(r.out.startswith(f"{ident}  No. 45  request · by messenger · kk\n"
                                         "Status:      delivered, on time\n"
                                         "Received:    2026-11-24\n"
                                         "Due:         2026-12-11\n"
                                         "From:        Әсем Ғалымқызы\n"
                                         "Student:     Қасенова Айару\n"
                                         "Class:       5B (5Ә)\n"
                                         "Route:       administration\n"
                                         "Assignee:    omarova (Омарова Динара Талгатовна)\n"
                                         "Subject:     Үй тапсырмасы\n"
                                         "Escalated:   2026-11-26, due was 2026-11-29, from "
                                         "mukasheva: Мұғалім шеше алмады\n"
                                         "Delivered:   2026-12-11, in person\n"), r.out)
        self.assertIn("\nAnswer (kk, 2026-12-10, Тест, outgoing No. 20):\n"
                      "  Құрметті Әсем Ғалымқызы!\n", r.out)
        self.assertRegex(r.out, r"\nHistory:\n  2026-11-24 \d\d:\d\d  Тест: received, for the "
                                r"class teacher; assigned to mukasheva; due 2026-11-29\n")
        check = self.run_tool("report", "check")
        self.assertEqual((check.code, check.out), (0, ""), check)


class LanguageRule(AppealTest):
    def test_a_russian_complaint_answered_in_english_is_refused(self):
        ident, due = self.new_ru_complaint()
        self.assertEqual(due, "2026-12-09")  # A1: 15 calendar days
        before = snapshot(self.store)
        r = self.appeal("respond", ident, "--lang", "en", "--text", "Dear parent, ...")
        self.assertEqual((r.code, r.out), (3, ""), r)
        self.assertEqual(r.err, f"appeal: error: '{ident}': the answer must be in the language of "
                                "the appeal, 'ru', not 'en' (A1)\n")
        self.assertEqual(snapshot(self.store), before)

    def test_an_unknown_language_is_a_usage_error(self):
        ident, _ = self.new_ru_complaint()
        r = self.appeal("respond", ident, "--lang", "rus", "--text", "Ответ")
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.err, "appeal: error: --lang: expected one of kk, ru, en, got 'rus' "
                                "(did you mean 'ru'?)\n")


class Deadlines(AppealTest):
    def test_delivered_on_the_due_date_is_on_time_open_the_day_after_is_overdue(self):
        delivered, due = self.new_ru_complaint()
        still_open, _ = self.new_ru_complaint()
        self.assertEqual(self.appeal("respond", delivered, "--lang", "ru", "--text", "Ответ",
                                     today=due).code, 0)
        r = self.appeal("deliver", delivered, "--via", "email", "--on", due, today=due)
        self.assertEqual(r.err, f"appeal: '{delivered}' delivered, on time (due {due})\n", r)
        rows = {row["id"]: row for row in self.listed("--status", "all", "--since", TODAY,
                                                      today="2026-12-10")}
        self.assertEqual({k: rows[delivered][k] for k in ["on_time", "overdue", "days_late"]},
                         {"on_time": True, "overdue": False, "days_late": 0})
        self.assertEqual({k: rows[still_open][k] for k in ["on_time", "overdue", "days_late"]},
                         {"on_time": None, "overdue": True, "days_late": 1})
        r = self.appeal("list", "--status", "overdue", "--grep", "Питание", today="2026-12-10")
        # ID, registration number, due, deadline.
        columns = re.split(r"\s{2,}", r.out.splitlines()[1])
        self.assertEqual([columns[0]] + columns[2:4], [still_open, "2026-12-09", "overdue by 1 day"],
                         r)

    def test_delivered_the_day_after_is_one_day_late(self):
        ident, due = self.new_ru_complaint()
        self.appeal("respond", ident, "--lang", "ru", "--text", "Ответ", today="2026-12-10")
        r = self.appeal("deliver", ident, "--via", "email", today="2026-12-10")
        self.assertEqual(r.err, f"appeal: '{ident}' delivered, 1 day late (due 2026-12-09)\n")
        self.assertIn("action: delivered 2026-12-10 via email, 1 day late\n", self.record(ident))

    def test_extend_once_within_60_days_of_receipt(self):
        ident, _ = self.new_ru_complaint()
        r = self.appeal("extend", ident, "--until", "2027-01-24", "--reason", "Проверка")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, f"appeal: error: '{ident}': --until 2027-01-24 is past the latest "
                                "possible due date 2027-01-23 (60 days after receipt on "
                                "2026-11-24)\n")
        r = self.appeal("extend", ident, "--until", "2027-01-23", "--reason",
                        "Нужна проверка комиссии", today="2026-12-01")
        self.assertEqual((r.code, r.err), (0, f"appeal: '{ident}' extended, assigned to omarova, "
                                              "due 2027-01-23\n"), r)
        self.assertIn("extension:\n  date: 2026-12-01\n  until: 2027-01-23\n  previous_due: "
                      "2026-12-09\n  reason: Нужна проверка комиссии\n", self.record(ident))
        before = snapshot(self.store)
        r = self.appeal("extend", ident, "--until", "2027-01-20", "--reason", "Ещё раз")
        self.assertEqual(r.code, 3, r)
        self.assertIn("already extended once", r.err)
        self.assertEqual(snapshot(self.store), before)

    def test_extend_needs_a_reason(self):
        ident, _ = self.new_ru_complaint()
        r = self.appeal("extend", ident, "--until", "2027-01-10", stdin="")
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.err, "appeal: error: missing --reason (stdin is not a terminal, so "
                                "nothing is asked)\n")

    def test_redirect_within_three_working_days(self):
        ident, _ = self.new_ru_complaint(today="2026-11-27")  # a Friday
        r = self.appeal("redirect", ident, "--to", "Управление образования г. Алматы",
                        "--reason", "Вне компетенции школы", today="2026-12-03")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.err, f"appeal: '{ident}' redirected, 1 day late (redirect due "
                                "2026-12-02)\n")
        text = self.record(ident)
        self.assertIn("status: redirected\n", text)
        self.assertIn("due: 2026-12-02\n", text)
        self.assertIn("redirect:\n  to: Управление образования г. Алматы\n  date: 2026-12-03\n"
                      "  previous_due: 2026-12-12\n  reason: Вне компетенции школы\n", text)
        r = self.appeal("respond", ident, "--lang", "ru", "--text", "Ответ")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, f"appeal: error: '{ident}': cannot answer an appeal that is "
                                "'redirected'; allowed from: received, assigned, answered\n")


class Transitions(AppealTest):
    def test_an_invalid_transition_exits_3_and_names_the_allowed_statuses(self):
        ident, _ = self.new_ru_complaint()
        before = snapshot(self.store)
        r = self.appeal("deliver", ident, "--via", "email")
        self.assertEqual((r.code, r.out), (3, ""), r)
        self.assertEqual(r.err, f"appeal: error: '{ident}': cannot deliver an appeal that is "
                                "'assigned'; allowed from: answered\n")
        self.assertEqual(snapshot(self.store), before)

    def test_close_withdraw_assign_and_note(self):
        ident, _ = self.new_ru_complaint()
        r = self.appeal("close", ident)
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, f"appeal: error: '{ident}': closing an appeal that was not "
                                "delivered needs --reason\n")
        r = self.appeal("assign", ident, "--to", "ivanva")
        self.assertEqual((r.code, r.err), (4, "appeal: error: no staff member 'ivanva' (did you "
                                              "mean 'ivanova'?)\n"), r)
        r = self.appeal("assign", ident, "--to", "ivanova")
        self.assertEqual((r.code, r.err), (0, f"appeal: '{ident}' assigned\n"), r)
        r = self.appeal("close", ident, "--withdrawn", "--reason", "Родитель отозвал")
        self.assertEqual((r.code, r.err), (0, f"appeal: '{ident}' closed\n"), r)
        r = self.appeal("note", ident, "Позвонили родителю, вопрос решён устно")
        self.assertEqual(r.code, 0, r)
        text = self.record(ident)
        self.assertIn("status: withdrawn\nkind:", text)
        self.assertIn("closed:\n  date: 2026-11-24\n  reason: Родитель отозвал\n", text)
        self.assertRegex(text, r"notes:\n  - at: 2026-11-24T\d\d:\d\d:\d\d\+05:00\n    by: Тест\n"
                               r"    text: Позвонили родителю, вопрос решён устно\n")
        self.assertEqual(self.run_tool("report", "check").code, 0)


class Entry(AppealTest):
    def test_missing_values_are_a_usage_error_naming_them(self):
        before = snapshot(self.store)
        r = self.appeal("new", "--kind", "request", stdin="")
        self.assertEqual((r.code, r.out), (2, ""), r)
        self.assertEqual(r.err, "appeal: error: missing --from, --channel, --lang, --subject "
                                "(stdin is not a terminal, so nothing is asked)\n")
        self.assertEqual(snapshot(self.store), before)

    def test_class_teacher_needs_a_class(self):
        r = self.appeal("new", "--from", "Иванова", "--kind", "request", "--channel", "phone",
                        "--lang", "ru", "--subject", "Вопрос", "--to", "class_teacher")
        self.assertEqual((r.code, r.err), (2, "appeal: error: --to class_teacher needs --class: "
                                              "whose class teacher?\n"), r)

    def test_text_from_a_file_and_a_class_by_its_cyrillic_name(self):
        path = os.path.join(self.tmp, "text.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("Первая строка\r\nВторая строка\r\n")
        ident, due = self.new("--from", "Петров", "--kind", "application", "--channel",
                              "in_person", "--lang", "ru", "--class", "7б", "--subject", "Справка",
                              "--text-file", path, "--received", "2026-11-20")
        self.assertEqual(due, "2026-12-05")
        text = self.record(ident)
        self.assertIn("received: 2026-11-20\n", text)
        self.assertIn("class: 7B\n", text)
        self.assertIn("text: |\n  Первая строка\n  Вторая строка\n", text)

    def test_repeat_of_an_earlier_appeal(self):
        first, _ = self.new_ru_complaint()
        second, _ = self.new("--from", "Сергеева", "--kind", "complaint", "--channel", "phone",
                             "--lang", "ru", "--subject", "Повторно", "--repeat-of", first[-4:])
        self.assertIn(f"repeat_of: {first}\n", self.record(second))

    def test_twenty_appeals_created_at_once_are_twenty_valid_files(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест"})
        procs = [subprocess.Popen([os.path.join(BIN, "appeal"), "--store", self.store, "--today",
                                   TODAY, "new", "--from", f"Родитель {i}", "--kind", "request",
                                   "--channel", "website", "--lang", "ru", "--subject",
                                   f"Вопрос {i}"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
                 for i in range(20)]
        outs = [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in procs]
        for p in procs:
            p.stdout.close(), p.stderr.close()
        self.assertEqual([o[0] for o in outs], [0] * 20, outs)
        ids = {o[1].split()[0] for o in outs}
        self.assertEqual(len(ids), 20)
        for ident in ids:
            self.assertRegex(self.record(ident), r"^id: " + ident + r"\nnumber: \d+\nstatus: assigned\n")
        subjects = {row["subject"] for row in self.listed("--grep", "Вопрос ")}
        self.assertEqual(subjects, {f"Вопрос {i}" for i in range(20)})
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)


class Listing(AppealTest):
    def test_the_demo_has_overdue_and_due_soon_appeals(self):
        overdue = self.listed("--status", "overdue")
        self.assertEqual([(r["id"], r["days_late"]) for r in overdue],
                         [("A-20261030-7MHP", 10), ("A-20261113-B7S8", 6), ("A-20261104-CZMM", 5),
                          ("A-20261106-80Q3", 3), ("A-20261116-N974", 3), ("A-20261107-RZ80", 2)])
        due_soon = self.listed("--status", "due-soon")
        self.assertEqual([(r["id"], r["due"]) for r in due_soon],
                         [("A-20261109-NX57", "2026-11-24"), ("A-20261110-B8X0", "2026-11-25"),
                          ("A-20261120-988P", "2026-11-25"), ("A-20261121-Q2R7", "2026-11-26"),
                          ("A-20261112-PDTS", "2026-11-27")])
        every = self.listed("--status", "all")
        self.assertGreaterEqual(len(every), 40)
        self.assertEqual({r["status"] for r in every},
                         {"received", "assigned", "answered", "delivered", "closed", "withdrawn",
                          "redirected"})
        self.assertEqual({r["lang"] for r in every}, {"kk", "ru", "en"})
        self.assertEqual({r["kind"] for r in every}, {"request", "application", "complaint"})
        self.assertEqual({r["channel"] for r in every},
                         {"email", "in_person", "website", "phone", "messenger", "e_journal"})
        dues = [r["due"] for r in every]
        self.assertEqual(dues, sorted(dues))

    def test_json_carries_the_record_fields_and_the_derived_ones(self):
        rows = self.listed("--status", "all", "--class", "8A", "--kind", "complaint")
        self.assertEqual([r["id"] for r in rows],
                         ["A-20260915-V0Q5", "A-20261030-7MHP", "A-20261112-Q732"])
        self.assertEqual(rows[1], {
            "id": "A-20261030-7MHP", "number": 19, "status": "assigned", "kind": "complaint",
            "channel": "email", "lang": "ru", "received": "2026-10-30",
            "from": "Павлова Евгения Игоревна", "contact": "e.pavlova@example.com",
            "student": "Павлов Тимофей", "class": "8A", "class_name": "8А",
            "subject": "Грубость учителя физкультуры",
            "route": "administration", "assignee": "omarova", "due": "2026-11-14",
            "repeat_of": None, "due_soon": False, "overdue": True, "days_late": 10,
            "on_time": None, "delivered_on": None})
        self.assertEqual(rows[2]["repeat_of"], "A-20261030-7MHP")

    def test_table_is_aligned_by_display_width(self):
        r = self.appeal("list", "--lang", "kk", "--assignee", "mukasheva")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out,
                         "ID               No.  DUE         DEADLINE       STATUS    KIND     LANG  "
                         "CLASS  ASSIGNEE   FROM                           SUBJECT\n"
                         "A-20261121-Q2R7  41   2026-11-26  due in 2 days  assigned  request  kk    "
                         "5B     mukasheva  Абдрахманова Динара Ерболқызы  Бейнебақылау туралы\n"
                         "A-20261124-XCM2  44   2026-11-29  due in 5 days  assigned  request  kk    "
                         "5B     mukasheva  Қасенова Жанар Болатқызы       Сабаққа кешігу себебі\n")

    def test_grep_ignores_case_in_cyrillic_and_kazakh(self):
        self.assertEqual([r["id"] for r in self.listed("--status", "all", "--grep", "ГРУБОСТЬ")],
                         ["A-20261030-7MHP", "A-20261112-Q732"])
        self.assertEqual([r["id"] for r in self.listed("--status", "all", "--grep", "ӘКІМДІГІ")],
                         ["A-20261117-H022"])  # where it was redirected
        self.assertEqual([r["id"] for r in self.listed("--status", "all", "--grep", "bullying")],
                         ["A-20261020-P1R8"])

    def test_csv_with_a_byte_order_mark(self):
        r = self.appeal("list", "--format", "csv", "--bom", "--lang", "en", "--status", "closed")
        self.assertEqual(r.code, 0, r)
        lines = r.out.split("\n")  # text mode reads CRLF as LF
        self.assertTrue(
            lines[0].startswith("\ufeffid,number,status,kind,channel,lang,received,from,"))
        self.assertEqual(len(lines), 5)  # header, three appeals, the final line end
        self.assertTrue(lines[1].startswith(
            "A-20260921-69YC,4,delivered,request,email,en,2026-09-21,Elena Novikova,"
            "e.novikova@example.com,Новиков Никита,11A,11А,Transcript of grades for a university "
            "application,administration,omarova,2026-10-06,,no,no,0,yes,2026-10-02"), r.out)

    def test_bad_filters_are_usage_errors(self):
        r = self.appeal("list", "--status", "overdeu")
        self.assertEqual((r.code, r.err), (2, "appeal: error: --status: expected one of open, "
                                              "overdue, due-soon, closed, all, got 'overdeu' (did "
                                              "you mean 'overdue'?)\n"))
        r = self.appeal("list", "--since", "2026-13-01")
        self.assertEqual(r.code, 2, r)
        r = self.appeal("list", "--class", "7Z")
        self.assertEqual(r.code, 4, r)

    def test_nothing_matches(self):
        r = self.appeal("list", "--grep", "нет такого текста")
        self.assertEqual((r.code, r.out, r.err), (0, "", "appeal: no appeals match\n"))
        self.assertEqual(self.listed("--grep", "нет такого текста"), [])

    def test_reading_commands_write_nothing(self):
        before = snapshot(self.store)
        for args in [["list", "--status", "all"], ["show", "7MHP"], ["list", "--format", "csv"]]:
            self.assertEqual(self.appeal(*args).code, 0)
        self.assertEqual(snapshot(self.store), before)

    def test_show_an_unknown_or_ambiguous_id(self):
        r = self.appeal("show", "ZZZZ")
        self.assertEqual((r.code, r.err), (4, "appeal: error: no appeal matches 'ZZZZ'\n"))


EDIT_SCRIPT = """#!/bin/sh
# a scripted editor: applies $EDIT_SED to the file it is given
exec sed -i "$EDIT_SED" "$1"
"""


class Edit(AppealTest):
    def setUp(self):
        super().setUp()
        self.editor = os.path.join(self.tmp, "editor.sh")
        with open(self.editor, "w") as f:
            f.write(EDIT_SCRIPT)
        os.chmod(self.editor, 0o755)
        self.ident = "A-20261030-7MHP"

    def edit(self, sed, stdin=""):
        return self.appeal("edit", self.ident, stdin=stdin,
                           env={"EDITOR": self.editor, "EDIT_SED": sed})

    def test_a_valid_edit_is_saved_with_its_history(self):
        r = self.edit("s/^subject: .*/subject: Грубость учителя на уроке физкультуры/")
        self.assertEqual((r.code, r.out, r.err), (0, "", f"appeal: '{self.ident}' saved\n"), r)
        text = self.record(self.ident)
        self.assertIn("subject: Грубость учителя на уроке физкультуры\n", text)
        self.assertRegex(text, r"    by: Тест\n    action: edited\n$")
        self.assertEqual(self.run_tool("report", "check").code, 0)

    def test_an_invalid_edit_is_refused_when_stdin_is_not_a_terminal(self):
        before = snapshot(self.store)
        r = self.edit("s/^kind: complaint/kind: complain/")
        self.assertEqual(r.code, 5, r)
        self.assertEqual(r.err, f"{self.file(self.ident)}:4:7: 'kind': expected one of request, "
                                "application, complaint (did you mean 'complaint'?), got "
                                "'complain'\n"
                                f"appeal: error: '{self.ident}': the edited record is invalid; "
                                "nothing saved\n")
        self.assertEqual(snapshot(self.store), before)

    def test_the_rules_of_the_appeal_hold_in_an_edit_too(self):
        self.appeal("respond", self.ident, "--lang", "ru", "--text", "Ответ")
        before = snapshot(self.store)
        r = self.edit("s/^  lang: ru/  lang: en/")
        self.assertEqual(r.code, 5, r)
        self.assertIn("'response.lang': the answer must be in the language of the appeal, 'ru' "
                      "(A1)\n", r.err)
        r = self.edit("s/^id: .*/id: A-20261030-AAAA/")
        self.assertEqual(r.code, 5, r)
        self.assertIn("'id': cannot be changed (it names the file); expected "
                      f"'{self.ident}'\n", r.err)
        r = self.edit("/^history:/,$d")
        self.assertEqual(r.code, 5, r)
        self.assertEqual(snapshot(self.store), before)

    def test_an_unchanged_edit_is_not_rewritten(self):
        path = self.path(self.file(self.ident))
        stat = os.stat(path)
        r = self.edit("s/^zzz//")
        self.assertEqual((r.code, r.err), (0, f"appeal: '{self.ident}' unchanged; nothing "
                                              "saved\n"), r)
        after = os.stat(path)
        self.assertEqual((after.st_ino, after.st_mtime_ns), (stat.st_ino, stat.st_mtime_ns))

    def test_a_failing_editor_saves_nothing(self):
        before = snapshot(self.store)
        r = self.appeal("edit", self.ident, stdin="", env={"EDITOR": "false"})
        self.assertEqual((r.code, r.err), (6, "appeal: error: the editor 'false' failed (exit "
                                              "status 1); nothing saved\n"), r)
        self.assertEqual(snapshot(self.store), before)

    def test_on_a_terminal_an_invalid_edit_is_offered_again(self):
        # First run breaks the kind, the second fixes it; "y" asks for the second.
        script = os.path.join(self.tmp, "twice.sh")
        count = os.path.join(self.tmp, "count")
        with open(script, "w") as f:
            f.write("#!/bin/sh\necho x >> " + count + "\n"
                    "if [ $(wc -l < " + count + ") -eq 1 ]; then\n"
                    "  sed -i 's/^kind: complaint/kind: complain/' \"$1\"\n"
                    "else\n  sed -i 's/^kind: complain$/kind: request/' \"$1\"\nfi\n")
        os.chmod(script, 0o755)
        master, slave = os.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест", "PARENTDESK_LANG": "en",
                    "EDITOR": script})
        os.write(master, b"y\n")
        proc = subprocess.run([os.path.join(BIN, "appeal"), "--store", self.store, "--today",
                               TODAY, "edit", self.ident], stdin=slave, capture_output=True,
                              text=True, env=env, timeout=60)
        os.close(slave), os.close(master)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn(f"{self.file(self.ident)}:4:7: 'kind': expected one of request, "
                      "application, complaint (did you mean 'complaint'?), got 'complain'\n"
                      "edit again? [Y/n] ", proc.stderr)
        self.assertIn("kind: request\n", self.record(self.ident))


class Git(AppealTest):
    def test_every_change_is_one_commit_named_by_id_and_action(self):
        genv = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": self.tmp, "LC_ALL": "C.UTF-8",
                "GIT_AUTHOR_NAME": "Школа", "GIT_AUTHOR_EMAIL": "office@school.example",
                "GIT_COMMITTER_NAME": "Школа", "GIT_COMMITTER_EMAIL": "office@school.example"}
        git = lambda *a: subprocess.run(["git", *a], cwd=self.store, capture_output=True,
                                        text=True, env={**os.environ, **genv}, check=True).stdout
        git("init", "--quiet")
        git("add", "-A")
        git("commit", "--quiet", "-m", "demo")
        ident, _ = self.new_ru_complaint()
        self.appeal("respond", ident, "--lang", "ru", "--text", "Ответ")
        self.appeal("deliver", ident, "--via", "email")
        self.assertEqual(git("log", "--format=%s", "-3").splitlines(),
                         [f"appeal {ident}: delivered", f"appeal {ident}: answered",
                          f"appeal {ident}: new"])
        self.assertEqual(git("status", "--porcelain"), "")


if __name__ == "__main__":
    unittest.main()
