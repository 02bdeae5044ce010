"""Every record can be shown (issue 16): `book show`, and every show in
table, json and csv — the CSV of a show is the row its listing gives the
record, with the listing's header, and takes --bom like every CSV."""

import csv
import io
import json
import unittest

from harness import StoreTest

TODAY = ("--today", "2026-11-24")
BOOKING = "B-20261021-B028"  # held, with attendees and minutes


class Show(StoreTest):
    def tool(self, *args, **kwargs):
        r = self.run_tool(*args, *TODAY, **kwargs)
        self.assertEqual(r.code, 0, r)
        return r.out

    def test_book_show_for_people(self):
        out = self.tool("book", "show", "B028")
        self.assertTrue(out.startswith(f"{BOOKING}  2026-10-27 15:30-15:50 (tue)\n"), out)
        for line in ["Status:      held\n",
                     "Host:        zhumabekova (Жумабекова Гульнара Сериковна)\n",
                     "Attendees:   omarova (Омарова Динара Талгатовна), ivanova (Иванова Мария "
                     "Петровна)\n",
                     "Class:       7B (7Б)\n", "Minutes:     M-20261027-861Z\n", "\nHistory:\n"]:
            self.assertIn(line, out)
        out = self.tool("book", "show", "B028", env={"PARENTDESK_LANG": "ru"})
        self.assertIn("Принимает:", out)
        self.assertIn("Записал:", out)
        self.assertNotIn("Booked by", out)

    def test_book_show_json_is_the_record_with_derived_fields(self):
        shown = json.loads(self.tool("book", "show", "B028", "--format", "json"))
        self.assertEqual((shown["id"], shown["attendees"], shown["class_name"], shown["day"],
                          shown["end"], shown["appeal"]),
                         (BOOKING, ["omarova", "ivanova"], "7Б", "tue", "15:50", None))
        self.assertEqual(shown["history"][0]["action"], "booked")

    def rows(self, text):
        return list(csv.reader(io.StringIO(text)))

    def test_the_csv_of_a_show_is_the_row_of_its_listing(self):
        for listing, show, ident in (
                (("book", "list", "--from", "2026-01-01"), ("book", "show"), BOOKING),
                (("appeal", "list", "--status", "all"), ("appeal", "show"), "A-20261120-988P"),
                (("minutes", "list"), ("minutes", "show"), "M-20260910-56CM")):
            with self.subTest(show[0]):
                listed = self.rows(self.tool(*listing, "--format", "csv"))
                shown = self.rows(self.tool(*show, ident, "--format", "csv"))
                self.assertEqual(shown[0], listed[0])
                self.assertEqual(shown[1:], [row for row in listed[1:] if row[0] == ident])
        out = self.tool("book", "show", BOOKING, "--format", "csv", "--bom")
        self.assertTrue(out.startswith("\ufeffid,status,host,"), out[:40])

    def test_unknown_record_and_a_bom_without_csv(self):
        r = self.run_tool("book", "show", "ZZZZ", *TODAY)
        self.assertEqual(r.code, 4, r)
        self.assertIn("ZZZZ", r.err)
        r = self.run_tool("appeal", "show", "988P", "--bom", *TODAY)
        self.assertEqual(r.code, 2, r)


if __name__ == "__main__":
    unittest.main()
