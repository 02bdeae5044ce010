"""The school calendar: `report check` reports each broken rule of
school.yaml's years, terms, holidays, moved working days and plan_from at its
line, with exit 1 and no file changed; `report init` writes the year's public
holidays of Kazakhstan with the moved days, and plan_from; a state school's
working-day deadline counts an appeal received on a non-working day from the
next working day."""

import os
import re
import shutil
import tempfile
import unittest

from harness import StoreTest, position, run, snapshot

ERR = re.compile(r"report: \d+ files checked, \d+ problems?\n")


class CalendarCheck(StoreTest):
    def expect(self, *lines):
        before = snapshot(self.store)
        r = self.run_tool("report", "check")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.out, "".join(line + "\n" for line in lines), r)
        self.assertRegex(r.err, ERR)
        self.assertEqual(snapshot(self.store), before, "report check changed a file")

    def at(self, needle, occurrence=1):
        line, column = position(self.read("school.yaml"), needle, occurrence)
        return f"school.yaml:{line}:{column}"

    def test_the_demo_calendar_with_two_years_is_clean(self):
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertIn("\n  - start: 2025-09-01\n    end: 2026-05-25\n    terms:\n",
                      self.read("school.yaml"))

    def test_overlapping_terms(self):
        self.replace("school.yaml", "{name: Q2, start: 2026-11-03", "{name: Q2, start: 2026-10-26")
        self.expect(f"{self.at('2026-10-26, end: 2026-12-26')}: 'terms[2].start': term Q2 starts "
                    "before term Q1 ends (2026-10-26)")

    def test_terms_that_touch_are_clean(self):
        self.replace("school.yaml", "{name: Q2, start: 2026-11-03", "{name: Q2, start: 2026-10-27")
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_a_term_ending_before_it_starts(self):
        self.replace("school.yaml", "start: 2027-01-08, end: 2027-03-18",
                     "start: 2027-01-08, end: 2027-01-07")
        self.expect(f"{self.at('2027-01-07}')}: 'terms[3].end': term Q3 ends before it starts "
                    "(2027-01-08)")

    def test_a_term_outside_its_year(self):
        self.replace("school.yaml", "start: 2027-03-30, end: 2027-05-25",
                     "start: 2027-03-30, end: 2027-05-26")
        self.expect(f"{self.at('2027-05-26')}: 'terms[4].end': term Q4 ends after its school year "
                    "(2027-05-25)")

    def test_a_term_of_the_past_year_before_it(self):
        self.replace("school.yaml", "{name: Q1, start: 2025-09-01", "{name: Q1, start: 2025-08-29")
        self.expect(f"{self.at('2025-08-29')}: 'years[1].terms[1].start': term Q1 starts before its "
                    "school year (2025-09-01)")

    def test_terms_out_of_order(self):
        q3 = "  - {name: Q3, start: 2027-01-08, end: 2027-03-18}\n"
        q4 = "  - {name: Q4, start: 2027-03-30, end: 2027-05-25}\n"
        self.replace("school.yaml", q3 + q4, q4 + q3)
        self.expect(f"{self.at('2027-01-08')}: 'terms[4].start': term Q3 starts before term Q4 "
                    "listed above it (2027-03-30): list the terms in order")

    def test_a_year_ending_before_it_starts(self):
        self.replace("school.yaml", "    end: 2026-05-25\n", "    end: 2025-05-25\n")
        self.expect(f"{self.at('2025-05-25')}: 'years[1].end': the school year ends before it "
                    "starts (2025-09-01)")

    def test_overlapping_school_years(self):
        self.replace("school.yaml", "    end: 2026-05-25\n", "    end: 2026-09-01\n")
        self.expect(f"{self.at('2026-09-01, end: 2027-05-25')}: 'year.start': the school year "
                    "2026/2027 starts before the school year 2025/2026 ends (2026-09-01)")

    def test_a_day_both_holiday_and_working_day(self):
        self.replace("school.yaml", "2027-01-01, 2027-01-04", "2027-01-01, 2027-01-02, 2027-01-04")
        self.replace("school.yaml", "workdays: []", "workdays: [2027-01-02]")
        self.expect(f"{self.at('2027-01-02]')}: 'workdays[1]': 2027-01-02 is also in 'holidays': "
                    "a day is either a holiday or a working day")

    def test_a_moved_working_day_on_a_weekday(self):
        self.replace("school.yaml", "workdays: []", "workdays: [2026-12-19, 2026-12-18]")
        self.expect(f"{self.at('2026-12-18]')}: 'workdays[2]': 2026-12-18 is not a Saturday or a "
                    "Sunday: 'workdays' lists the weekend days worked in place of a holiday")

    def test_a_year_without_its_holidays(self):
        text = self.read("school.yaml")
        start = text.index("holidays: [2025-09-01")
        self.replace("school.yaml", text[start:text.index("2026-10-26", start)], "holidays: [")
        self.expect(f"{self.at('start: 2025-09-01')}: 'years[1]': no holiday is listed from "
                    "2025-09-01 to 2026-08-31: add the school year's public holidays to "
                    "'holidays'")

    def test_plan_from_outside_every_year(self):
        self.replace("school.yaml", "workdays: []", "plan_from: 2027-09-01\nworkdays: []")
        self.expect(f"{self.at('2027-09-01')}: 'plan_from': 2027-09-01 is in no school year "
                    "('year', 'years') nor in the summer after one")

    def test_plan_from_in_a_year_or_its_summer_is_clean(self):
        for day in ["2026-12-01", "2026-08-31", "2025-09-01", "2027-08-31"]:
            self.write("school.yaml", re.sub(r"(plan_from: \S+\n)?workdays: \[\]",
                                             f"plan_from: {day}\nworkdays: []",
                                             self.read("school.yaml")))
            r = self.run_tool("report", "check")
            self.assertEqual((r.code, r.out), (0, ""), (day, r))


