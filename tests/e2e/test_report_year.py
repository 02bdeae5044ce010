"""report year: every figure against a count made here, by hand, from the
records the test writes — with records at the edges of the rules: the first
day of the year, today, tomorrow, the summer before, meetings without
attendance counts, surveys of students and teachers, incidents."""

import json
import os
import shutil
import tempfile
import unittest

from harness import run

TODAY = "2026-11-24"
YEAR = ("2026/2027", "2026-09-01", "2027-05-25")
TERMS = [("Q1", "2026-09-01", "2026-10-26"), ("Q2", "2026-11-03", "2026-12-26"),
         ("Q3", "2027-01-08", "2027-03-18"), ("Q4", "2027-03-30", "2027-05-25")]
SCHOOL = (
    "name: Школа № 5\nui_language: en\nyear: {start: 2026-09-01, end: 2027-05-25}\nterms:\n"
    + "".join(f"  - {{name: {n}, start: {s}, end: {e}}}\n" for n, s, e in TERMS)
    + "holidays: [2026-12-16, 2027-01-01]\n"
    "plan:\n  - {kind: class_meeting, per: class, every: term}\n")
CLASSES = {"7B": {"name": "7Б", "students": 25, "parents": 40},
           "5A": {"name": "5А", "students": 20, "parents": 30}}
STAFF = {"ivanova": ("Иванова Мария", "class_teacher"), "omarova": ("Омарова Дана", "coordinator")}

# The class meeting made and signed by both with `minutes` (below).
SIGNED_MEETING = {"kind": "class_meeting", "date": "2026-10-20", "class": "7B",
                  "invited": 25, "present": 20, "signed": True}
# Written by hand, in canonical key order.
MINUTES = [
    # A parents' event on the first day of the year, and one today: counted.
    {"kind": "event", "date": "2026-09-01", "organizer": "parents", "invited": 20, "present": 10},
    {"kind": "event", "date": "2026-11-24", "organizer": "parents", "invited": 10, "present": 4},
    {"kind": "education", "date": "2026-11-10", "class": "7B", "organizer": "parents",
     "invited": 40, "present": 30},
    # Tomorrow: a planned event is not held, whatever its counts say.
    {"kind": "event", "date": "2026-11-25", "organizer": "parents", "invited": 50, "present": 50},
    # A class meeting whose minutes nobody signed: not held (M1), so neither
    # its counts nor its term count.
    {"kind": "class_meeting", "date": "2026-10-21", "class": "5A", "invited": 30,
     "present": 25, "unsigned": True},
    # No `present`, and no counts at all: left out of participation, and said so.
    {"kind": "education", "date": "2026-11-05", "class": "5A", "organizer": "school",
     "invited": 30},
    {"kind": "event", "date": "2026-10-01", "organizer": "school"},
    # Surveys: of parents (by default and by name), of students, of teachers;
    # one tomorrow and one in the summer before the year are not counted.
    {"kind": "survey", "date": "2026-11-15", "organizer": "school", "respondents": 50,
     "satisfied": 40},
    {"kind": "survey", "date": "2026-11-16", "organizer": "school", "respondents": 20,
     "satisfied": 13, "surveyed": "parents"},
    {"kind": "survey", "date": "2026-11-20", "organizer": "school", "respondents": 100,
     "satisfied": 70, "surveyed": "students"},
    {"kind": "survey", "date": "2026-11-20", "organizer": "school", "respondents": 30,
     "satisfied": 27, "surveyed": "teachers"},
    {"kind": "survey", "date": "2026-11-30", "organizer": "school", "respondents": 60,
     "satisfied": 0, "surveyed": "parents"},
    {"kind": "survey", "date": "2026-08-30", "organizer": "school", "respondents": 10,
     "satisfied": 10},
]
# Recorded with `report incident` (dated by today), or by hand (the one after).
INCIDENTS = [
    {"kind": "bullying", "date": "2026-10-14", "class": "7B", "reported_to": ["juvenile_inspector"]},
    {"kind": "offence", "date": "2026-09-01", "class": None, "reported_to": []},
    {"kind": "suicide_attempt", "date": "2026-08-31", "class": None, "reported_to": ["health"]},
]
LATE_INCIDENT = {"kind": "offence", "date": "2026-11-25", "class": "5A", "reported_to": []}
# (received, due, delivered or None)
APPEALS = [("2026-10-01", "2026-10-16", "2026-10-10"),  # on time
           ("2026-09-15", "2026-09-30", "2026-10-05"),  # late
           ("2026-11-20", "2026-12-05", None),          # open
           ("2026-11-25", "2026-12-10", None)]          # received tomorrow: not yet


