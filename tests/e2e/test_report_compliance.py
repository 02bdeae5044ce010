"""report compliance at the edges of its rules, with --today on temporary
stores: the first and last day of a term, a meeting in the break after it,
minutes created ahead for a planned meeting, a parent meeting signed by one
only, a meeting dated today, a store started in the middle of the year; the
exact table, CSV and JSON, in English and in Russian."""

import json
import os
import shutil
import tempfile
import unittest

from harness import run, snapshot

PLAN = """plan:                      # the periodic work the school must do
  - {kind: class_meeting, per: class, every: term}
  - {kind: school_meeting, per: school, every: half_year}
  - {kind: education, per: class, every: 3_months}
  - {kind: diagnostics, per: class, times: 2, every: year}
"""
FILES = {
    "staff/ivanova.yaml": "id: ivanova\nname: Иванова Мария\nroles: [class_teacher]\n",
    "classes/5A.yaml": "id: 5A\nname: 5А\nteacher: ivanova\nstudents: 20\nparents: 30\n",
    "classes/7B.yaml": "id: 7B\nname: 7Б\nteacher: ivanova\nstudents: 25\nparents: 40\n",
    "classes/10A.yaml": "id: 10A\nname: 10А\nteacher: ivanova\nstudents: 22\nparents: 35\n",
}
CHAIR, SECRETARY = "Сергеева Анна", "Ким Ольга"


