"""report consent and report check on photo and video consent per school
year (P IV): refusals, the unanswered, last year's students not renewed,
students no entry names, and the checks of each class's list."""

import glob
import json
import os
import re
import unittest

from harness import DEMO, StoreTest

TODAY = ["--today", "2026-11-24"]
ENTRY = re.compile(r"  - \{student: ([^,]+), year: (\d{4}/\d{4}), consent: (\w+)"
                   r"(?:, signed: ([\d-]+))?\}")


def demo_gaps(year):
    """The rows report consent gives for the demo store, counted here from
    its class files: (class id, student, state) sorted by class file."""
    found = {}
    for path in sorted(glob.glob(os.path.join(DEMO, "classes", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        klass = os.path.basename(path)[:-5]
        entries = ENTRY.findall(text)
        students = int(re.search(r"^students: (\d+)$", text, re.M).group(1))
        this = [e for e in entries if e[1] == year]
        earlier = {e[0] for e in entries if e[1] < year}
        names = {e[0] for e in this}
        rows = [(klass, e[0], e[2]) for e in this if e[2] != "given"]
        rows += [(klass, name, "not_renewed") for name in earlier - names]
        named = len(names | earlier)
        if students > named:
            rows.append((klass, "", f"unlisted {students - named}"))
        found[klass] = sorted(rows)
    return found


class Demo(StoreTest):
    def test_the_demo_store_is_valid(self):
        r = self.run_tool("report", "check", *TODAY)
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_a_class_with_last_years_answers_not_renewed(self):
        r = self.run_tool("report", "consent", "--class", "11A", *TODAY)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out, "Photo and video consent for the school year 2026/2027\n\n"
                         "CLASS  STUDENT          CONSENT      SIGNED\n"
                         "11А    Виноградов Иван  unknown\n"
                         "11А    Иванов Тимофей   not renewed\n"
                         "11А    Лебедева София   not renewed\n")

    def test_last_year_has_its_own_answers(self):
        r = self.run_tool("report", "consent", "--class", "11A", "--year", "2025", *TODAY)
        self.assertEqual(r.out, "Photo and video consent for the school year 2025/2026\n\n"
                         "CLASS  STUDENT          CONSENT  SIGNED\n"
                         "11А    Попова Виктория  refusal  2025-09-09\n")

    def test_in_the_summer_the_year_just_ended_holds(self):
        r = self.run_tool("report", "consent", "--class", "11A", "--today", "2026-08-20")
        self.assertEqual(r.out.splitlines()[0],
                         "Photo and video consent for the school year 2025/2026")

    def test_a_student_no_entry_names_and_csv_for_programs(self):
        r = self.run_tool("report", "consent", "--class", "5B", "--format", "csv", *TODAY)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out, "class,class_name,student,consent,signed,year,count\n"
                         "5B,5Ә,Тұрсынов Нұрсұлтан,refused,2026-09-10,2026/2027,\n"
                         "5B,5Ә,Қасенова Мөлдір,unknown,,2026/2027,\n"
                         "5B,5Ә,,unlisted,,2026/2027,1\n")
        r = self.run_tool("report", "consent", "--class", "5B", *TODAY)
        self.assertEqual(r.out.splitlines()[-1], "5Ә                         1 student not listed")

    def test_every_class_of_the_demo_as_counted_by_hand(self):
        for start, year in [(2026, "2026/2027"), (2025, "2025/2026")]:
            with self.subTest(year=year):
                r = self.run_tool("report", "consent", "--year", str(start), "--format", "json",
                                  *TODAY)
                self.assertEqual(r.code, 0, r)
                names = {}
                for path in glob.glob(os.path.join(DEMO, "classes", "*.yaml")):
                    with open(path, encoding="utf-8") as f:
                        text = f.read()
                    names[re.search(r"^name: (.+)$", text, re.M).group(1)] = \
                        re.search(r"^id: (.+)$", text, re.M).group(1)
                got = {}
                for row in json.loads(r.out):
                    self.assertEqual(row["year"], year)
                    state = row["consent"]
                    if state == "unlisted":
                        state = f"unlisted {row['count']}"
                    # The class's ID, its name beside it.
                    self.assertEqual(names[row["class_name"]], row["class"])
                    got.setdefault(row["class"], []).append(
                        (row["class"], row["student"] or "", state))
                expected = {k: v for k, v in demo_gaps(year).items() if v}
                self.assertEqual({k: sorted(v) for k, v in got.items()}, expected)

    def test_a_year_school_yaml_does_not_describe_is_a_usage_error(self):
        r = self.run_tool("report", "consent", "--year", "2030", *TODAY)
        self.assertEqual((r.code, r.out), (2, ""), r)
        self.assertEqual(r.err, "report: error: '--year': no school year 2030/2031 in "
                         "school.yaml\n")


class Check(StoreTest):
    def test_the_lists_problems_each_at_its_entry(self):
        text = self.read("classes/4A.yaml").split("photo_consent:\n")[0]
        self.assertIn("students: 24\n", text)
        text = text.replace("students: 24\n", "students: 2\n")
        self.write("classes/4A.yaml", text + "photo_consent:\n"
                   "  - {student: Ким Виктор, year: 2026/2027, consent: given}\n"
                   "  - {student: Ли Анна, year: 2026/2027, consent: refused, signed: 2026-09-02}\n"
                   "  - {student: КИМ Виктор, year: 2026/2027, consent: given, signed: 2026-09-03}\n"
                   "  - {student: Ли Анна, year: 2024/2025, consent: given, signed: 2024-09-03}\n"
                   "  - {student: Ли Анна, year: 2026/2028, consent: unknown}\n")
        r = self.run_tool("report", "check", *TODAY)
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.out,
                         "classes/4A.yaml:7:3: 'photo_consent': 3 entries for 2026/2027, but the "
                         "class has 2 students\n"
                         "classes/4A.yaml:7:5: 'photo_consent[1]': a consent without its date: add "
                         "'signed'\n"
                         "classes/4A.yaml:9:5: 'photo_consent[3]': the student is listed twice for "
                         "2026/2027 (also photo_consent[1])\n"
                         "classes/4A.yaml:10:30: 'photo_consent[4].year': no school year 2024/2025 "
                         "in school.yaml ('year', 'years')\n"
                         "classes/4A.yaml:11:30: 'photo_consent[5].year': expected two consecutive "
                         "years like 2026/2027, got '2026/2028'\n")

    def test_an_entry_without_its_year_is_refused_by_the_schema(self):
        self.replace("classes/4A.yaml", "year: 2026/2027, ", "")
        r = self.run_tool("report", "check", *TODAY)
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.out, "classes/4A.yaml:7:5: 'photo_consent[1].year': required field is "
                         "missing\n")


if __name__ == "__main__":
    unittest.main()
