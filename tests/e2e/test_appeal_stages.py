"""appeal: the stages of an appeal keep their own deadlines (a late
escalation stays late), the rules of extension (before the due date, by the
administration, once) and the parent's notice of it, with the real binaries
on a copy of the demo store."""

import json
import re
import unittest

from harness import StoreTest, snapshot

TODAY = "2026-11-24"  # a Tuesday


class StageTest(StoreTest):
    def appeal(self, *args, today=TODAY, **kwargs):
        return self.run_tool("appeal", "--today", today, *args, **kwargs)

    def ok(self, *args, today=TODAY):
        r = self.appeal(*args, today=today)
        self.assertEqual(r.code, 0, r)
        return r

    def new(self, route, today=TODAY):
        r = self.ok("new", "--from", "Сергеева Анна Петровна", "--kind", "request", "--channel",
                    "email", "--lang", "ru", "--class", "7B", "--subject", "Расписание кружков",
                    "--to", route, today=today)
        m = re.fullmatch(r"(A-\d{8}-[0-9A-Z]{4}) due (\S+)\n", r.out)
        self.assertIsNotNone(m, r)
        return m.group(1), m.group(2)

    def record(self, ident):
        return self.read(f"appeals/{ident[2:6]}/{ident}.yaml")

    def statistics(self, today):
        r = self.run_tool("report", "--today", today, "appeals", "--since", TODAY, "--format",
                          "json")
        self.assertEqual(r.code, 0, r)
        return json.loads(r.out)


class LateEscalation(StageTest):
    def test_an_escalation_after_the_class_teachers_days_stays_late(self):
        ident, due = self.new("class_teacher")
        self.assertEqual(due, "2026-11-29")
        # Escalated two days after the class teacher's due date; the
        # administration answers well within its own 15 days.
        r = self.ok("escalate", ident, "--reason", "Нужен приказ", today="2026-12-01")
        self.assertEqual(r.err, f"appeal: '{ident}' escalated, assigned to omarova, due "
                                "2026-12-16\n")
        self.ok("respond", ident, "--lang", "ru", "--text", "Ответ", today="2026-12-03")
        r = self.ok("deliver", ident, "--via", "email", today="2026-12-03")
        self.assertEqual(r.err, f"appeal: '{ident}' delivered by the due date 2026-12-16, but "
                                "late: the class teacher escalated it 2 days after the class "
                                "teacher's due date\n")
        self.assertIn("action: delivered 2026-12-03 via email, 2 days late\n", self.record(ident))
        show = self.ok("show", ident, today="2026-12-03").out
        self.assertRegex(show, r"\nEscalated: +2026-12-01, due was 2026-11-29, from ivanova, "
                               r"2 days late: Нужен приказ\n")
        s = self.statistics("2026-12-03")
        self.assertEqual((s["answered"], s["on_time"]), (1, 0))
        self.assertEqual(s["stages"], {"class_teacher": {"ended": 1, "on_time": 0},
                                       "administration": {"ended": 1, "on_time": 1}})

    def test_an_escalation_on_the_class_teachers_due_date_is_in_time(self):
        ident, _ = self.new("class_teacher")
        self.ok("escalate", ident, today="2026-11-29")
        self.ok("respond", ident, "--lang", "ru", "--text", "Ответ", today="2026-12-02")
        r = self.ok("deliver", ident, "--via", "email", today="2026-12-02")
        self.assertEqual(r.err, f"appeal: '{ident}' delivered, on time (due 2026-12-14)\n")
        s = self.statistics("2026-12-02")
        self.assertEqual((s["answered"], s["on_time"]), (1, 1))
        self.assertEqual(s["stages"], {"class_teacher": {"ended": 1, "on_time": 1},
                                       "administration": {"ended": 1, "on_time": 1}})

    def test_the_summary_counts_each_stage(self):
        ident, _ = self.new("class_teacher")
        self.ok("escalate", ident, today="2026-12-01")
        r = self.run_tool("report", "--today", "2026-12-01", "appeals", "--since", TODAY)
        self.assertEqual(r.code, 0, r)
        self.assertIn("Class teacher stage: 1 ended, on time: 0 (0.0%)\n"
                      "Administration stage: 0 ended, on time: 0 (-)\n", r.out)


