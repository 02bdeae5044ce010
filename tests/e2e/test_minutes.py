"""minutes: recording a meeting, its decisions and signatures; frozen
protocols; the link to a booking; the printable protocol."""

import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

from harness import StoreTest, snapshot

TODAY = "2026-11-24"
BOOKING = """id: B-20261110-BK01
status: done
host: zhumabekova
date: 2026-11-17
time: "15:30"
length: 20
parent: Сейтова Алма
class: 7B
topic: Перевод в другой класс
attendees: [omarova, ivanova]
history:
  - at: 2026-11-10T10:00:00+05:00
    by: omarova
    action: booked
"""


def files(root):
    """snapshot() without the store's lock file, which a refused change may create."""
    found = snapshot(root)
    found.pop(".lock", None)
    return found


def without_times(text):
    """A record with the times of its history entries blanked."""
    return re.sub(r"at: \S+", "at: <time>", text)


class MinutesTest(StoreTest):
    def setUp(self):
        super().setUp()
        # Only the records each test makes: the demo's minutes would change the listings
        # (and the demo's bookings name them).
        for folder in ["minutes", "bookings"]:
            shutil.rmtree(self.path(folder), ignore_errors=True)

    def minutes(self, *args, today=TODAY, **kwargs):
        return self.run_tool("minutes", "--today", today, *args, **kwargs)

    def new(self, *args, today=TODAY):
        r = self.minutes("new", *args, today=today)
        self.assertEqual(r.code, 0, r)
        self.assertRegex(r.out, r"^M-\d{8}-[0-9A-Z]{4}\n$")
        return r.out.strip()

    def file_of(self, minutes_id):
        return f"minutes/{minutes_id[2:6]}/{minutes_id}.yaml"

    def class_meeting(self):
        """A class meeting of 7B with two decisions, unsigned."""
        mid = self.new("--kind", "class_meeting", "--date", "2026-09-18", "--class", "7B",
                       "--title", "Итоги адаптации", "--chair", "Иванова Мария Петровна",
                       "--secretary", "Сулейменова Айгуль", "--present", "30",
                       "--agenda", "Адаптация к 7 классу", "--agenda", "Питание",
                       today="2026-09-18")
        for text, owner, due in [("Провести опрос родителей о питании", "omarova", "2026-10-15"),
                                 ("Организовать экскурсию в музей", "ivanova", "2026-10-01")]:
            r = self.minutes("decide", mid, "--text", text, "--owner", owner, "--due", due,
                             today="2026-09-18")
            self.assertEqual(r.code, 0, r)
        return mid