def in_year(date, today):
    return YEAR[1] <= date <= YEAR[2] and date <= today


def percent(part, whole):
    return None if whole == 0 else round(100.0 * part / whole, 1)


def percent_text(part, whole):
    value = percent(part, whole)
    return "-" if value is None else f"{100.0 * part / whole:.1f}%"


def hand_count(today):
    """The figures of the year by today, counted from the lists above."""
    minutes = MINUTES + [SIGNED_MEETING]
    held = [m for m in minutes if in_year(m["date"], today) and not m.get("unsigned")]
    satisfaction = {}
    for group in ["parents", "students", "teachers"]:
        surveys = [m for m in held if m["kind"] == "survey"
                   and m.get("surveyed", "parents") == group]
        respondents = sum(m["respondents"] for m in surveys)
        satisfied = sum(m["satisfied"] for m in surveys)
        satisfaction[group] = {"surveys": len(surveys), "respondents": respondents,
                               "satisfied": satisfied, "percent": percent(satisfied, respondents)}
    students = sum(c["students"] for c in CLASSES.values())
    parent_events = len([m for m in held if m.get("organizer") == "parents"])
    meetings = [m for m in held
                if m["kind"] in ("class_meeting", "school_meeting", "pta", "education", "event")]
    counted = [m for m in meetings if "invited" in m and "present" in m]
    invited = sum(m["invited"] for m in counted)
    present = sum(m["present"] for m in counted)
    incidents = {}
    for kind in ["offence", "bullying", "suicide_attempt", "suicide"]:
        cases = [i for i in INCIDENTS + [LATE_INCIDENT]
                 if i["kind"] == kind and in_year(i["date"], today)]
        incidents[kind] = {"cases": len(cases),
                           "reported": len([i for i in cases if i["reported_to"]])}
    appeals = [a for a in APPEALS if in_year(a[0], today)]
    answered = [a for a in appeals if a[2]]
    on_time = [a for a in answered if a[2] <= a[1]]
    # The plan: a class meeting per class and term, for the terms ended by
    # today; a meeting counts for its term until the next term starts.
    due = held_periods = 0
    for i, (name, start, end) in enumerate(TERMS):
        if not end < today:
            continue
        def counts(date):
            if i + 1 < len(TERMS):
                return start <= date < TERMS[i + 1][1]
            return start <= date <= YEAR[2]
        for klass in CLASSES:
            due += 1
            if any(m["kind"] == "class_meeting" and m.get("class") == klass
                   and counts(m["date"]) for m in held):
                held_periods += 1
    return {
        "school": "Школа № 5", "year": YEAR[0], "from": YEAR[1], "to": YEAR[2],
        "counted_until": min(today, YEAR[2]),
        "students": students, "parents": sum(c["parents"] for c in CLASSES.values()),
        "satisfaction": satisfaction["parents"],
        "students_satisfaction": satisfaction["students"],
        "teachers_satisfaction": satisfaction["teachers"],
        "parent_events": {"events": parent_events,
                          "per_100_students": percent(parent_events, students)},
        "participation": {"events": len(counted), "invited": invited, "present": present,
                          "without_count": len(meetings) - len(counted),
                          "percent": percent(present, invited)},
        "incidents": incidents,
        "appeals": {"received": len(appeals), "answered": len(answered),
                    "on_time": len(on_time), "percent": percent(len(on_time), len(answered))},
        "plan": {"periods_due": due, "periods_held": held_periods,
                 "percent": percent(held_periods, due)},
    }


def plural(n, one, many):
    return one if n == 1 else many


