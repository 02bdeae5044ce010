"""book ics: the demo store's bookings as iCalendar, read back with real
parsers: Debian's python3-icalendar, libical (its parser and restriction
check, tests/ics/ical_check.c) and khal, a calendar program, which imports
the file and lists the meetings back at the school's local time."""

import datetime
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from zoneinfo import ZoneInfo

import icalendar

from harness import BIN, StoreTest, run

ALMATY = ZoneInfo("Asia/Almaty")
ICAL_CHECK = os.environ["PARENTDESK_ICAL_CHECK"]


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
        self.assertIn("Жумабекова Гульнара Сериковна: parent meeting (7Б)",
                      {str(e["SUMMARY"]) for e in english})

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

    def class_name(self, id):
        with open(os.path.join(self.store, "classes", f"{id}.yaml"), encoding="utf-8") as f:
            return next(line[6:] for line in f.read().splitlines() if line.startswith("name: "))

    def libical(self, raw):
        proc = subprocess.run([ICAL_CHECK], input=raw, capture_output=True, timeout=60)
        return proc.returncode, proc.stdout.decode()

    def test_organizer_and_attendees_are_the_host_and_the_staff_who_attend(self):
        events = icalendar.Calendar.from_ical(self.ics()).walk("VEVENT")
        staff = {}
        for name in os.listdir(os.path.join(self.store, "staff")):
            with open(os.path.join(self.store, "staff", name), encoding="utf-8") as f:
                fields = dict(line.split(": ", 1) for line in f.read().splitlines()
                              if ": " in line and not line.startswith(" "))
            staff[fields["id"]] = (fields["name"], fields.get("email"))

        def address(id):
            email = staff[id][1]
            return f"mailto:{email}" if email else f"urn:x-parentdesk:staff:{id}"

        for event, booking in zip(events, self.bookings()):
            with self.subTest(booking=booking["id"]):
                host = booking["host"]
                self.assertEqual(str(event["ORGANIZER"]), address(host))
                self.assertEqual(str(event["ORGANIZER"].params["CN"]), staff[host][0])
                attendees = event.get("ATTENDEE", [])
                attendees = attendees if isinstance(attendees, list) else [attendees]
                self.assertEqual([str(a) for a in attendees],
                                 [address(id) for id in booking["attendees"] if id != host])
                for a in attendees:
                    self.assertEqual((a.params["ROLE"], a.params["PARTSTAT"]),
                                     ("REQ-PARTICIPANT", "NEEDS-ACTION"))
                # The host's name leads the title, in the interface language.
                self.assertTrue(str(event["SUMMARY"]).startswith(staff[host][0] + ": приём"))

    def test_libical_reads_every_form_without_a_problem(self):
        for args in ([], ["--with-names"], ["--publish"], ["--alarm", "30"],
                     ["--from", "2030-01-01", "--until", "2030-01-31"]):
            with self.subTest(args=args):
                code, out = self.libical(self.ics(*args))
                self.assertEqual(code, 0, out)
        # An empty range is still a calendar with one component: the zone.
        raw = self.ics("--from", "2030-01-01", "--until", "2030-01-31")
        self.assertEqual(self.libical(raw), (0, "components: 1\n"))
        self.assertIn(b"BEGIN:VTIMEZONE\r\nTZID:Asia/Almaty\r\n", raw)
        # libical's check is not blind: a feed with an attendee fails it.
        feed = self.ics("--publish")
        self.assertNotIn(b"ATTENDEE", feed)
        broken = feed.replace(b"END:VEVENT", b"ATTENDEE:mailto:a@b.kz\r\nEND:VEVENT", 1)
        code, out = self.libical(broken)
        self.assertEqual(code, 1)
        self.assertIn("ATTENDEE", out)

    def test_alarm_and_its_bounds(self):
        events = icalendar.Calendar.from_ical(self.ics("--alarm", "45")).walk("VEVENT")
        for event in events:
            alarms = event.walk("VALARM")
            if str(event["STATUS"]) == "CANCELLED":
                self.assertEqual(alarms, [])
            else:
                self.assertEqual([a.decoded("TRIGGER") for a in alarms],
                                 [datetime.timedelta(minutes=-45)])
        for bad in ("0", "10081"):
            r = run("book", "--store", self.store, "--today", "2026-11-24", "ics", "--alarm", bad,
                    env={"PARENTDESK_LANG": "en"})
            self.assertEqual((r.code, r.out), (2, ""))
            self.assertEqual(r.err, f"book: error: --alarm: expected 1 to 10080 minutes, got {bad}\n")

    def test_khal_imports_the_meetings_at_the_schools_local_time(self):
        khal = shutil.which("khal")
        self.assertIsNotNone(khal, "khal is installed by scripts/install-deps")
        home = tempfile.mkdtemp(prefix="parentdesk-khal-")
        self.addCleanup(shutil.rmtree, home, True)
        os.makedirs(os.path.join(home, "calendar"))
        config = os.path.join(home, "config")
        with open(config, "w", encoding="utf-8") as f:
            f.write(f"[calendars]\n[[school]]\npath = {home}/calendar\n"
                    "[locale]\nlocal_timezone = Asia/Almaty\ndefault_timezone = Asia/Almaty\n"
                    "timeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
                    "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
                    f"[sqlite]\npath = {home}/khal.db\n")
        ics = os.path.join(home, "school.ics")
        with open(ics, "wb") as f:
            f.write(self.ics("--with", "zhumabekova", "--from", "2026-11-24",
                             "--until", "2026-11-30", lang="en"))
        env = dict(os.environ, HOME=home, TZ="UTC")
        proc = subprocess.run([khal, "-c", config, "import", "--batch", ics], env=env,
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        proc = subprocess.run([khal, "-c", config, "list", "--format",
                               "{start-date} {start-time}-{end-time} {title}", "2026-11-24", "7d"],
                              env=env, capture_output=True, text=True, timeout=60)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        listed = [line for line in proc.stdout.splitlines() if line.startswith("2026-")]
        expected = [f"{b['date']} {b['time']}-{b['end']} Жумабекова Гульнара Сериковна: parent "
                    f"meeting" + (f" ({self.class_name(b['class'])})" if b["class"] else "")
                    for b in self.bookings("--with", "zhumabekova")
                    if "2026-11-24" <= b["date"] <= "2026-11-30" and b["status"] != "cancelled"]
        self.assertEqual(listed, expected)
        self.assertEqual(len(listed), 3)


if __name__ == "__main__":
    unittest.main()
