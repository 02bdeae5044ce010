"""Bad input on the command line: bounded, refused with exit 2 and a clear
message before anything is written (issue 13's unbounded-input failures)."""

import os
import subprocess

from harness import APPEAL, APPEAL_FILE, BIN, StoreTest, snapshot

NEW = ("appeal", "new", "--from", "Сергеева Анна", "--kind", "request", "--channel", "email",
       "--lang", "ru", "--subject", "Расписание", "--no-commit", "--today", "2026-11-24")


class InputLimits(StoreTest):
    def setUp(self):
        super().setUp()
        open(self.path(".lock"), "w").close()
        self.before = snapshot(self.store)

    def refused(self, r, message):
        self.assertEqual((r.code, r.out), (2, ""), r)
        self.assertIn(message, r.err)
        self.assertEqual(snapshot(self.store), self.before)

    def test_an_endless_text_file_is_read_only_up_to_the_cap(self):
        r = self.run_tool(*NEW, "--text-file", "/dev/zero")
        self.refused(r, "appeal: error: --text-file: the text is over 512 KiB, more than a "
                        "record may hold\n")

    def test_endless_standard_input_is_read_only_up_to_the_cap(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        env.update({"PARENTDESK_LANG": "en", "PARENTDESK_USER": "Тест"})
        with open("/dev/zero", "rb") as zero:
            proc = subprocess.run([os.path.join(BIN, "appeal"), "--store", self.store, *NEW[1:],
                                   "--text", "-"], stdin=zero, capture_output=True, text=True,
                                  env=env, timeout=60)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn("standard input: the text is over 512 KiB", proc.stderr)
        self.assertEqual(snapshot(self.store), self.before)

    def test_a_directory_is_no_text_file(self):
        r = self.run_tool(*NEW, "--text-file", self.tmp)
        self.refused(r, f"appeal: error: --text-file: '{self.tmp}' is a directory\n")

    def test_a_missing_text_file_says_why(self):
        missing = os.path.join(self.tmp, "нет.txt")
        r = self.run_tool(*NEW, "--text-file", missing)
        self.refused(r, f"appeal: error: --text-file: cannot read '{missing}': No such file or "
                        "directory\n")

    def test_a_subject_is_one_line(self):
        args = list(NEW)
        args[args.index("Расписание")] = "Расписание\nзанятий"
        r = self.run_tool(*args)
        self.refused(r, "--subject: expected one line, got a line break")

    def test_a_bidi_control_in_a_name_is_refused(self):
        args = list(NEW)
        args[args.index("Сергеева Анна")] = "Сергеева \u202eанна"
        r = self.run_tool(*args)
        self.refused(r, "--from: a bidirectional control (U+202E) is not allowed here")

    def test_a_bidi_control_in_a_stored_name_is_not_printed(self):
        self.write(APPEAL_FILE, APPEAL.replace("Сергеева Анна Петровна",
                                               "Сергеева \u202eанна\u202c Петровна"))
        r = self.run_tool("appeal", "list", "--today", "2026-11-24")
        self.assertEqual(r.code, 0, r)
        self.assertIn("Сергеева анна Петровна", r.out)
        self.assertNotIn("\u202e", r.out)

    def test_zero_minutes_is_refused_not_taken_for_the_default(self):
        r = self.run_tool("book", "add", "--with", "zhumabekova", "--date", "2026-12-01",
                          "--time", "15:30", "--minutes", "0", "--parent", "Сергеева Анна",
                          "--topic", "Оценки", "--no-commit", "--today", "2026-11-24")
        self.refused(r, "book: error: --minutes: expected 5 to 240 minutes, got 0\n")


if __name__ == "__main__":
    import unittest

    unittest.main()
