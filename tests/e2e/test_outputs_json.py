"""JSON of the reading commands (issue 15), item by item: lists as arrays,
decisions as the minutes' ID and the decision's number, absent values as
null, every member of an object with a key; and the CSV of `report year`
with keys and numbers."""

import json
import unittest

from harness import StoreTest

TODAY = ("--today", "2026-11-24")


class Json(StoreTest):
    def json_of(self, tool, *args):
        r = self.run_tool(tool, *args, "--format", "json", *TODAY)
        self.assertIn(r.code, (0, 1), r)
        return json.loads(r.out)

    def test_booking_attendees_are_an_array(self):
        bookings = self.json_of("book", "list", "--from", "2026-09-01")
        self.assertTrue(bookings)
        for b in bookings:
            self.assertIsInstance(b["attendees"], list, b)
            self.assertTrue(all(isinstance(a, str) and "," not in a for a in b["attendees"]))
        self.assertIn(["omarova", "ivanova"], [b["attendees"] for b in bookings])
        # CSV keeps one field, joined.
        r = self.run_tool("book", "list", "--from", "2026-09-01", "--format", "csv", *TODAY)
        self.assertIn(',"omarova, ivanova",', r.out)

    def test_minutes_missing_signatures_are_an_array(self):
        listed = self.json_of("minutes", "list")
        for m in listed:
            self.assertIsInstance(m["missing_signatures"], list, m)
            self.assertTrue(set(m["missing_signatures"]) <= {"chair", "secretary"}, m)
        self.assertIn(["chair", "secretary"], [m["missing_signatures"] for m in listed])

    def test_overdue_decisions_are_the_minutes_id_and_the_number(self):
        items = self.json_of("report", "overdue", "--due-soon")
        decisions = [i for i in items if i["what"] == "decision"]
        self.assertTrue(decisions)
        ids = {r["id"] for r in self.json_of("minutes", "list")}
        for d in decisions:
            self.assertIn(d["id"], ids)  # a record's ID, no " #N"
            self.assertIsInstance(d["decision"], int)
        for i in items:
            self.assertNotIn("#", i["id"])
            if i["what"] != "decision":
                self.assertIsNone(i["decision"], i)
            self.assertNotEqual(i["class"], "", i)  # none is null, not ""

    def test_report_appeals_json_counts_appeals_without_a_class(self):
        r = self.run_tool("appeal", "new", "--no-commit", "--from", "Родитель", "--kind",
                          "request", "--channel", "email", "--lang", "ru", "--subject", "Вопрос",
                          *TODAY)
        self.assertEqual(r.code, 0, r)
        s = self.json_of("report", "appeals")
        self.assertEqual(s["by"]["class"][""], 1)  # the empty key: no class
        self.assertEqual(sum(s["by"]["class"].values()), s["received"])

    def test_appeal_show_gives_the_record_and_its_derived_fields(self):
        shown = self.json_of("appeal", "show", "7MHP")
        listed = [a for a in self.json_of("appeal", "list", "--status", "all")
                  if a["id"] == "A-20261030-7MHP"][0]
        for key in ("id", "status", "from", "class", "due", "overdue", "days_late", "on_time"):
            self.assertEqual(shown[key], listed[key], key)
        self.assertEqual((shown["overdue"], shown["days_late"], shown["days_left"]),
                         (True, 10, -10))
        self.assertIsNone(shown["repeat_of"])  # absent: null, the key still there
        self.assertIsNone(shown["response"])
        self.assertIsInstance(shown["history"], list)
        self.assertEqual(shown["history"][0]["action"][:8], "received")
        # Its CSV is its row of `appeal list` (test_show.py); markdown is no
        # format of a show of an appeal.
        r = self.run_tool("appeal", "show", "7MHP", "--format", "markdown", *TODAY)
        self.assertEqual(r.code, 2, r)

    def test_report_year_csv_has_keys_and_numbers(self):
        r = self.run_tool("report", "year", "--format", "csv", *TODAY)
        self.assertEqual(r.code, 0, r)
        lines = r.out.splitlines()
        self.assertEqual(lines[0], "criterion,value,basis")
        keys = [line.split(",")[0] for line in lines[1:]]
        self.assertEqual(keys, ["parents_satisfaction", "students_satisfaction",
                                "teachers_satisfaction", "parent_events", "participation",
                                "offence", "bullying", "suicide_attempt", "suicide",
                                "appeals_on_time", "plan_held"])
        year = self.json_of("report", "year")
        self.assertEqual(lines[1].split(",")[1], str(year["satisfaction"]["percent"]))
        self.assertNotIn("%", r.out.split("\n", 1)[1].split(",")[1])


if __name__ == "__main__":
    unittest.main()
