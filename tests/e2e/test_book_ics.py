"""book ics: the demo store's bookings as iCalendar, read back with a real
parser (Debian's python3-icalendar)."""

import datetime
import json
import os
import subprocess
import unittest
from zoneinfo import ZoneInfo

import icalendar

from harness import BIN, StoreTest, run

ALMATY = ZoneInfo("Asia/Almaty")


class Ics(StoreTest):
    def ics(self, *args, lang=None):
        """The raw bytes of `book ics`, CRLF and all; in the store's interface
        language (the demo's is Russian) unless `lang` is given."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест"})
        if lang:
            env["PARENTDESK_LANG"] = lang
        proc = subprocess.run([os.path.join(BIN, "book"), "ics", "--store", self.store,
                               "--today", "2026-11-24", *args],
                              env=env, capture_output=True, timeout=60)
        self.assertEqual((proc.returncode, proc.stderr), (0, b""))
        return proc.stdout

    def bookings(self, *args):
        r = self.run_tool("book", "list", "--format", "json", "--from", "2000-01-01",
                          "--today", "2026-11-24", *args)
        self.assertEqual(r.code, 0, r)
        return json.loads(r.out)

    def test_every_booking_round_trips_its_uid_and_start(self):
        raw = self.ics()
        calendar = icalendar.Calendar.from_ical(raw)
        self.assertEqual(str(calendar["VERSION"]), "2.0")
        self.assertEqual(str(calendar["PRODID"]), "-//parentdesk//book 0.1.0//EN")
        events = calendar.walk("VEVENT")
        bookings = self.bookings()
        self.assertGreaterEqual(len(bookings), 25)
        self.assertEqual(len(events), len(bookings))
        for event, booking in zip(events, bookings):
            with self.subTest(booking=booking["id"]):
                self.assertEqual(str(event["UID"]), booking["id"])
                local = datetime.datetime.fromisoformat(f"{booking['date']}T{booking['time']}")
                start = event.decoded("DTSTART")
                self.assertEqual(start.utcoffset(), datetime.timedelta(0))  # written in UTC
                self.assertEqual(start, local.replace(tzinfo=ALMATY))
                self.assertEqual(event.decoded("DTEND") - start,
                                 datetime.timedelta(minutes=booking["length"]))
                self.assertIsInstance(event.decoded("DTSTAMP"), datetime.datetime)
                status = "CANCELLED" if booking["status"] == "cancelled" else "CONFIRMED"
                self.assertEqual(str(event["STATUS"]), status)

    def test_crlf_folding_and_octets(self):
        raw = self.ics("--with-names")
        self.assertTrue(raw.endswith(b"END:VCALENDAR\r\n"))
        self.assertNotIn(b"\n", raw.replace(b"\r\n", b""))
        lines = raw.split(b"\r\n")[:-1]
        folded = [line for line in lines if line.startswith(b" ")]
        self.assertTrue(folded, "the demo's Cyrillic descriptions need folding")
        for line in lines:
            self.assertLessEqual(len(line), 75, line)
            line.decode("utf-8")  # a fold never splits a character

    def test_no_personal_data_unless_asked(self):
        bookings = self.bookings()
        private = {b[field] for b in bookings for field in ("parent", "student", "contact", "topic")
                   if b[field]}
        self.assertGreater(len(private), 50)
        events = icalendar.Calendar.from_ical(self.ics()).walk("VEVENT")
        texts = [str(e[name]) for e in events for name in ("SUMMARY", "DESCRIPTION", "LOCATION")]
        for value in private:
            for text in texts:
                self.assertNotIn(value, text)
        english = icalendar.Calendar.from_ical(self.ics(lang="en")).walk("VEVENT")
        self.assertIn("Parent meeting (7Б)", {str(e["SUMMARY"]) for e in english})

        named = icalendar.Calendar.from_ical(self.ics("--with-names", lang="en")).walk("VEVENT")
        first = bookings[0]
        self.assertEqual(str(named[0]["UID"]), first["id"])
        self.assertIn(first["parent"], str(named[0]["SUMMARY"]))
        # TEXT escaping round-trips: commas and newlines come back as they were.
        description = str(named[0]["DESCRIPTION"])
        self.assertIn(f"\nParent: {first['parent']}\n", description)
        self.assertIn(f"\nTopic: {first['topic']}\n", description)

    def test_filters(self):
        events = icalendar.Calendar.from_ical(
            self.ics("--with", "zhumabekova", "--from", "2026-11-24", "--until", "2026-11-30")
        ).walk("VEVENT")
        expected = [b["id"] for b in self.bookings("--with", "zhumabekova")
                    if "2026-11-24" <= b["date"] <= "2026-11-30"]
        self.assertEqual([str(e["UID"]) for e in events], expected)
        self.assertEqual(len(expected), 3)

    def test_a_moved_booking_has_a_later_sequence(self):
        r = run("book", "--store", self.store, "--today", "2026-11-24", "move",
                self.bookings("--status", "booked", "--with", "akhmetov")[-1]["id"],
                "--date", "2027-02-02", "--time", "16:00")
        self.assertEqual(r.code, 0, r)
        events = icalendar.Calendar.from_ical(self.ics("--from", "2027-02-02")).walk("VEVENT")
        self.assertEqual(len(events), 1)
        self.assertEqual(int(events[0]["SEQUENCE"]), 1)
        self.assertEqual(events[0].decoded("DTSTART"),
                         datetime.datetime(2027, 2, 2, 11, 0, tzinfo=datetime.timezone.utc))


if __name__ == "__main__":
    unittest.main()