class Lifecycle(MinutesTest):
    def test_create_decide_sign_then_frozen(self):
        mid = self.class_meeting()
        self.assertTrue(mid.startswith("M-20260918-"))
        r = self.minutes("sign", mid[-4:], "--as", "chair", "--name", "Иванова Мария Петровна",
                         today="2026-09-19")
        self.assertEqual((r.code, r.out, r.err), (0, "", f"minutes: {mid}: signed as chair\n"))
        # The chair signed: the secretary is to sign the same text.
        before = files(self.store)
        r = self.minutes("decide", mid, "--text", "Третье", "--owner", "omarova", "--due",
                         "2026-10-20", today="2026-09-19")
        self.assertEqual((r.code, r.out, r.err), (
            3, "", f"minutes: error: '{mid}': cannot add a decision to minutes the chair signed "
            "on 2026-09-19: the secretary is to sign the same text; only marking a decision done "
            "is allowed\n"), r)
        self.assertEqual(files(self.store), before)
        r = self.minutes("sign", mid, "--as", "secretary", "--name", "Сулейменова Айгуль",
                         today="2026-09-19")
        self.assertEqual((r.code, r.err), (0, f"minutes: {mid}: signed; the minutes are now "
                                              "frozen\n"), r)
        text = self.read(self.file_of(mid))
        self.assertIn("signatures:\n"
                      "  - {role: chair, name: Иванова Мария Петровна, date: 2026-09-19}\n"
                      "  - {role: secretary, name: Сулейменова Айгуль, date: 2026-09-19}\n"
                      "digest: sha256:", text)
        self.assertRegex(text, r"\ndigest: sha256:[0-9a-f]{64}\nhistory:")
        self.assertIn("    action: signed as secretary, frozen\n", text)

        before = files(self.store)
        r = self.minutes("decide", mid, "--text", "Ещё одно", "--owner", "omarova", "--due",
                         "2026-12-01")
        self.assertEqual((r.code, r.out), (3, ""), r)
        self.assertEqual(r.err, f"minutes: error: '{mid}': cannot add a decision to frozen minutes "
                         "(signed by the chair and the secretary); only marking a decision done is "
                         "allowed\n")
        self.assertEqual(files(self.store), before)

        r = self.minutes("sign", mid, "--as", "chair", "--name", "Иванова Мария Петровна")
        self.assertEqual(r.code, 3, r)
        self.assertIn("cannot sign frozen minutes", r.err)
        r = self.minutes("edit", mid)
        self.assertEqual(r.code, 3, r)
        self.assertIn("cannot edit frozen minutes", r.err)
        self.assertEqual(files(self.store), before)

    def test_done_on_a_frozen_record_is_recorded(self):
        mid = self.class_meeting()
        for role, name in [("chair", "Иванова Мария Петровна"), ("secretary", "Сулейменова Айгуль")]:
            self.assertEqual(self.minutes("sign", mid, "--as", role, "--name", name).code, 0)
        signed = self.read(self.file_of(mid))
        digest = re.search(r"digest: (\S+)", signed).group(1)

        r = self.minutes("done", mid, "2", today="2026-11-25")
        self.assertEqual((r.code, r.out, r.err), (0, "", f"minutes: {mid}: decision 2 done\n"), r)
        text = self.read(self.file_of(mid))
        self.assertIn("  - number: 2\n    text: Организовать экскурсию в музей\n"
                      "    owner: ivanova\n    due: 2026-10-01\n    done: 2026-11-25\n", text)
        self.assertIn(f"digest: {digest}\n", text)
        self.assertTrue(text.endswith("    by: Тест\n    action: decision 2 done\n"), text)
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)

        before = files(self.store)
        r = self.minutes("done", mid, "2")
        self.assertEqual((r.code, r.err), (3, f"minutes: error: '{mid}': decision 2 is already done "
                                              "(2026-11-25)\n"), r)
        r = self.minutes("done", mid, "9")
        self.assertEqual((r.code, r.err), (4, f"minutes: error: '{mid}': no decision 9 (the last "
                                              "is 2)\n"), r)
        self.assertEqual(files(self.store), before)

    def test_new_writes_the_record_in_canonical_form(self):
        mid = self.class_meeting()
        self.assertEqual(without_times(self.read(self.file_of(mid))), f"""id: {mid}
kind: class_meeting
number: 1
date: 2026-09-18
class: 7B
title: Итоги адаптации
organizer: school
chair: Иванова Мария Петровна
secretary: Сулейменова Айгуль
invited: 41
present: 30
agenda:
  - Адаптация к 7 классу
  - Питание
decisions:
  - number: 1
    text: Провести опрос родителей о питании
    owner: omarova
    due: 2026-10-15
  - number: 2
    text: Организовать экскурсию в музей
    owner: ivanova
    due: 2026-10-01
history:
  - at: <time>
    by: Тест
    action: created
  - at: <time>
    by: Тест
    action: decision 1 added
  - at: <time>
    by: Тест
    action: decision 2 added
""")
        self.assertIn("  - at: 2026-09-18T", self.read(self.file_of(mid)))

    def test_refusals_leave_every_file_as_it_was(self):
        mid = self.class_meeting()
        before = files(self.store)
        cases = [
            (["new", "--kind", "class_meeting", "--date", "2026-09-18", "--class", "7B",
              "--present", "42"], 3, "minutes: error: 'present': 42 is more than 'invited' (41)\n"),
            (["new", "--kind", "class_meeting", "--date", "2026-09-18"], 2,
             "minutes: error: missing --class: a class parent meeting belongs to one class\n"),
            (["new", "--date", "2026-09-18"], 2,
             "minutes: error: missing --kind (stdin is not a terminal, so nothing is asked)\n"),
            (["new", "--kind", "pta", "--date", "2026-09-31"], 2,
             "minutes: error: --date: expected a date YYYY-MM-DD or DD.MM.YYYY that exists, got "
             "'2026-09-31'\n"),
            (["new", "--kind", "school_meeting", "--date", "2026-09-18", "--respondents", "3"], 2,
             "minutes: error: '--respondents': only a survey has respondents and satisfied "
             "counts\n"),
            (["decide", mid, "--text", "Т", "--owner", "omarov", "--due", "2026-10-01"], 4,
             "minutes: error: no staff 'omarov' (did you mean 'omarova'?)\n"),
            (["decide", mid, "--text", "Т", "--owner", "omarova", "--due", "2026-09-01"], 3,
             "minutes: error: '--due': 2026-09-01 is before the meeting on 2026-09-18\n"),
            (["decide", mid, "--owner", "omarova", "--due", "2026-10-01"], 2,
             "minutes: error: missing --text (stdin is not a terminal, so nothing is asked)\n"),
            (["sign", mid, "--as", "chair", "--name", "Петрова"], 3,
             f"minutes: error: '{mid}': the chair of this meeting is 'Иванова Мария Петровна', "
             "not 'Петрова'\n"),
            (["sign", "ZZZZ", "--as", "chair", "--name", "Петрова"], 4,
             "minutes: error: no minutes matches 'ZZZZ'\n"),
        ]
        for args, code, err in cases:
            with self.subTest(args=args):
                r = self.minutes(*args)
                self.assertEqual((r.code, r.out, r.err), (code, "", err), r)
        r = self.minutes("sign", mid, "--as", "treasurer", "--name", "X")
        self.assertEqual(r.code, 2, r)
        r = self.minutes("sign", mid, "--as", "chair", "--name", "Иванова Мария Петровна",
                         today="2026-09-17")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, f"minutes: error: '{mid}': cannot sign before the meeting on "
                         "2026-09-18\n")
        self.assertEqual(files(self.store), before)

    def test_survey_and_parent_organised_event(self):
        sid = self.new("--kind", "survey", "--date", "2026-10-20", "--title", "Удовлетворённость",
                       "--respondents", "120", "--satisfied", "98")
        eid = self.new("--kind", "event", "--date", "2026-10-10", "--class", "5B",
                       "--organizer", "parents", "--title", "Осенняя ярмарка", "--present", "35",
                       "--invited", "39")
        survey = self.read(self.file_of(sid))
        self.assertIn("organizer: school\nrespondents: 120\nsatisfied: 98\n", survey)
        event = self.read(self.file_of(eid))
        self.assertIn("organizer: parents\ninvited: 39\npresent: 35\n", event)
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)


