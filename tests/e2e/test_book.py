"""book: free slots, booking and its refusals, moving, cancelling, closing,
the visitor list, and many coordinators booking the same slot at once."""

import glob
import os
import subprocess
import unittest

from harness import APPEAL, APPEAL_FILE, BIN, StoreTest, snapshot

# Far from the demo's bookings, so that every slot of February 2027 is free.
TODAY = ["--today", "2027-01-26"]
DEMO_TODAY = ["--today", "2026-11-24"]
VISITOR = ["--parent", "Сергеева Анна Петровна", "--topic", "Успеваемость по алгебре"]



def files(root):
    """The store's files, but the lock file every change leaves behind."""
    return {name: digest for name, digest in snapshot(root).items() if name != ".lock"}


class BookTest(StoreTest):
    """The demo store, booking in February 2027 where it has no bookings."""

    def book(self, *args):
        return self.run_tool("book", *args, *TODAY)

    def add(self, host, date, time, *extra):
        return self.book("add", "--with", host, "--date", date, "--time", time, *VISITOR, *extra)

    def booking_files(self):
        return sorted(glob.glob(self.path("bookings/2027/*.yaml")))

    def booking(self, booking_id):
        return self.read(f"bookings/{booking_id[2:6]}/{booking_id}.yaml")


class Slots(BookTest):
    def test_free_slots_of_the_director(self):
        r = self.book("slots", "--with", "zhumabekova", "--from", "2027-02-02", "--days", "3")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out, "DATE        DAY  TIME   UNTIL\n"
                                "2027-02-02  tue  15:30  15:50\n"
                                "2027-02-02  tue  15:50  16:10\n"
                                "2027-02-02  tue  16:10  16:30\n"
                                "2027-02-02  tue  16:30  16:50\n"
                                "2027-02-04  thu  15:30  15:50\n"
                                "2027-02-04  thu  15:50  16:10\n"
                                "2027-02-04  thu  16:10  16:30\n"
                                "2027-02-04  thu  16:30  16:50\n")

    def test_a_partly_booked_window_is_split_and_holidays_have_none(self):
        self.replace("school.yaml", "holidays: [", "holidays: [2027-02-11, ")
        self.assertEqual(self.add("zhumabekova", "2027-02-09", "15:40", "--minutes", "30").code, 0)
        r = self.book("slots", "--with", "zhumabekova", "--from", "2027-02-09", "--days", "10",
                      "--format", "csv")
        self.assertEqual(r.code, 0, r)
        # 15:40-16:10 taken: 15:30-15:40 is too short, 16:10 and 16:30 are
        # free; Thursday 2027-02-11 is a holiday; 2027-02-16 and -18 are free.
        self.assertEqual(r.out, "date,day,time,end\n"
                                "2027-02-09,tue,16:10,16:30\n"
                                "2027-02-09,tue,16:30,16:50\n"
                                "2027-02-16,tue,15:30,15:50\n"
                                "2027-02-16,tue,15:50,16:10\n"
                                "2027-02-16,tue,16:10,16:30\n"
                                "2027-02-16,tue,16:30,16:50\n"
                                "2027-02-18,thu,15:30,15:50\n"
                                "2027-02-18,thu,15:50,16:10\n"
                                "2027-02-18,thu,16:10,16:30\n"
                                "2027-02-18,thu,16:30,16:50\n")

    def test_a_deputy_with_her_own_hours(self):
        # nurlanova's file says 15:30-16:00: one 20-minute slot a day.
        r = self.book("slots", "--with", "nurlanova", "--from", "2027-02-02", "--days", "3",
                      "--format", "json")
        self.assertEqual(r.out, '[\n'
                         '  {"date": "2027-02-02", "day": "tue", "time": "15:30", "end": "15:50"},\n'
                         '  {"date": "2027-02-04", "day": "thu", "time": "15:30", "end": "15:50"}\n'
                         ']\n')

    def test_staff_who_receive_nobody(self):
        r = self.book("slots", "--with", "ivanova")
        self.assertEqual((r.code, r.out), (3, ""), r)
        self.assertEqual(r.err, "book: error: 'ivanova' holds no reception hours: only the "
                         "director and the deputies receive parents, or staff with 'reception' "
                         "in their file\n")
        r = self.book("slots", "--with", "zhumabekov")
        self.assertEqual(r.code, 4, r)
        self.assertEqual(r.err, "book: error: no staff member 'zhumabekov' in staff/ (did you "
                         "mean 'zhumabekova'?)\n")