def table(y):
    """report year's table, from the hand count."""
    def satisfaction(label, s):
        return [label, percent_text(s["satisfied"], s["respondents"]),
                f"{s['satisfied']} satisfied of {s['respondents']} respondents in "
                f"{s['surveys']} {plural(s['surveys'], 'survey', 'surveys')}"]

    def incident(label, i):
        return [label, str(i["cases"]), f"{i['reported']} reported to a body"]

    p, e, a, plan = y["participation"], y["parent_events"], y["appeals"], y["plan"]
    rows = [
        ["CRITERION", "VALUE", "BASIS"],
        satisfaction("parents' satisfaction", y["satisfaction"]),
        satisfaction("students' satisfaction", y["students_satisfaction"]),
        satisfaction("teachers' satisfaction", y["teachers_satisfaction"]),
        ["events organised by parents", percent_text(e["events"], y["students"]),
         f"{e['events']} events per {y['students']} students"],
        ["parents taking part in events", percent_text(p["present"], p["invited"]),
         f"{p['present']} present of {p['invited']} invited at {p['events']} "
         f"{plural(p['events'], 'event', 'events')}, {p['without_count']} without attendance "
         "counts left out"],
        incident("offences among students", y["incidents"]["offence"]),
        incident("bullying among students", y["incidents"]["bullying"]),
        incident("suicide attempts among students", y["incidents"]["suicide_attempt"]),
        incident("suicides among students", y["incidents"]["suicide"]),
        ["appeals answered on time", percent_text(a["on_time"], a["answered"]),
         f"{a['on_time']} on time of {a['answered']} answered, {a['received']} received"],
        ["plan of periodic work held", percent_text(plan["periods_held"], plan["periods_due"]),
         f"{plan['periods_held']} of {plan['periods_due']} ended "
         f"{plural(plan['periods_due'], 'period', 'periods')}"],
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    return "".join(f"{r[0].ljust(widths[0])}  {r[1].ljust(widths[1])}  {r[2]}".rstrip() + "\n"
                   for r in rows)


def minutes_yaml(i, m):
    text = f"id: M-{m['date'].replace('-', '')}-{i:04d}\nkind: {m['kind']}\ndate: {m['date']}\n"
    for key in ["class", "organizer", "invited", "present", "respondents", "satisfied",
                "surveyed"]:
        if key in m:
            text += f"{key}: {m[key]}\n"
    return text + (f"history:\n  - at: {m['date']}T18:30:00+05:00\n    by: Ким Ольга\n"
                   "    action: created\n")


def appeal_yaml(i, received, due, delivered):
    id = f"A-{received.replace('-', '')}-{i:04d}"
    text = (f"id: {id}\nstatus: {'delivered' if delivered else 'assigned'}\nkind: complaint\n"
            f"channel: email\nlang: ru\nreceived: {received}\nfrom: Родитель\nclass: 7B\n"
            f"subject: Вопрос\nroute: administration\nassignee: omarova\ndue: {due}\n")
    if delivered:
        text += (f"response:\n  lang: ru\n  date: {delivered}\n  by: Омарова Дана\n"
                 f"  text: Ответ\ndelivered: {{date: {delivered}, via: email}}\n")
    return id, text + (f"history:\n  - at: {received}T10:00:00+05:00\n    by: Омарова Дана\n"
                       "    action: received\n")


class ReportYear(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="parentdesk-year-")
        cls.store = store = os.path.join(cls.tmp, "store")
        files = {"school.yaml": SCHOOL}
        for id, (name, role) in STAFF.items():
            files[f"staff/{id}.yaml"] = f"id: {id}\nname: {name}\nroles: [{role}]\n"
        for id, c in CLASSES.items():
            files[f"classes/{id}.yaml"] = (f"id: {id}\nname: {c['name']}\nteacher: ivanova\n"
                                           f"students: {c['students']}\nparents: {c['parents']}\n")
        for i, m in enumerate(MINUTES, start=1):
            text = minutes_yaml(i, m)
            files[f"minutes/{m['date'][:4]}/{text.split()[1]}.yaml"] = text
        for i, (received, due, delivered) in enumerate(APPEALS, start=1):
            id, text = appeal_yaml(i, received, due, delivered)
            files[f"appeals/{received[:4]}/{id}.yaml"] = text
        # A case after today, written by hand (report incident refuses it).
        files["incidents/2026/I-20261125-0001.yaml"] = (
            "id: I-20261125-0001\ndate: 2026-11-25\nkind: offence\nclass: 5A\nhistory:\n"
            "  - at: 2026-11-25T10:00:00+05:00\n    by: Омарова Дана\n    action: recorded\n")
        for rel, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(store, rel)), exist_ok=True)
            with open(os.path.join(store, rel), "w", encoding="utf-8") as f:
                f.write(text)

        def tool(*args, today=TODAY):
            r = run(args[0], "--store", store, "--today", today, *args[1:])
            assert r.code == 0, r
            return r.out.strip()

        m = SIGNED_MEETING
        id = tool("minutes", "new", "--kind", m["kind"], "--date", m["date"], "--class", m["class"],
                  "--invited", str(m["invited"]), "--present", str(m["present"]),
                  "--chair", "Сергеева Анна", "--secretary", "Ким Ольга", today=m["date"])
        tool("minutes", "sign", id, "--as", "chair", "--name", "Сергеева Анна", today=m["date"])
        tool("minutes", "sign", id, "--as", "secretary", "--name", "Ким Ольга", today=m["date"])
        for i in INCIDENTS:
            args = ["report", "incident", "--kind", i["kind"], "--date", i["date"]]
            if i["class"]:
                args += ["--class", i["class"]]
            for body in i["reported_to"]:
                args += ["--reported-to", body]
            tool(*args)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def report(self, *args, today=TODAY):
        return run("report", "--store", self.store, "--today", today, *args)

    def test_the_store_is_valid(self):
        r = self.report("check")
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_json_figures_are_the_hand_counted_ones(self):
        r = self.report("year", "--format", "json")
        self.assertEqual(r.code, 0, r)
        y = json.loads(r.out)
        expected = hand_count(TODAY)
        self.assertEqual(list(y), list(expected))
        for key in expected:
            with self.subTest(key=key):
                self.assertEqual(y[key], expected[key])
        # The counts the rules above give, spelled out once.
        self.assertEqual(y["satisfaction"], {"surveys": 2, "respondents": 70, "satisfied": 53,
                                             "percent": 75.7})
        self.assertEqual(y["participation"], {"events": 4, "invited": 95, "present": 64,
                                              "without_count": 2, "percent": 67.4})
        self.assertEqual(y["incidents"]["offence"], {"cases": 1, "reported": 0})

    def test_table_is_the_hand_counted_one(self):
        r = self.report("year")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out, "Школа № 5: 2026/2027 (2026-09-01 .. 2027-05-25), counted up to "
                         "2026-11-24\n\n" + table(hand_count(TODAY)))

    def test_after_the_year_every_record_of_it_counts(self):
        today = "2027-06-10"
        r = self.report("year", "--format", "json", today=today)
        self.assertEqual(json.loads(r.out), hand_count(today))
        self.assertEqual(json.loads(r.out)["incidents"]["offence"], {"cases": 2, "reported": 0})
        r = self.report("year", today=today)
        self.assertEqual(r.out, "Школа № 5: 2026/2027 (2026-09-01 .. 2027-05-25)\n\n"
                         + table(hand_count(today)))

    def test_on_the_first_day_only_that_day_counts(self):
        today = "2026-09-01"
        r = self.report("year", "--format", "json", today=today)
        y = json.loads(r.out)
        self.assertEqual(y, hand_count(today))
        self.assertEqual(y["participation"]["events"], 1)
        self.assertEqual(y["incidents"]["offence"]["cases"], 1)

    def test_a_future_survey_does_not_change_the_figure(self):
        before = json.loads(self.report("year", "--format", "json").out)["satisfaction"]
        after = json.loads(self.report("year", "--format", "json",
                                       today="2026-11-29").out)["satisfaction"]
        self.assertEqual(before, after)

    def test_csv_keys(self):
        r = self.report("year", "--format", "csv")
        self.assertEqual(r.out.splitlines()[0], "criterion,value,basis")
        self.assertEqual(len(r.out.splitlines()), 12)


