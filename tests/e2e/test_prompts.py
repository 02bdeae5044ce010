"""The prompts of a terminal (issue 16): `appeal new` asks for what is
missing with line editing (libedit), checks each answer at once, lists the
choices numbered, and aborts on Ctrl-D or Ctrl-C with nothing written; with
stdin no terminal it asks nothing."""

import contextlib
import fcntl
import os
import select
import struct
import subprocess
import termios
import time
import unittest

from harness import BIN, StoreTest, snapshot

TODAY = ("--today", "2026-11-24")
LEFT, RIGHT, UP = b"\x1b[D", b"\x1b[C", b"\x1b[A"
HOME, END = b"\x1b[H", b"\x1b[F"
CTRL_A, CTRL_C, CTRL_D, BACKSPACE = b"\x01", b"\x03", b"\x04", b"\x7f"
ENTER = b"\r"
MAX_READ = 256 * 1024  # what a test reads from the terminal at most


class Prompts(StoreTest):
    def setUp(self):
        super().setUp()
        self.pending = b""  # read from the terminal, not yet looked at
        self.seen = b""  # everything read from the terminal

    def drain(self, fd, seconds):
        """Reads what the program writes for up to `seconds` or until it
        closes the terminal."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the program closed its side
                return
            if not chunk:
                return
            self.pending += chunk
            self.seen += chunk
            if len(self.seen) > MAX_READ:
                self.fail("runaway output")

    def read_until(self, fd, wanted, seconds=10):
        """What the program wrote up to and including `wanted`; the rest
        stays for the next call."""
        target = wanted.encode()
        deadline = time.monotonic() + seconds
        while target not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0:
                self.fail(f"no {wanted!r} in {self.pending.decode(errors='replace')!r}")
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    self.fail(f"the program ended before {wanted!r}: "
                              f"{self.pending.decode(errors='replace')!r}")
                self.pending += chunk
                self.seen += chunk
                if len(self.seen) > MAX_READ:
                    self.fail("runaway output")
        end = self.pending.index(target) + len(target)
        seen, self.pending = self.pending[:end], self.pending[end:]
        return seen.decode(errors="replace")

    @contextlib.contextmanager
    def terminal(self, *args, lang="en", env=None, stderr_pipe=False):
        """`appeal ARGS` with a pseudo-terminal as its controlling terminal,
        its stdin and its stderr (the prompts), stdout a pipe; yields the
        terminal's other end, the process and the terminal's own end (kept
        open to look at its modes afterwards)."""
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        environment.update({"LC_ALL": "C.UTF-8", "TERM": "xterm", "PARENTDESK_USER": "Тест",
                            "PARENTDESK_LANG": lang})
        environment.update(env or {})

        def controlling_terminal():  # stdin is the terminal by now
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        proc = subprocess.Popen(
            [os.path.join(BIN, "appeal"), "--store", self.store, "--no-commit", *TODAY, *args],
            stdin=slave, stderr=subprocess.PIPE if stderr_pipe else slave,
            stdout=subprocess.PIPE, env=environment,
            start_new_session=True, preexec_fn=controlling_terminal)
        try:
            yield master, proc, slave
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
            if proc.stderr:
                proc.stderr.close()
            os.close(slave)
            os.close(master)

    def finish(self, master, proc):
        """The exit code and stdout of the program, once it ends."""
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.fail(f"still running; the terminal shows "
                      f"{self.seen.decode(errors='replace')!r}")
        self.drain(master, 1)
        return proc.returncode, out.decode()

    def stored(self, out):
        ident = out.split()[0].rstrip(":")
        return self.read(f"appeals/2026/{ident}.yaml")

    def assert_terminal_restored(self, slave):
        """The terminal's line input and echo are back on after the program."""
        lflag = termios.tcgetattr(slave)[3]
        self.assertTrue(lflag & termios.ICANON, "the terminal is left without ICANON")
        self.assertTrue(lflag & termios.ECHO, "the terminal is left without ECHO")

    def test_an_answer_is_edited_with_the_arrows_and_kept_in_cyrillic(self):
        with self.terminal("new", "--kind", "complaint", "--channel", "email", "--lang", "ru") \
                as (master, proc, slave):
            self.read_until(master, "Parent's name: ")
            # "Сергеева Ана", two letters back, "н" in the middle, then at the end.
            os.write(master, "Сергеева Ана".encode() + LEFT + LEFT + "н".encode() + END
                     + " Петровна".encode() + ENTER)
            self.read_until(master, "Subject: ")
            # A typo rubbed out, then the first letter put at the start.
            os.write(master, "итание в столовойй".encode() + BACKSPACE + CTRL_A + "П".encode()
                     + ENTER)
            code, out = self.finish(master, proc)
            self.assert_terminal_restored(slave)
        self.assertEqual(code, 0, self.seen.decode(errors="replace"))
        text = self.stored(out)
        self.assertIn("\nfrom: Сергеева Анна Петровна\n", text)
        self.assertIn("\nsubject: Питание в столовой\n", text)
        # The keys were edits, not text: no escape reached the record, and
        # stdout has the command's line only.
        self.assertNotIn("\x1b", text)
        self.assertNotIn("\x1b", out)
        self.assertNotIn("Parent's name", out)
        self.assertEqual(len(out.splitlines()), 1, out)

    def test_home_right_and_up_recall(self):
        with self.terminal("new", "--kind", "request", "--channel", "email", "--lang", "ru") \
                as (master, proc, _):
            self.read_until(master, "Parent's name: ")
            os.write(master, "Иванова Мария".encode() + HOME + RIGHT + RIGHT + "-".encode()
                     + ENTER)
            self.read_until(master, "Subject: ")
            # Up brings the answer before back, to be edited.
            os.write(master, UP + " (тема)".encode() + ENTER)
            code, out = self.finish(master, proc)
        self.assertEqual(code, 0, self.seen.decode(errors="replace"))
        text = self.stored(out)
        self.assertIn("\nfrom: Ив-анова Мария\n", text)
        self.assertIn("\nsubject: Ив-анова Мария (тема)\n", text)

    def test_a_wrong_choice_is_refused_with_the_reason_and_a_number_picks(self):
        with self.terminal("new", "--from", "Сергеева Анна", "--channel", "email", "--lang", "ru",
                           "--subject", "Питание") as (master, proc, _):
            asked = self.read_until(master, "): ")
            self.assertIn("Kind (1 request, 2 application, 3 complaint): ", asked)
            os.write(master, b"complain" + ENTER)
            again = self.read_until(master, "3 complaint): ")
            self.assertIn("'complain' is none of the choices: 1 request, 2 application, "
                          "3 complaint\r\nKind (1 request, 2 application, 3 complaint): ", again)
            os.write(master, b"4" + ENTER)  # no fourth choice
            self.read_until(master, "'4' is none of the choices")
            self.read_until(master, "3 complaint): ")
            os.write(master, b"3" + ENTER)
            code, out = self.finish(master, proc)
        self.assertEqual(code, 0, self.seen.decode(errors="replace"))
        self.assertIn("\nkind: complaint\n", self.stored(out))

    def test_ctrl_d_aborts_with_exit_2_and_nothing_written(self):
        before = snapshot(self.store)
        with self.terminal("new", "--kind", "complaint", "--channel", "email") \
                as (master, proc, slave):
            self.read_until(master, "Parent's name: ")
            os.write(master, "Сергеева Анна".encode() + ENTER)
            self.read_until(master, "Language (")
            self.read_until(master, "): ")
            os.write(master, CTRL_D)
            code, out = self.finish(master, proc)
            self.assert_terminal_restored(slave)
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("missing --lang", self.seen.decode(errors="replace"))
        self.assertNotIn("Subject", self.seen.decode(errors="replace"))
        self.assertEqual(snapshot(self.store), before)

    def test_ctrl_c_aborts_with_exit_2_and_nothing_written(self):
        before = snapshot(self.store)
        with self.terminal("new", "--kind", "complaint", "--channel", "email", "--lang", "ru") \
                as (master, proc, slave):
            self.read_until(master, "Parent's name: ")
            os.write(master, "Сергеева Анна".encode() + ENTER)
            self.read_until(master, "Subject: ")
            os.write(master, "Питание в сто".encode())  # half an answer, then Ctrl-C
            self.read_until(master, "сто")
            os.write(master, CTRL_C)
            code, out = self.finish(master, proc)
            self.assert_terminal_restored(slave)
        # Exit 2 from the program itself, not death by SIGINT (-2).
        self.assertEqual(code, 2, self.seen.decode(errors="replace"))
        self.assertEqual(out, "")
        self.assertIn("interrupted (Ctrl-C); nothing saved", self.seen.decode(errors="replace"))
        self.assertEqual(snapshot(self.store), before)

    def test_in_russian_the_prompts_are_russian(self):
        before = snapshot(self.store)
        with self.terminal("new", "--channel", "email", lang="ru") as (master, proc, _):
            self.read_until(master, "ФИО родителя: ")
            os.write(master, "Сергеева Анна".encode() + ENTER)
            asked = self.read_until(master, "): ")
            self.assertIn("Вид (1 запрос, 2 заявление, 3 жалоба): ", asked)
            os.write(master, "жалобы".encode() + ENTER)
            again = self.read_until(master, "3 жалоба): ")
            self.assertIn("'жалобы' не входит в число вариантов: 1 запрос, 2 заявление, "
                          "3 жалоба\r\n", again)
            os.write(master, CTRL_C)
            code, _ = self.finish(master, proc)
        self.assertEqual(code, 2)
        self.assertEqual(snapshot(self.store), before)

    def test_a_c_locale_still_edits_cyrillic(self):
        # The tools run under cron or ssh with LC_ALL=C: the prompts still
        # take and show UTF-8.
        with self.terminal("new", "--kind", "complaint", "--channel", "email", "--lang", "ru",
                           "--subject", "Питание", env={"LC_ALL": "C", "LANG": "C"}) \
                as (master, proc, _):
            self.read_until(master, "Parent's name: ")
            os.write(master, "Сергеева Ана".encode() + LEFT + "н".encode() + ENTER)
            code, out = self.finish(master, proc)
        self.assertEqual(code, 0, self.seen.decode(errors="replace"))
        self.assertIn("\nfrom: Сергеева Анна\n", self.stored(out))

    def test_stderr_not_a_terminal_still_asks_without_editing(self):
        # `appeal new 2>log` at a terminal: asked on stderr, the terminal's
        # own line input reads the answer, and no escape goes to the log.
        with self.terminal("new", "--kind", "complaint", "--channel", "email", "--lang", "ru",
                           "--from", "Сергеева Анна", stderr_pipe=True) as (master, proc, _):
            os.write(master, "Питание\n".encode())
            try:
                out, err = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                self.fail("still running")
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("Subject: ", err.decode())
        self.assertNotIn(b"\x1b", err)
        self.assertIn("\nsubject: Питание\n", self.stored(out.decode()))

    def test_stdin_not_a_terminal_asks_nothing(self):
        before = snapshot(self.store)
        r = self.run_tool("appeal", "new", "--kind", "complaint", *TODAY, stdin="")
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.out, "")
        self.assertEqual(r.err.count("\n"), 1, r)  # the error, nothing else
        self.assertIn("missing --from, --channel, --lang, --subject (stdin is not a terminal, "
                      "so nothing is asked)", r.err)
        for prompt in ["Parent's name", "Kind (", "Subject:"]:
            self.assertNotIn(prompt, r.err)
        self.assertEqual(snapshot(self.store), before)


if __name__ == "__main__":
    unittest.main()