class Add(BookTest):
    def test_a_booking_prints_its_id_and_writes_one_file(self):
        r = self.add("zhumabekova", "2027-02-02", "15:30", "--contact", "+7 701 555 01 11")
        self.assertEqual(r.code, 0, r)
        booking_id = r.out.strip()
        self.assertRegex(booking_id, r"^B-20270126-[0-9A-HJKMNP-TV-Z]{4}$")
        self.assertEqual(r.err, f"book: {booking_id}: 2027-02-02 15:30-15:50 (tue) with "
                         "'zhumabekova'; attendees: omarova\n")
        self.assertEqual([os.path.basename(f) for f in self.booking_files()],
                         [booking_id + ".yaml"])
        text = self.booking(booking_id)
        self.assertTrue(text.startswith(
            f"id: {booking_id}\nstatus: booked\nhost: zhumabekova\ndate: 2027-02-02\n"
            "time: \"15:30\"\nlength: 20\nparent: Сергеева Анна Петровна\n"
            "contact: +7 701 555 01 11\ntopic: Успеваемость по алгебре\nsource: coordinator\n"
            "attendees: [omarova]\nhistory:\n  - at: 2027-01-26T"), text)
        self.assertTrue(text.endswith("+05:00\n    by: Тест\n    action: booked\n"), text)
        self.assertEqual(self.run_tool("report", "check").code, 0)

    def test_a_wednesday_is_refused_with_the_nearest_free_slots(self):
        before = files(self.store)
        r = self.add("zhumabekova", "2027-02-03", "16:00")
        self.assertEqual((r.code, r.out), (3, ""), r)
        self.assertEqual(r.err, "book: error: '2027-02-03 16:00-16:20 (wed)' is outside the "
                         "reception hours of 'zhumabekova' (tue, thu 15:30-17:00); nearest free "
                         "slots: 2027-02-02 16:10 (tue), 2027-02-02 16:30 (tue), 2027-02-04 "
                         "15:30 (thu)\n")
        self.assertEqual(files(self.store), before)

    def test_a_meeting_must_end_by_the_end_of_the_hours(self):
        r = self.add("akhmetov", "2027-02-02", "16:20")
        self.assertEqual(r.code, 3, r)
        self.assertIn("'2027-02-02 16:20-16:40 (tue)' is outside the reception hours of "
                      "'akhmetov' (tue, thu 15:30-16:30)", r.err)
        self.assertEqual(self.add("akhmetov", "2027-02-02", "16:10").code, 0)

    def test_a_holiday_and_the_past_are_refused(self):
        self.replace("school.yaml", "holidays: [", "holidays: [2027-02-04, ")
        r = self.add("zhumabekova", "2027-02-04", "15:30")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, "book: error: '2027-02-04' is a holiday; nearest free slots: "
                         "2027-02-02 15:50 (tue), 2027-02-02 16:10 (tue), 2027-02-02 16:30 "
                         "(tue)\n")
        r = self.add("zhumabekova", "2027-01-21", "15:30")
        self.assertEqual(r.code, 3, r)
        self.assertTrue(r.err.startswith("book: error: '2027-01-21 15:30' is in the past; "
                                         "nearest free slots: "), r)
        self.assertEqual(self.booking_files(), [])

    def test_two_overlapping_bookings_of_the_director(self):
        first = self.add("zhumabekova", "2027-02-02", "15:30", "--minutes", "30")
        self.assertEqual(first.code, 0, first)
        before = files(self.store)
        r = self.add("zhumabekova", "2027-02-02", "15:50")
        self.assertEqual((r.code, r.out), (3, ""), r)
        self.assertEqual(r.err, f"book: error: '2027-02-02 15:50-16:10' overlaps booking "
                         f"'{first.out.strip()}' (15:30-16:00), and 'zhumabekova' cannot be at "
                         "both; nearest free slots: 2027-02-02 16:00 (tue), 2027-02-02 16:20 "
                         "(tue), 2027-02-02 16:40 (tue)\n")
        self.assertEqual(files(self.store), before)
        # Touching the end of the first is fine.
        self.assertEqual(self.add("zhumabekova", "2027-02-02", "16:00").code, 0)

    def test_the_coordinator_cannot_attend_two_meetings_at_once(self):
        first = self.add("zhumabekova", "2027-02-02", "15:30")
        r = self.add("akhmetov", "2027-02-02", "15:40")
        self.assertEqual(r.code, 3, r)
        self.assertIn(f"overlaps booking '{first.out.strip()}' (15:30-15:50), and 'omarova' "
                      "cannot be at both", r.err)

    def test_a_cancelled_slot_can_be_booked_again(self):
        first = self.add("zhumabekova", "2027-02-02", "15:30").out.strip()
        self.assertEqual(self.add("zhumabekova", "2027-02-02", "15:30").code, 3)
        r = self.book("cancel", first[-4:], "--reason", "родитель заболел")
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertEqual(r.err, f"book: {first}: cancelled (2027-02-02 15:30-15:50, tue)\n")
        second = self.add("zhumabekova", "2027-02-02", "15:30")
        self.assertEqual(second.code, 0, second)
        r = self.book("list", "--date", "2027-02-02", "--format", "csv")
        lines = sorted(line.split(",")[:2] for line in r.out.splitlines()[1:])
        self.assertEqual(lines, sorted([[first, "cancelled"], [second.out.strip(), "booked"]]))
        self.assertIn("reason: родитель заболел\n", self.booking(first))

    def test_a_class_brings_its_class_teacher(self):
        r = self.add("zhumabekova", "2027-02-02", "15:30", "--class", "7B")
        self.assertEqual(r.code, 0, r)
        booking_id = r.out.strip()
        self.assertEqual(r.err, f"book: {booking_id}: 2027-02-02 15:30-15:50 (tue) with "
                         "'zhumabekova'; attendees: omarova, ivanova\n")
        self.assertIn("class: 7B\n", self.booking(booking_id))
        self.assertIn("attendees: [omarova, ivanova]\n", self.booking(booking_id))

    def test_a_class_without_a_teacher_is_refused(self):
        self.replace("classes/9A.yaml", "teacher: kim-ys\n", "")
        before = files(self.store)
        r = self.add("zhumabekova", "2027-02-02", "15:30", "--class", "9A")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, "book: error: class '9A' has no class teacher (classes/9A.yaml "
                         "has no 'teacher'): a meeting about a class needs its class teacher "
                         "(B4)\n")
        self.assertEqual(files(self.store), before)

    def test_missing_values_are_a_usage_error_without_a_terminal(self):
        r = self.book("add", "--with", "zhumabekova", "--date", "2027-02-02", "--time", "15:30")
        self.assertEqual(r.code, 2, r)
        self.assertIn("--parent", r.err)
        self.assertIn("--topic", r.err)
        r = self.add("zhumabekova", "2027-02-02", "3pm")
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.err, "book: error: --time: expected a time HH:MM, got '3pm'\n")
        self.assertEqual(self.booking_files(), [])