class ReportIncident(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-incident-")
        self.store = os.path.join(self.tmp, "store")
        r = run("report", "init", self.store, "--name", "Школа", "--today", TODAY)
        self.assertEqual(r.code, 0, r)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def report(self, *args):
        return run("report", "--store", self.store, "--today", TODAY, *args)

    def test_records_date_kind_and_bodies_and_no_name(self):
        r = self.report("incident", "--kind", "suicide_attempt", "--date", "2026-11-24",
                        "--reported-to", "health", "--reported-to", "police")
        self.assertEqual(r.code, 0, r)
        id = r.out.strip()
        self.assertRegex(id, r"^I-20261124-[0-9A-Z]{4}$")
        with open(os.path.join(self.store, "incidents", "2026", id + ".yaml"),
                  encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(text, f"id: {id}\ndate: 2026-11-24\nkind: suicide_attempt\n"
                         "reported_to: [health, police]\nhistory:\n"
                         f"  - at: {text.split('at: ')[1].splitlines()[0]}\n    by: Тест\n"
                         "    action: recorded\n")
        self.assertEqual(self.report("check").code, 0)

    def test_refuses_a_case_after_today_and_unknown_words(self):
        for args, code, err in [
                (["--kind", "offence", "--date", "2026-11-25"], 3,
                 "report: error: '--date': 2026-11-25 is after today (2026-11-24): a case is "
                 "recorded once it has happened\n"),
                (["--kind", "theft", "--date", "2026-11-20"], 2, None),
                (["--kind", "offence", "--date", "2026-11-20", "--reported-to", "press"], 2, None),
                (["--kind", "offence", "--date", "2026-11-20", "--class", "9Z"], 4, None),
                (["--kind", "offence"], 2, None)]:
            with self.subTest(args=args):
                r = self.report("incident", *args)
                self.assertEqual(r.code, code, r)
                if err:
                    self.assertEqual(r.err, err)
                self.assertFalse(os.listdir(os.path.join(self.store, "incidents")))


if __name__ == "__main__":
    unittest.main()