class Edit(MinutesTest):
    def editor(self, old, new):
        """An $EDITOR that replaces `old` by `new` in the file it is given."""
        script = os.path.join(self.tmp, "editor.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write("import sys\n"
                    "text = open(sys.argv[1], encoding='utf-8').read()\n"
                    f"open(sys.argv[1], 'w', encoding='utf-8').write(text.replace({old!r}, {new!r}))\n")
        return {"EDITOR": f"{sys.executable} {script}"}

    def test_edit_saves_a_valid_change(self):
        mid = self.class_meeting()
        r = self.minutes("edit", mid, env=self.editor("present: 30\n", "present: 33\nnotes: |-\n"
                                                       "  Выступила Иванова М. П.\n"))
        self.assertEqual((r.code, r.err), (0, f"minutes: '{mid}' saved\n"), r)
        text = self.read(self.file_of(mid))
        self.assertIn("present: 33\n", text)
        self.assertIn("notes: Выступила Иванова М. П.\n", text)
        self.assertTrue(text.endswith("    action: edited\n"), text)

    def test_edit_refuses_more_present_than_invited(self):
        mid = self.class_meeting()
        before = files(self.store)
        r = self.minutes("edit", mid, env=self.editor("present: 30", "present: 50"))
        self.assertEqual(r.code, 5, r)
        line = self.read(self.file_of(mid)).split("\n").index("present: 30") + 1
        self.assertEqual(r.err, f"{self.file_of(mid)}:{line}:10: 'present': 50 is more than "
                         f"'invited' (41)\nminutes: error: '{mid}': the edited record is invalid; "
                         "nothing saved\n")
        self.assertEqual(files(self.store), before)