class Appeal(BookTest):
    def setUp(self):
        super().setUp()
        self.write(APPEAL_FILE, APPEAL)

    def test_a_meeting_for_an_appeal_changes_both_files(self):
        r = self.add("zhumabekova", "2027-02-02", "15:30", "--appeal", "K7QM")
        self.assertEqual(r.code, 0, r)
        booking_id = r.out.strip()
        text = self.booking(booking_id)
        self.assertIn("class: 7B\n", text)  # the appeal's class, and so its teacher
        self.assertIn("appeal: A-20261110-K7QM\n", text)
        self.assertIn("attendees: [omarova, ivanova]\n", text)
        appeal = self.read(APPEAL_FILE)
        self.assertTrue(appeal.startswith(APPEAL), appeal)
        self.assertRegex(appeal[len(APPEAL):],
                         r"^  - at: 2027-01-26T\d\d:\d\d:\d\d\+05:00\n    by: Тест\n"
                         rf"    action: meeting {booking_id} booked for 2027-02-02 "
                         r"15:30-15:50\n$")
        self.assertEqual(self.run_tool("report", "check").code, 0)

    def test_a_refused_meeting_leaves_the_appeal_as_it_was(self):
        self.assertEqual(self.add("zhumabekova", "2027-02-02", "15:30").code, 0)
        before = files(self.store)
        r = self.add("zhumabekova", "2027-02-02", "15:30", "--appeal", "K7QM")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(files(self.store), before)

    def test_an_unknown_appeal(self):
        r = self.add("zhumabekova", "2027-02-02", "15:30", "--appeal", "ZZZZ")
        self.assertEqual((r.code, r.err), (4, "book: error: no appeal matches 'ZZZZ'\n"), r)
        self.assertEqual(self.booking_files(), [])


