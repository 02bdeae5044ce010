"""Tables on a terminal: `appeal list` and `report overdue` run with standard
output on a pseudo-terminal fit its width (COLUMNS, else the terminal's
size), cut free text with "…", colour overdue rows red and due-soon rows
yellow; --wide shows everything; --no-color, NO_COLOR and TERM=dumb turn
colour off; a pipe gets the full table without colour, as before."""

import fcntl
import json
import os
import re
import struct
import subprocess
import termios
import unicodedata
import unittest

from harness import BIN, StoreTest, run

TODAY = "2026-11-24"
SGR = re.compile(r"\x1b\[[0-9;]*m")
RED, YELLOW, DIM = "\x1b[31m", "\x1b[33m", "\x1b[2m"


def display_width(line):
    """Columns a line takes in a terminal: wide characters two, marks none."""
    width = 0
    for c in SGR.sub("", line):
        if unicodedata.combining(c) or unicodedata.category(c) == "Cf":
            continue
        width += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return width


def on_terminal(tool, *args, env=None, size=None):
    """Runs bin/<tool> with standard output on a pseudo-terminal (of `size`
    columns when given) and returns what it wrote there and its exit code."""
    master, slave = os.openpty()
    # No "\n" to "\r\n" on the way out: compare the program's own bytes.
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.OPOST
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    if size:
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, size, 0, 0))
    environment = {k: v for k, v in os.environ.items()
                   if not k.startswith("PARENTDESK_") and k not in ("COLUMNS", "NO_COLOR")}
    environment.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест",
                        "PARENTDESK_LANG": "en", "TERM": "xterm"})
    environment.update(env or {})
    proc = subprocess.Popen([os.path.join(BIN, tool), *args], stdout=slave,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=environment)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the program closed its side
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=60)
    return out.decode(), code


class TerminalTable(StoreTest):
    def appeal_list(self, *args, env=None, size=None):
        return on_terminal("appeal", "--store", self.store, "--today", TODAY, "list",
                           "--status", "all", *args, env=env, size=size)

    def overdue(self, *args, env=None, size=None):
        return on_terminal("report", "--store", self.store, "--today", TODAY, "overdue",
                           "--due-soon", *args, env=env, size=size)

    def piped(self, tool, *args, env=None):
        sub = ["list", "--status", "all"] if tool == "appeal" else ["overdue", "--due-soon"]
        r = run(tool, "--store", self.store, "--today", TODAY, *sub, *args, env=env)
        self.assertEqual(r.code, 0, r)
        return r.out

    def assert_fits(self, out, width):
        self.assertGreater(len(out.splitlines()), 3, out)
        for line in out.splitlines():
            self.assertLessEqual(display_width(line), width, f"{line!r} in\n{out}")

    def ids(self, status):
        r = run("appeal", "--store", self.store, "--today", TODAY, "list", "--status", status,
                "--format", "json")
        return [row["id"] for row in json.loads(r.out)]

    def test_appeal_list_fits_80_and_110_columns_with_an_ellipsis(self):
        for width in (80, 110):
            for lang in ("en", "ru", "kk"):
                with self.subTest(width=width, lang=lang):
                    out, code = self.appeal_list(
                        env={"COLUMNS": str(width), "PARENTDESK_LANG": lang})
                    self.assertEqual(code, 0, out)
                    self.assert_fits(out, width)
                    self.assertIn("…", out)
        # Every appeal is still there, one line each.
        out, _ = self.appeal_list(env={"COLUMNS": "80"})
        for ident in self.ids("all"):
            self.assertEqual(out.count(ident), 1, ident)

    def test_report_overdue_fits_80_and_110_columns(self):
        for width in (80, 110):
            with self.subTest(width=width):
                out, code = self.overdue(env={"COLUMNS": str(width)})
                self.assertEqual(code, 0, out)
                self.assert_fits(out, width)
                self.assertIn("…", out)

    def test_the_terminal_size_when_columns_is_not_set(self):
        out, _ = self.appeal_list(size=80)
        self.assert_fits(out, 80)
        self.assertIn("…", out)

    def test_overdue_rows_red_due_soon_yellow_closed_dim(self):
        out, _ = self.appeal_list(env={"COLUMNS": "110"})
        lines = out.splitlines()
        overdue = self.ids("overdue")
        self.assertTrue(overdue)
        for ident in overdue:
            [line] = [line for line in lines if ident in line]
            self.assertTrue(line.startswith(RED) and line.endswith("\x1b[0m"), repr(line))
        for ident in self.ids("due-soon"):
            [line] = [line for line in lines if ident in line]
            self.assertTrue(line.startswith(YELLOW), repr(line))
        for ident in self.ids("closed"):
            [line] = [line for line in lines if ident in line]
            self.assertTrue(line.startswith(DIM), repr(line))
        self.assertFalse(SGR.search(lines[0]), "the header has no colour")
        report, _ = self.overdue(env={"COLUMNS": "110"})
        self.assertIn(RED, report)
        self.assertIn(YELLOW, report)

    def test_no_colour_with_no_color_option_no_color_variable_or_a_dumb_terminal(self):
        for args, env in [(["--no-color"], {}), ([], {"NO_COLOR": "1"}),
                          ([], {"TERM": "dumb"})]:
            for command in (self.appeal_list, self.overdue):
                with self.subTest(args=args, env=env, command=command.__name__):
                    out, code = command(*args, env={"COLUMNS": "80", **env})
                    self.assertEqual(code, 0, out)
                    self.assertNotIn("\x1b", out)
                    self.assert_fits(out, 80)  # still fitted: it is a terminal

    def test_wide_shows_everything_as_a_pipe_does(self):
        for tool, command in (("appeal", self.appeal_list), ("report", self.overdue)):
            for flag in ("--wide", "-w"):
                with self.subTest(tool=tool, flag=flag):
                    out, _ = command(flag, env={"COLUMNS": "80"})
                    self.assertNotIn("…", out)
                    self.assertEqual(SGR.sub("", out), self.piped(tool))
                    plain, _ = command(flag, "--no-color", env={"COLUMNS": "80"})
                    self.assertEqual(plain, self.piped(tool))

    def test_a_pipe_is_never_cut_nor_coloured(self):
        for tool in ("appeal", "report"):
            with self.subTest(tool=tool):
                out = self.piped(tool, env={"COLUMNS": "40", "TERM": "xterm"})
                self.assertEqual(out, self.piped(tool))
                self.assertNotIn("\x1b", out)
                self.assertNotIn("…", out)
                # The rows are as long as their text: wider than any terminal here.
                self.assertGreater(max(display_width(line) for line in out.splitlines()), 110)

    def test_the_layout_leaves_out_columns_before_cutting_ids_or_dates(self):
        out, _ = self.appeal_list("--no-color", env={"COLUMNS": "80"})
        header = out.splitlines()[0].split()
        self.assertEqual(header[:3], ["ID", "DUE", "DEADLINE"])
        self.assertNotIn("LANG", header)
        self.assertIn("SUBJECT", header)
        for ident in self.ids("all"):
            self.assertIn(ident, out)


if __name__ == "__main__":
    unittest.main()