class Booking(MinutesTest):
    def test_booking_prefills_and_is_marked(self):
        self.write("bookings/2026/B-20261110-BK01.yaml", BOOKING)
        r = self.minutes("new", "--booking", "BK01", "--title", "Перевод в другой класс",
                         "--secretary", "Омарова Динара Талгатовна")
        self.assertEqual(r.code, 0, r)
        mid = r.out.strip()
        self.assertEqual(r.err, f"minutes: the booking 'B-20261110-BK01' now has minutes "
                         f"'{mid}'\n")
        self.assertEqual(without_times(self.read(self.file_of(mid))), f"""id: {mid}
kind: leadership
number: 1
date: 2026-11-17
class: 7B
title: Перевод в другой класс
organizer: school
booking: B-20261110-BK01
secretary: Омарова Динара Талгатовна
attendees: [zhumabekova, omarova, ivanova]
history:
  - at: <time>
    by: Тест
    action: created from booking B-20261110-BK01
""")
        booking = self.read("bookings/2026/B-20261110-BK01.yaml")
        self.assertIn(f"attendees: [omarova, ivanova]\nminutes: {mid}\nhistory:\n", booking)
        self.assertTrue(without_times(booking).endswith(
            f"  - at: <time>\n    by: Тест\n    action: minutes {mid}\n"), booking)
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)

        before = files(self.store)
        r = self.minutes("new", "--booking", "BK01")
        self.assertEqual((r.code, r.err), (3, f"minutes: error: 'B-20261110-BK01': the booking "
                                              f"already has minutes '{mid}'\n"), r)
        self.assertEqual(files(self.store), before)

    def test_booking_of_another_day_or_kind_is_refused(self):
        self.write("bookings/2026/B-20261110-BK01.yaml", BOOKING)
        before = files(self.store)
        r = self.minutes("new", "--booking", "BK01", "--date", "2026-11-18")
        self.assertEqual((r.code, r.err), (2, "minutes: error: '--date': the booking "
                                              "'B-20261110-BK01' is on 2026-11-17, not "
                                              "2026-11-18\n"), r)
        r = self.minutes("new", "--booking", "BK01", "--kind", "pta")
        self.assertEqual(r.code, 2, r)
        self.assertEqual(files(self.store), before)


class Listing(MinutesTest):
    def test_list_filters_and_unsigned(self):
        a = self.class_meeting()
        b = self.new("--kind", "class_meeting", "--date", "2026-10-02", "--class", "8A",
                     "--present", "20", "--title", "Профориентация")
        c = self.new("--kind", "school_meeting", "--date", "2026-10-20", "--title",
                     "Итоги полугодия", "--invited", "500", "--present", "310")
        d = self.new("--kind", "education", "--date", "2026-11-05", "--class", "7B",
                     "--title", "Буллинг: как распознать")
        self.assertEqual(self.minutes("sign", b, "--as", "chair", "--name", "Жакупов Н. М.").code,
                         0)
        for role, name in [("chair", "Иванова Мария Петровна"), ("secretary", "Сулейменова Айгуль")]:
            self.assertEqual(self.minutes("sign", a, "--as", role, "--name", name).code, 0)

        r = self.minutes("list")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out, f"""\
ID               No.  DATE        KIND                   CLASS  TITLE                    PRESENT  OPEN  DECISIONS  SIGNED
{a}  1    2026-09-18  class parent meeting   7Б     Итоги адаптации          30/41    2     2          signed
{b}  2    2026-10-02  class parent meeting   8А     Профориентация           20/38    0     0          chair only
{c}  1    2026-10-20  school parent meeting         Итоги полугодия          310/500  0     0          unsigned
{d}  1    2026-11-05  education of parents   7Б     Буллинг: как распознать           0     0
""")
        r = self.minutes("list", "--unsigned")
        self.assertEqual([line.split()[0] for line in r.out.splitlines()[1:]], [b, c], r)
        r = self.minutes("list", "--class", "7B")
        self.assertEqual([line.split()[0] for line in r.out.splitlines()[1:]], [a, d], r)
        r = self.minutes("list", "--kind", "class_meeting", "--since", "2026-09-19")
        self.assertEqual([line.split()[0] for line in r.out.splitlines()[1:]], [b], r)
        r = self.minutes("list", "--until", "2026-09-18", "--format", "json")
        rows = json.loads(r.out)
        self.assertEqual([(x["id"], x["decisions_overdue"], x["frozen"]) for x in rows],
                         [(a, 2, True)])
        r = self.minutes("list", "--since", "2027-01-01")
        self.assertEqual((r.code, r.out), (0, ""), r)
        r = self.minutes("list", "--class", "7V")
        self.assertEqual((r.code, r.err), (4, "minutes: error: no class '7V' (did you mean "
                                              "'7B'?)\n"), r)

    def test_show_as_table_and_json(self):
        mid = self.class_meeting()
        r = self.minutes("done", mid, "1")
        r = self.minutes("show", mid)
        self.assertEqual(r.code, 0, r)
        self.assertIn("Class:       7Б\n", r.out)
        self.assertIn("State:       open: awaiting the signature of the chair and the secretary\n",
                      r.out)
        self.assertIn("  1   Провести опрос родителей о питании  Омарова Динара Талгатовна  "
                      "2026-10-15  2026-11-24  done\n", r.out)
        self.assertIn("  2   Организовать экскурсию в музей      Иванова Мария Петровна     "
                      "2026-10-01              overdue\n", r.out)
        record = json.loads(self.minutes("show", mid, "--format", "json").out)
        self.assertEqual(record["id"], mid)
        self.assertEqual([d["status"] for d in record["decisions"]], ["done", "overdue"])
        self.assertEqual(record["missing_signatures"], ["chair", "secretary"])
        self.assertFalse(record["frozen"])
        # The CSV of a show is its row of `minutes list` (test_show.py); a
        # format the show does not offer is a usage error.
        r = self.minutes("show", mid, "--format", "csv")
        self.assertEqual(r.code, 0, r)
        self.assertTrue(r.out.startswith("id,date,kind,number,class,class_name,"), r.out[:80])
        r = self.minutes("show", mid, "--format", "html")
        self.assertEqual(r.code, 2, r)