class Changes(BookTest):
    def setUp(self):
        super().setUp()
        self.id = self.add("zhumabekova", "2027-02-02", "15:30").out.strip()

    def test_move(self):
        r = self.book("move", self.id, "--date", "2027-02-04", "--time", "16:00")
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertEqual(r.err, f"book: {self.id}: moved (2027-02-04 16:00-16:20, thu)\n")
        text = self.booking(self.id)
        self.assertIn("date: 2027-02-04\ntime: \"16:00\"\n", text)
        self.assertIn("    action: moved from 2027-02-02 15:30-15:50 to 2027-02-04 "
                      "16:00-16:20\n", text)
        # Its old place is free again; moving within its own time is fine.
        self.assertEqual(self.add("zhumabekova", "2027-02-02", "15:30").code, 0)
        self.assertEqual(self.book("move", self.id, "--date", "2027-02-04",
                                   "--time", "16:10").code, 0)

    def test_move_is_refused_like_add(self):
        other = self.add("akhmetov", "2027-02-04", "15:30").out.strip()
        before = files(self.store)
        r = self.book("move", self.id, "--date", "2027-02-04", "--time", "15:40")
        self.assertEqual(r.code, 3, r)
        self.assertTrue(r.err.startswith(
            f"book: error: '2027-02-04 15:40-16:00' overlaps booking '{other}' (15:30-15:50), and "
            "'omarova' cannot be at both; nearest free slots: "), r)
        r = self.book("move", self.id, "--date", "2027-02-03", "--time", "15:30")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(files(self.store), before)

    def test_done_and_no_show_only_from_the_day_of_the_meeting(self):
        r = self.book("done", self.id)
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, f"book: error: '{self.id}': cannot mark as done a meeting that "
                         "is still to come (on 2027-02-02)\n")
        r = self.run_tool("book", "done", self.id, "--today", "2027-02-02")
        self.assertEqual(r.code, 0, r)
        self.assertIn("status: done\n", self.booking(self.id))
        r = self.run_tool("book", "no-show", self.id, "--today", "2027-02-03")
        self.assertEqual(r.code, 3, r)
        self.assertEqual(r.err, f"book: error: '{self.id}': cannot mark as a no-show a booking "
                         "that is 'held'; allowed from: booked\n")

    def test_no_show(self):
        r = self.run_tool("book", "no-show", self.id, "--today", "2027-02-03")
        self.assertEqual(r.code, 0, r)
        text = self.booking(self.id)
        self.assertIn("status: no_show\n", text)
        self.assertTrue(text.endswith("    action: no-show\n"), text)

    def test_an_unknown_booking(self):
        r = self.book("cancel", "ZZZZ")
        self.assertEqual((r.code, r.err), (4, "book: error: no booking matches 'ZZZZ'\n"), r)


class Listing(BookTest):
    def test_list_by_date_week_host_and_status(self):
        a = self.add("zhumabekova", "2027-01-28", "16:00", "--class", "7B").out.strip()
        b = self.add("akhmetov", "2027-01-28", "15:30").out.strip()
        c = self.add("sidorenko", "2027-02-02", "15:30").out.strip()
        self.book("cancel", c)
        r = self.book("list", "--week")
        self.assertEqual(r.code, 0, r)
        self.assertEqual([line.split()[0] for line in r.out.splitlines()], ["ID", b, a])
        r = self.book("list", "--with", "sidorenko", "--status", "cancelled")
        self.assertEqual([line.split()[0] for line in r.out.splitlines()], ["ID", c])
        r = self.book("list", "--from", "2027-02-02", "--status", "booked")
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertEqual(r.err, "book: no bookings\n")
        r = self.book("list", "--date", "2027-01-28", "--week")
        self.assertEqual(r.code, 2, r)

    def test_reading_commands_change_nothing(self):
        self.add("zhumabekova", "2027-01-28", "16:00")
        before = files(self.store)
        for args in (["list"], ["slots", "--with", "akhmetov"], ["visitors"], ["ics"]):
            self.assertEqual(self.book(*args).code, 0, args)
        self.assertEqual(files(self.store), before)