class InitHolidays(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-calendar-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def init(self, today):
        store = os.path.join(self.tmp, today)
        r = run("report", "init", store, "--name", "Школа № 1", "--today", today)
        self.assertEqual(r.code, 0, r)
        with open(os.path.join(store, "school.yaml"), encoding="utf-8") as f:
            school = f.read()
        r = run("report", "check", "--store", store)
        self.assertEqual((r.code, r.out), (0, ""), r)
        return school

    def line(self, text, key):
        return next(line for line in text.splitlines() if line.startswith(key))

    def test_a_store_set_up_in_december(self):
        school = self.init("2026-12-01")
        # Sun 25 Oct -> Mon 26 Oct, Sat 2 Jan -> Mon 4 Jan, Sun 21 Mar -> Wed 24
        # Mar, Sat 1 May -> Mon 3 May, Sun 9 May -> Mon 10 May; 7 Jan stays.
        self.assertEqual(self.line(school, "holidays:"),
                         "holidays: [2026-10-26, 2026-12-16, 2027-01-01, 2027-01-04, 2027-01-07, "
                         "2027-03-08, 2027-03-22, 2027-03-23, 2027-03-24, 2027-05-03, 2027-05-07, "
                         "2027-05-10, 2027-07-06, 2027-08-30]")
        self.assertEqual(self.line(school, "plan_from:").split("#")[0].rstrip(),
                         "plan_from: 2026-12-01")
        self.assertEqual(self.line(school, "year:"), "year: {start: 2026-09-01, end: 2027-05-25}")

    def test_the_demo_store_lists_the_same_holidays_and_kurban_ait(self):
        school = self.init("2026-12-01")
        with open(os.path.join(os.environ["PARENTDESK_SOURCE"], "records", "school.yaml"),
                  encoding="utf-8") as f:
            demo = re.findall(r"\d{4}-\d\d-\d\d", self.line(f.read(), "holidays:"))
        init = re.findall(r"\d{4}-\d\d-\d\d", self.line(school, "holidays:"))
        self.assertEqual([d for d in demo if d >= "2026-09-01"], init)
        self.assertEqual([d for d in demo if d < "2026-09-01"],
                         ["2025-09-01", "2025-10-27", "2025-12-16", "2026-01-01", "2026-01-02",
                          "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
                          "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06",
                          "2026-08-31"])

    def test_a_holiday_of_late_august_moves_into_the_new_year(self):
        # Sat 30 Aug 2025 -> Mon 1 Sep 2025; Sat 21 and Sun 22 Mar 2026 ->
        # Tue 24 and Wed 25 Mar (Mon 23 Mar is Nauryz).
        school = self.init("2025-10-15")
        self.assertEqual(self.line(school, "holidays:"),
                         "holidays: [2025-09-01, 2025-10-27, 2025-12-16, 2026-01-01, 2026-01-02, "
                         "2026-01-07, 2026-03-09, 2026-03-23, 2026-03-24, 2026-03-25, 2026-05-01, "
                         "2026-05-07, 2026-05-11, 2026-07-06, 2026-08-31]")

    def test_before_the_year_the_plan_applies_from_its_first_day(self):
        school = self.init("2026-08-20")
        self.assertEqual(self.line(school, "plan_from:").split("#")[0].rstrip(),
                         "plan_from: 2026-09-01")


class WorkingDayDeadlines(StoreTest):
    """A state school: 15 working days (APPC), school.yaml's example."""

    def setUp(self):
        super().setUp()
        self.replace("school.yaml", "official: {days: 15, calendar: true}",
                     "official: {days: 15, calendar: false}")

    def due(self, received):
        r = self.run_tool("appeal", "--today", "2026-12-20", "new", "--from", "Иванова Анна",
                          "--kind", "request", "--channel", "email", "--lang", "ru",
                          "--subject", "Расписание", "--text", "Прошу сообщить.",
                          "--received", received)
        self.assertEqual(r.code, 0, r)
        m = re.fullmatch(r"A-\d{8}-[0-9A-Z]{4} due (\d{4}-\d\d-\d\d)\n", r.out)
        self.assertIsNotNone(m, r)
        return m.group(1)

    def test_received_on_friday_saturday_sunday_and_a_holiday(self):
        self.assertEqual(self.due("2026-11-27"), "2026-12-21")  # Fri: from Mon 30 Nov
        self.assertEqual(self.due("2026-11-28"), "2026-12-22")  # Sat: as on Mon, from Tue
        self.assertEqual(self.due("2026-11-29"), "2026-12-22")  # Sun
        self.assertEqual(self.due("2026-12-15"), "2027-01-11")  # the day before 16 Dec
        self.assertEqual(self.due("2026-12-16"), "2027-01-12")  # 16 Dec: as on Thu 17 Dec


if __name__ == "__main__":
    unittest.main()