class Protocol(MinutesTest):
    def test_markdown_protocol_prints_to_a_pdf_with_the_decisions(self):
        mid = self.class_meeting()
        r = self.minutes("show", mid, "--format", "markdown")
        self.assertEqual(r.code, 0, r)
        # The protocol of `minutes print`, in the minutes' language (the
        # school's Russian), not the interface's English.
        self.assertTrue(r.out.startswith("**Школа-лицей № 27 «Болашак»**  \n"), r)
        self.assertIn("\n# ПРОТОКОЛ № ", r.out)
        self.assertIn("Классное родительское собрание, 7Б класс  \nИтоги адаптации\n", r.out)
        self.assertIn("| 1 | Провести опрос родителей о питании | Омарова Динара Талгатовна | "
                      "15.10.2026 |\n", r.out)
        self.assertIn("Председатель: ................................ Иванова Мария Петровна\n",
                      r.out)
        for english in ("Minutes", "Chair", "Secretary", "Agenda", "present"):
            self.assertNotIn(english, r.out)

        import markdown  # python3-markdown

        html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
                "body { font-family: 'DejaVu Sans'; font-size: 11pt }"
                "table { border-collapse: collapse }"
                "td, th { border: 1px solid #444; vertical-align: top }"
                "</style></head><body>" + markdown.markdown(r.out, extensions=["tables"]) +
                "</body></html>")
        source = os.path.join(self.tmp, "protocol.html")
        pdf = os.path.join(self.tmp, "protocol.pdf")
        with open(source, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(["weasyprint", source, pdf], check=True, capture_output=True, timeout=120)
        text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True,
                              capture_output=True, text=True).stdout
        words = " ".join(text.split())
        for expected in ["Школа-лицей № 27 «Болашак»", "Итоги адаптации",
                         "Провести опрос родителей о питании", "Организовать экскурсию в музей",
                         "Омарова Динара Талгатовна", "15.10.2026", "Адаптация к 7 классу",
                         "Председатель:", "Секретарь:"]:
            self.assertIn(expected, words)