class Extension(StageTest):
    def test_the_due_date_itself_is_still_in_time_the_day_after_is_not(self):
        ident, due = self.new("administration")
        self.assertEqual(due, "2026-12-09")
        before = snapshot(self.store)
        r = self.appeal("extend", ident, "--until", "2027-01-10", "--reason", "Проверка",
                        today="2026-12-10")
        self.assertEqual((r.code, r.err), (3, f"appeal: error: '{ident}': the due date 2026-12-09 "
                                              "has passed; an appeal is extended only before its "
                                              "due date\n"), r)
        self.assertEqual(snapshot(self.store), before)
        r = self.ok("extend", ident, "--until", "2027-01-10", "--reason", "Проверка",
                    today="2026-12-09")
        self.assertEqual(r.err, f"appeal: '{ident}' extended, assigned to omarova, due "
                                "2027-01-10\n")

    def test_the_class_teacher_does_not_extend_the_administration_may_once(self):
        ident, _ = self.new("class_teacher")
        before = snapshot(self.store)
        r = self.appeal("extend", ident, "--until", "2026-12-10", "--reason", "Болезнь")
        self.assertEqual((r.code, r.err), (3, f"appeal: error: '{ident}': a request to the class "
                                              "teacher is not extended; escalate it to the "
                                              "administration, which may extend it once\n"), r)
        self.assertEqual(snapshot(self.store), before)
        self.ok("escalate", ident, today="2026-11-26")
        self.ok("extend", ident, "--until", "2027-01-20", "--reason", "Комиссия",
                today="2026-12-01")
        r = self.appeal("extend", ident, "--until", "2027-01-22", "--reason", "Ещё",
                        today="2026-12-02")
        self.assertEqual(r.code, 3, r)
        self.assertIn("already extended once, on 2026-12-01 to 2027-01-20", r.err)


class Notice(StageTest):
    def morning(self, today):
        r = self.run_tool("report", "--today", today, "overdue", "--due-soon", "--format", "json")
        self.assertIn(r.code, (0, 5), r)
        return [i for i in json.loads(r.out) if i["what"] == "notice"]

    def test_an_extension_without_notice_is_due_in_3_working_days(self):
        ident, _ = self.new("administration")
        # Friday 2026-11-27: Mon, Tue, Wed are the 3 working days.
        self.ok("extend", ident, "--until", "2027-01-10", "--reason", "Проверка",
                today="2026-11-27")
        self.assertRegex(self.ok("show", ident, today="2026-11-27").out, r"\nNotified: +not yet\n")
        notice = [i for i in self.morning("2026-11-30") if i["id"] == ident]
        self.assertEqual([(i["section"], i["due"], i["days_late"], i["days_left"])
                          for i in notice], [("due_soon", "2026-12-02", 0, 2)])
        notice = [i for i in self.morning("2026-12-03") if i["id"] == ident]
        self.assertEqual([(i["section"], i["days_late"], i["days_left"]) for i in notice],
                         [("overdue", 1, 0)])
        r = self.ok("notify", ident, "--via", "phone", "--on", "2026-12-02", today="2026-12-03")
        self.assertEqual(r.err, f"appeal: '{ident}': the parent's notice of the extension "
                                "recorded\n")
        self.assertIn("  notified: {date: 2026-12-02, via: phone}\n", self.record(ident))
        self.assertEqual([i for i in self.morning("2026-12-03") if i["id"] == ident], [])
        r = self.appeal("notify", ident, "--via", "email", today="2026-12-03")
        self.assertEqual((r.code, r.err), (3, f"appeal: error: '{ident}': the parent was already "
                                              "notified on 2026-12-02\n"), r)

    def test_notice_given_with_the_extension(self):
        ident, _ = self.new("administration")
        self.ok("extend", ident, "--until", "2027-01-10", "--reason", "Проверка",
                "--notified-via", "in_person", today="2026-11-27")
        self.assertIn("  notified: {date: 2026-11-27, via: in_person}\n", self.record(ident))
        self.assertIn("action: extended; due 2027-01-10 (was 2026-12-09); parent notified via "
                      "in_person\n", self.record(ident))
        self.assertEqual([i for i in self.morning("2026-12-10") if i["id"] == ident], [])

    def test_notify_needs_an_extension_and_a_day_in_range(self):
        ident, _ = self.new("administration")
        before = snapshot(self.store)
        r = self.appeal("notify", ident, "--via", "email")
        self.assertEqual((r.code, r.err), (3, f"appeal: error: '{ident}': not extended; only an "
                                              "extension is notified this way\n"), r)
        self.ok("extend", ident, "--until", "2027-01-10", "--reason", "Проверка")
        before = snapshot(self.store)
        r = self.appeal("notify", ident, "--via", "email", "--on", "2026-11-23")
        self.assertEqual((r.code, r.err), (3, f"appeal: error: '{ident}': --on 2026-11-23 is "
                                              "before the extension of 2026-11-24\n"), r)
        r = self.appeal("notify", ident, "--via", "pigeon")
        self.assertEqual(r.code, 2, r)
        self.assertIn("--via: expected one of", r.err)
        self.assertEqual(snapshot(self.store), before)


if __name__ == "__main__":
    unittest.main()