class ComplianceTest(unittest.TestCase):
    maxDiff = None
    # The store begins before the school year: the plan applies from 2026-09-01.
    STARTED = "2026-08-25"

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-compliance-")
        self.store = os.path.join(self.tmp, "store")
        r = run("report", "init", self.store, "--name", "Тестовая школа", "--today", self.STARTED)
        self.assertEqual(r.code, 0, r)
        for rel, text in FILES.items():
            self.write(rel, text)
        # Only the class meetings are planned, unless a test says otherwise.
        school = self.read("school.yaml")
        self.assertIn(PLAN, school)
        self.write("school.yaml", school.replace(
            PLAN, "plan:\n  - {kind: class_meeting, per: class, every: term}\n"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def read(self, rel):
        with open(os.path.join(self.store, rel), encoding="utf-8") as f:
            return f.read()

    def write(self, rel, text):
        path = os.path.join(self.store, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def tool(self, name, *args, today, env=None):
        return run(name, "--store", self.store, "--today", today, *args, env=env)

    def meeting(self, klass, date, signed=(), created=None, kind="class_meeting"):
        """Minutes of a meeting, created on `created` (the meeting's day by
        default) and signed on its day by the roles in `signed`."""
        args = ["new", "--kind", kind, "--date", date, "--chair", CHAIR, "--secretary", SECRETARY]
        if klass:
            args += ["--class", klass]
        r = self.tool("minutes", *args, today=created or date)
        self.assertEqual(r.code, 0, r)
        mid = r.out.strip()
        for role in signed:
            r = self.tool("minutes", "sign", mid, "--as", role, "--name",
                          CHAIR if role == "chair" else SECRETARY, today=date)
            self.assertEqual(r.code, 0, r)
        return mid

    def compliance(self, *args, today, lang=None):
        before = snapshot(self.store)
        r = self.tool("report", "compliance", *args, today=today,
                      env={"PARENTDESK_LANG": lang} if lang else None)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.err, "")
        self.assertEqual(snapshot(self.store), before, "report compliance changed a file")
        return r.out


class TermEdges(ComplianceTest):
    def setUp(self):
        super().setUp()
        # Q1 runs 2026-09-01..2026-10-26, Q2 from 2026-11-03.
        self.meeting("5A", "2026-10-26", signed=("chair", "secretary"))  # Q1's last day
        self.signed_by_one = self.meeting("7B", "2026-10-30", signed=("chair",))  # in the break
        self.meeting("10A", "2026-11-03", signed=("chair", "secretary"))  # Q2's first day

    def test_in_the_break_a_short_term_is_due_and_the_break_meeting_counts_for_it(self):
        self.assertEqual(self.compliance(today="2026-11-02"), (
            "CLASS  REQUIREMENT                    PERIOD  HELD  OF  UNSIGNED  PLANNED  STATUS    "
            "BY\n"
            "5А     class parent meeting per term  Q1      1     1   0         0        held      "
            "2026-10-26\n"
            "7Б     class parent meeting per term  Q1      0     1   1         0        unsigned  "
            "2026-10-26\n"
            # Its meeting of 2026-11-03 is in Q2, and still to come.
            "10А    class parent meeting per term  Q1      0     1   0         0        due       "
            "2026-10-26\n"))

    def test_from_the_next_terms_first_day_a_short_term_is_missed(self):
        self.assertEqual(self.compliance("--term", "Q1", today="2026-11-03"), (
            "CLASS  REQUIREMENT                    PERIOD  HELD  OF  UNSIGNED  PLANNED  STATUS    "
            "BY\n"
            "5А     class parent meeting per term  Q1      1     1   0         0        held      "
            "2026-10-26\n"
            "7Б     class parent meeting per term  Q1      0     1   1         0        unsigned  "
            "2026-10-26\n"
            "10А    class parent meeting per term  Q1      0     1   0         0        missed    "
            "2026-10-26\n"))
        # The meeting on Q2's first day counts for Q2 (and the break's for Q1 only).
        self.assertEqual(self.compliance(today="2026-11-03"), (
            "CLASS  REQUIREMENT                    PERIOD  HELD  OF  UNSIGNED  PLANNED  STATUS  "
            "BY\n"
            "5А     class parent meeting per term  Q2      0     1   0         0        due     "
            "2026-12-26\n"
            "7Б     class parent meeting per term  Q2      0     1   0         0        due     "
            "2026-12-26\n"
            "10А    class parent meeting per term  Q2      1     1   0         0        held    "
            "2026-12-26\n"))

    def overdue(self, today):
        r = self.tool("report", "overdue", "--due-soon", "--format", "csv", today=today)
        self.assertEqual(r.code, 0, r)
        return r.out

    def test_the_morning_mail_names_the_short_terms_as_they_end_and_in_the_break(self):
        header = "section,due,days_late,days_left,what,id,decision,class,class_name,staff,detail\n"
        # Two days before Q1 ends: 10A's meeting is in Q2; 5A's and 7B's are
        # planned (their minutes are written ahead), so not short.
        self.assertEqual(self.overdue("2026-10-24"), header + (
            "due_soon,2026-10-26,0,2,plan,Q1,,10A,10А,Иванова Мария,"
            "class parent meeting per term: held 0 of 1\n"))
        # In the break: 7B's meeting took place but is signed by one only.
        self.assertEqual(self.overdue("2026-11-02"), header + (
            "overdue,2026-10-26,7,0,plan,Q1,,10A,10А,Иванова Мария,"
            "class parent meeting per term: held 0 of 1\n"
            "overdue,2026-10-26,7,0,plan,Q1,,7B,7Б,Иванова Мария,"
            "\"class parent meeting per term: held 0 of 1, 1 not signed\"\n"))
        # Q2 has begun: Q1 is missed (report compliance --term Q1 says so), and
        # nothing of Q2 is due soon; 7B's minutes still wait for a signature.
        self.assertEqual(self.overdue("2026-11-03").splitlines()[1:], [
            "due_soon,2026-11-06,0,3,signatures,M-20261030-" + self.signed_by_one[-4:] + ",,7B,7Б,,"
            "class parent meeting of 2026-10-30: no signature of the secretary"])

    def test_the_second_signature_makes_the_unsigned_meeting_held(self):
        mid = json.loads(self.tool("minutes", "list", "--class", "7B", "--format", "json",
                                   today="2026-11-24").out)[0]["id"]
        r = self.tool("minutes", "sign", mid, "--as", "secretary", "--name", SECRETARY,
                      today="2026-11-24")
        self.assertEqual(r.code, 0, r)
        rows = json.loads(self.compliance("--term", "Q1", "--format", "json", today="2026-11-24"))
        self.assertEqual([(i["class"], i["held"], i["unsigned"], i["status"]) for i in rows],
                         [("5A", 1, 0, "held"), ("7B", 1, 0, "held"), ("10A", 0, 0, "missed")])


class PlannedMeetings(ComplianceTest):
    def setUp(self):
        super().setUp()
        # Created on 2026-11-20 for a meeting on 2026-12-17.
        self.planned = self.meeting("7B", "2026-12-17", created="2026-11-20")

    def test_minutes_created_ahead_are_planned_until_their_day(self):
        self.assertEqual(self.compliance("--format", "csv", today="2026-11-24"),
                         "class,class_name,kind,every,period,held,required,unsigned,planned,status,due\n"
                         "5A,5А,class_meeting,term,Q2,0,1,0,0,due,2026-12-26\n"
                         "7B,7Б,class_meeting,term,Q2,0,1,0,1,planned,2026-12-26\n"
                         "10A,10А,class_meeting,term,Q2,0,1,0,0,due,2026-12-26\n")
        # The day before: still planned.
        self.assertIn("7B,7Б,class_meeting,term,Q2,0,1,0,1,planned,2026-12-26\n",
                      self.compliance("--format", "csv", today="2026-12-16"))

    def test_a_meeting_dated_today_is_unsigned_then_held_once_both_sign_that_day(self):
        self.assertIn("7B,7Б,class_meeting,term,Q2,0,1,1,0,unsigned,2026-12-26\n",
                      self.compliance("--format", "csv", today="2026-12-17"))
        for role, name in (("chair", CHAIR), ("secretary", SECRETARY)):
            r = self.tool("minutes", "sign", self.planned, "--as", role, "--name", name,
                          today="2026-12-17")
            self.assertEqual(r.code, 0, r)
        self.assertIn("7B,7Б,class_meeting,term,Q2,1,1,0,0,held,2026-12-26\n",
                      self.compliance("--format", "csv", today="2026-12-17"))

    def test_signing_ahead_is_refused_so_a_future_meeting_never_counts(self):
        r = self.tool("minutes", "sign", self.planned, "--as", "chair", "--name", CHAIR,
                      today="2026-12-16")
        self.assertEqual((r.code, r.err), (3, f"minutes: error: '{self.planned}': cannot sign "
                                              "before the meeting on 2026-12-17\n"))

    def test_in_russian(self):
        requirement = "классное родительское собрание, период: четверть"
        self.assertEqual(self.compliance(today="2026-11-24", lang="ru"), (
            f"КЛАСС  ТРЕБОВАНИЕ{' ' * 40}ПЕРИОД  ПРОВЕДЕНО  ТРЕБУЕТСЯ  НЕ ПОДПИСАНО  "
            "ЗАПЛАНИРОВАНО  СТАТУС         СРОК\n"
            f"5А     {requirement}  Q2      0          1          0             0              "
            "ожидается      2026-12-26\n"
            f"7Б     {requirement}  Q2      0          1          0             1              "
            "запланировано  2026-12-26\n"
            f"10А    {requirement}  Q2      0          1          0             0              "
            "ожидается      2026-12-26\n"))


class StartedMidYear(ComplianceTest):
    STARTED = "2026-12-01"

    def test_periods_that_ended_before_plan_from_are_not_required(self):
        self.assertIn("plan_from: 2026-12-01", self.read("school.yaml"))
        self.meeting("7B", "2026-10-20", signed=("chair", "secretary"))
        self.assertEqual(self.compliance("--term", "Q1", "--format", "csv", today="2026-12-01"),
                         "class,class_name,kind,every,period,held,required,unsigned,planned,status,due\n"
                         "5A,5А,class_meeting,term,Q1,0,1,0,0,not_required,2026-10-26\n"
                         "7B,7Б,class_meeting,term,Q1,1,1,0,0,held,2026-10-26\n"
                         "10A,10А,class_meeting,term,Q1,0,1,0,0,not_required,2026-10-26\n")
        self.assertIn("5А     class parent meeting per term  Q1      0     1   0         0        "
                      "not required  2026-10-26\n",
                      self.compliance("--term", "Q1", today="2026-12-01"))


class OtherKinds(ComplianceTest):
    def test_kinds_without_signatures_and_the_school_rule(self):
        school = self.read("school.yaml")
        self.write("school.yaml", school.replace(
            "plan:\n  - {kind: class_meeting, per: class, every: term}\n",
            "plan:\n  - {kind: school_meeting, per: school, every: half_year}\n"
            "  - {kind: education, per: class, every: 3_months}\n"))
        self.meeting("", "2026-09-10", signed=("chair",), kind="school_meeting")
        self.meeting("5A", "2026-11-30", kind="education")  # the span's last day
        self.meeting("7B", "2026-12-01", kind="education", created="2026-11-20")  # next span
        rows = json.loads(self.compliance("--format", "json", today="2026-11-24"))
        self.assertEqual([(i["class"], f"{i['kind']} per {i['every']}", i["period"], i["held"],
                           i["unsigned"], i["planned"], i["status"]) for i in rows], [
            (None, "school_meeting per half_year", "H1", 0, 1, 0, "unsigned"),
            ("5A", "education per 3_months", "2026-09..2026-11", 0, 0, 1, "planned"),
            ("5A", "education per 3_months", "2026-12..2027-02", 0, 0, 0, "upcoming"),
            ("7B", "education per 3_months", "2026-09..2026-11", 0, 0, 0, "due"),
            ("7B", "education per 3_months", "2026-12..2027-02", 0, 0, 1, "planned"),
            ("10A", "education per 3_months", "2026-09..2026-11", 0, 0, 0, "due"),
            ("10A", "education per 3_months", "2026-12..2027-02", 0, 0, 0, "upcoming"),
        ])
        # On the span's last day the education event is held: it needs no signature.
        rows = json.loads(self.compliance("--format", "json", today="2026-11-30"))
        self.assertEqual(rows[1]["status"], "held")
        self.assertEqual(rows[5]["status"], "due")
        rows = json.loads(self.compliance("--format", "json", today="2026-12-01"))
        self.assertEqual([i["status"] for i in rows],
                         ["unsigned", "held", "due", "missed", "held", "missed", "due"])


if __name__ == "__main__":
    unittest.main()