class Demo(StoreTest):
    """The demo store's minutes, as `make demo` shows them."""

    def minutes(self, *args):
        return self.run_tool("minutes", "--today", TODAY, *args)

    def test_demo_minutes_are_valid_and_sealed(self):
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)
        rows = json.loads(self.minutes("list", "--format", "json").out)
        kinds = {row["kind"] for row in rows}
        self.assertEqual(kinds, {"class_meeting", "school_meeting", "pta", "leadership",
                                 "education", "event", "diagnostics", "survey"})
        self.assertTrue(any(row["frozen"] for row in rows))
        self.assertTrue(any(row["decisions_overdue"] for row in rows))
        self.assertTrue(any(row["organizer"] == "parents" for row in rows))
        self.assertTrue(all(row["booking"] for row in rows if row["kind"] == "leadership"))
        sealed = 0
        for path in glob.glob(self.path("minutes/*/*.yaml")):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if "\ndigest: " not in text:
                continue
            # The signed content: the record before its digest (history and digest come
            # last), without the decisions' done dates.
            content, digest = text.split("\ndigest: ", 1)
            content = re.sub(r"\n    done: \S+", "", content) + "\n"
            self.assertEqual(digest.split("\n", 1)[0],
                             "sha256:" + hashlib.sha256(content.encode()).hexdigest(), path)
            sealed += 1
        self.assertGreater(sealed, 10)

    def test_q1_class_meetings_miss_one_class(self):
        r = self.minutes("list", "--kind", "class_meeting", "--since", "2026-09-01", "--until",
                         "2026-10-26", "--format", "json")
        held = sorted(row["class"] for row in json.loads(r.out))
        classes = sorted(os.path.basename(p)[:-5] for p in glob.glob(self.path("classes/*.yaml")))
        self.assertEqual([c for c in classes if c not in held], ["6A"])

    def test_unsigned_parent_meetings(self):
        r = self.minutes("list", "--unsigned", "--format", "json")
        rows = json.loads(r.out)
        self.assertEqual([(row["kind"], row["class"], row["date"], row["missing_signatures"])
                          for row in rows],
                         [("class_meeting", "9A", "2026-10-14", ["secretary"]),
                          ("pta", None, "2026-11-19", ["secretary"]),
                          ("class_meeting", "7B", "2026-11-20", ["chair", "secretary"])])


class BetweenSignatures(MinutesTest):
    """From the first signature on, the chair and the secretary sign one text."""

    def signed_by_chair(self):
        mid = self.class_meeting()
        r = self.minutes("sign", mid, "--as", "chair", "--name", "Иванова Мария Петровна",
                         today="2026-09-19")
        self.assertEqual(r.code, 0, r)
        return mid

    def test_decide_and_edit_are_refused_after_one_signature_done_is_not(self):
        mid = self.signed_by_chair()
        text = self.read(self.file_of(mid))
        # The first signature stores the digest of what it signed.
        self.assertRegex(text, r"\n  - {role: chair, name: Иванова Мария Петровна, "
                               r"date: 2026-09-19}\ndigest: sha256:[0-9a-f]{64}\nhistory:")
        before = files(self.store)
        r = self.minutes("edit", mid, env=Edit.editor(self, "present: 30", "present: 31"))
        self.assertEqual((r.code, r.err), (
            3, f"minutes: error: '{mid}': cannot edit minutes the chair signed on 2026-09-19: the "
            "secretary is to sign the same text; only marking a decision done is allowed\n"), r)
        self.assertEqual(files(self.store), before)

        r = self.minutes("done", mid, "1", today="2026-09-20")
        self.assertEqual((r.code, r.err), (0, f"minutes: {mid}: decision 1 done\n"), r)
        r = self.minutes("sign", mid, "--as", "secretary", "--name", "Сулейменова Айгуль",
                         today="2026-09-20")
        self.assertEqual((r.code, r.err), (0, f"minutes: {mid}: signed; the minutes are now "
                                              "frozen\n"), r)
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_a_hand_edit_between_the_signatures_stops_the_second(self):
        mid = self.signed_by_chair()
        self.replace(self.file_of(mid), "    text: Организовать экскурсию в музей\n",
                     "    text: Организовать экскурсию в театр\n")
        edited = files(self.store)
        r = self.minutes("sign", mid, "--as", "secretary", "--name", "Сулейменова Айгуль",
                         today="2026-09-20")
        self.assertEqual((r.code, r.out, r.err), (
            5, "", f"minutes: error: '{mid}': the minutes were changed after they were first "
            "signed (their content no longer matches the digest, see report check); both must "
            "sign the same text\n"), r)
        self.assertEqual(files(self.store), edited)
        text = self.read(self.file_of(mid))
        line = text.split("\n").index(next(l for l in text.split("\n")
                                           if l.startswith("digest: "))) + 1
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (1, f"{self.file_of(mid)}:{line}:9: 'digest': the "
                                              "minutes were changed after they were signed (their "
                                              "content no longer matches the digest)\n"), r)

    def test_show_says_who_has_signed(self):
        mid = self.signed_by_chair()
        r = self.minutes("show", mid)
        self.assertIn("State:       signed by the chair, awaiting the signature of the "
                      "secretary\n", r.out)
        md = self.minutes("show", mid, "--format", "markdown").out
        self.assertIn("Председатель: ................................ Иванова Мария Петровна  \n"
                      "подписано 19 сентября 2026 г.\n", md)
        self.assertIn("Секретарь: ................................ Сулейменова Айгуль\n\n", md)
        self.assertNotIn("контрольная сумма", md)