class Visitors(StoreTest):
    """The demo store's bookings."""

    def test_thursday_visitors_of_the_demo(self):
        r = self.run_tool("book", "visitors", "--date", "2026-11-26", *DEMO_TODAY)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out,
                         "Expected visitors on 2026-11-26 (thu): 4 visitors\n"
                         "TIME   UNTIL  VISITOR                       HOST                         "
                         "  ROOM\n"
                         "15:30  15:50  Мухамеджанов Руслан Бекович   Жумабекова Гульнара Сериковна"
                         "  каб. 201\n"
                         "15:50  16:10  Жумагулова Айгуль Сериковна   Ахметов Ерлан Болатович      "
                         "  каб. 204\n"
                         "16:10  16:30  Абдрахманова Жанна Маратовна  Сидоренко Ольга Викторовна   "
                         "  каб. 205\n"
                         "16:30  17:00  Темирбаев Арман Канатович     Жумабекова Гульнара Сериковна"
                         "  каб. 201\n")
        # Never the topic: the demo's topics of that day are nowhere in it.
        for topic in ("конфликт с учителем", "кружки и секции"):
            self.assertNotIn(topic, r.out)

    def test_csv_for_printing(self):
        r = self.run_tool("book", "visitors", "--date", "2026-11-26", "--format", "csv", "--bom",
                          *DEMO_TODAY)
        self.assertEqual(r.code, 0, r)
        lines = r.out.split("\n")  # text mode: the CRLF of CSV reads as "\n"
        self.assertEqual(lines[0], "\ufefftime,until,parent,host_name,room")
        self.assertEqual(lines[1], "15:30,15:50,Мухамеджанов Руслан Бекович,Жумабекова Гульнара "
                         "Сериковна,каб. 201")
        self.assertEqual(len(lines), 6)  # header, 4 visitors, the final empty piece

    def test_a_day_without_visitors(self):
        r = self.run_tool("book", "visitors", "--date", "2026-11-25", *DEMO_TODAY)
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertEqual(r.err, "book: no visitors expected on 2026-11-25 (wed)\n")


class Concurrency(BookTest):
    def test_ten_coordinators_booking_one_slot_give_one_booking(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест", "PARENTDESK_LANG": "en"})
        procs = [subprocess.Popen(
            [os.path.join(BIN, "book"), "--store", self.store, *TODAY, "add", "--with",
             "zhumabekova", "--date", "2027-02-02", "--time", "15:30", "--parent",
             f"Родитель {i}", "--topic", "Вопрос"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for i in range(10)]
        results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
        for p in procs:
            p.stdout.close()
            p.stderr.close()
        codes = sorted(code for code, _, _ in results)
        self.assertEqual(codes, [0] + [3] * 9, results)
        self.assertEqual(len(self.booking_files()), 1)
        winner = next(out.strip() for code, out, _ in results if code == 0)
        for code, _, err in results:
            if code == 3:
                self.assertIn(f"overlaps booking '{winner}' (15:30-15:50)", err)
        self.assertEqual(self.run_tool("report", "check").code, 0)


class Git(BookTest):
    def test_each_change_is_one_commit_without_names(self):
        def git(*args):
            return subprocess.run(["git", *args], cwd=self.store, capture_output=True, text=True,
                                  env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1",
                                       "HOME": self.tmp, "GIT_AUTHOR_NAME": "Школа",
                                       "GIT_AUTHOR_EMAIL": "o@school.example",
                                       "GIT_COMMITTER_NAME": "Школа",
                                       "GIT_COMMITTER_EMAIL": "o@school.example"}, check=True)
        git("init", "--quiet", "--initial-branch=main")
        git("add", "-A")
        git("commit", "--quiet", "-m", "the store")
        self.write(APPEAL_FILE, APPEAL)
        git("add", "-A")
        git("commit", "--quiet", "-m", "an appeal")
        booking_id = self.add("zhumabekova", "2027-02-02", "15:30", "--appeal", "K7QM").out.strip()
        self.assertEqual(self.book("cancel", booking_id).code, 0)
        log = git("log", "--format=%s", "-3").stdout
        self.assertEqual(log, f"book {booking_id}: cancelled\n"
                              f"book {booking_id}: booked for A-20261110-K7QM\n"
                              "an appeal\n")
        files = git("show", "--name-only", "--format=", "HEAD~1").stdout.split()
        self.assertEqual(sorted(files), sorted([APPEAL_FILE,
                                                f"bookings/2027/{booking_id}.yaml"]))
        self.assertEqual(git("status", "--porcelain").stdout, "")


if __name__ == "__main__":
    unittest.main()