class PlannedMinutes(MinutesTest):
    """Minutes created ahead for a planned meeting."""

    def test_nothing_is_signed_or_done_before_the_meeting_and_list_unsigned_waits(self):
        mid = self.new("--kind", "class_meeting", "--date", "2026-12-17", "--class", "7B",
                       "--agenda", "Итоги второй четверти", today="2026-11-20")
        r = self.minutes("decide", mid, "--text", "Проект решения", "--owner", "ivanova",
                         "--due", "2026-12-25", today="2026-11-20")
        self.assertEqual((r.code, r.out), (0, "1\n"), r)
        before = files(self.store)
        r = self.minutes("done", mid, "1", today="2026-12-16")
        self.assertEqual((r.code, r.err), (3, f"minutes: error: '{mid}': decision 1 cannot be "
                                              "done before the meeting on 2026-12-17\n"), r)
        r = self.minutes("sign", mid, "--as", "chair", "--name", "Иванова", today="2026-12-16")
        self.assertEqual((r.code, r.err), (3, f"minutes: error: '{mid}': cannot sign before the "
                                              "meeting on 2026-12-17\n"), r)
        self.assertEqual(files(self.store), before)
        # Not "unsigned" before its day; on its day it is.
        listed = lambda today: [row["id"] for row in json.loads(self.minutes(
            "list", "--unsigned", "--format", "json", today=today).out)]
        self.assertEqual(listed("2026-12-16"), [])
        self.assertEqual(listed("2026-12-17"), [mid])


class CheckByHand(MinutesTest):
    """What report check says of minutes written by hand against the rules."""

    def test_signatures_before_the_meeting_another_signer_a_decision_due_before_it(self):
        self.write("minutes/2026/M-20261120-PQ4N.yaml",
                   "id: M-20261120-PQ4N\nkind: class_meeting\ndate: 2026-12-17\nclass: 7B\n"
                   "chair: Иванова Мария Петровна\n"
                   "decisions:\n  - number: 1\n    text: Проект\n    owner: ivanova\n"
                   "    due: 2026-12-10\n"
                   "signatures:\n"
                   "  - {role: chair, name: Петрова Нина, date: 2026-11-24}\n"
                   "history:\n  - at: 2026-11-20T10:00:00+05:00\n    by: Тест\n"
                   "    action: created\n")
        before = files(self.store)
        r = self.run_tool("report", "check")
        f = "minutes/2026/M-20261120-PQ4N.yaml"
        self.assertEqual((r.code, r.out), (1, (
            f"{f}:10:10: 'decisions[1].due': decision 1 is due on 2026-12-10, before the meeting "
            "on 2026-12-17\n"
            f"{f}:12:25: 'signatures[1].name': signed by 'Петрова Нина', but the chair of the "
            "meeting is 'Иванова Мария Петровна'\n"
            f"{f}:12:45: 'signatures[1].date': the chair signed on 2026-11-24, before the meeting "
            "on 2026-12-17\n")), r)
        self.assertRegex(r.err, r"^report: \d+ files checked, 3 problems\n$")
        self.assertEqual(files(self.store), before)


if __name__ == "__main__":
    unittest.main()
