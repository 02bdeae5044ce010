"""The interface in Kazakh and Russian: how the language is chosen, and
what a coordinator sees in it: titles, headers, errors, refusals, help,
plural forms, dates typed DD.MM.YYYY, names sorted and searched as people
expect, and the prompts of a terminal."""

import contextlib
import os
import pty
import re
import select
import subprocess
import time
import unittest

from harness import APPEAL, APPEAL_FILE, BIN, StoreTest, run, snapshot

TODAY = ("--today", "2026-11-24")
RU = {"PARENTDESK_LANG": "ru"}
KK = {"PARENTDESK_LANG": "kk"}
# No language from the environment: the store's ui_language decides.
NONE = {"PARENTDESK_LANG": "", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def header_cells(table):
    return re.split(r"\s{2,}", table.splitlines()[0].strip())


class ChoosingTheLanguage(StoreTest):
    def overdue_title(self, env):
        r = self.run_tool("report", "overdue", *TODAY, env=env)
        self.assertEqual(r.code, 0, r)
        return r.out.splitlines()[0]

    def test_parentdesk_lang_names_the_language(self):
        self.assertEqual(self.overdue_title(RU),
                         "Школа-лицей № 27 «Болашак»: просрочено по состоянию на 2026-11-24")
        self.assertEqual(self.overdue_title(KK),
                         "Школа-лицей № 27 «Болашак»: 2026-11-24 күнгі мерзімі өткендер")
        self.assertEqual(self.overdue_title({"PARENTDESK_LANG": "en"}),
                         "Школа-лицей № 27 «Болашак»: overdue on 2026-11-24")

    def test_the_locale_names_it_when_parentdesk_lang_does_not(self):
        self.assertIn("мерзімі өткендер", self.overdue_title({**NONE, "LANG": "kk_KZ.UTF-8"}))
        self.assertIn("просрочено", self.overdue_title({**NONE, "LC_MESSAGES": "ru_RU.UTF-8",
                                                          "LANG": "kk_KZ.UTF-8"}))
        self.assertIn("overdue on", self.overdue_title({**NONE, "LANGUAGE": "de:en",
                                                         "LANG": "ru_RU.UTF-8"}))
        self.assertIn("мерзімі өткендер", self.overdue_title({**RU, "PARENTDESK_LANG": "kk",
                                                              "LANG": "ru_RU.UTF-8"}))

    def test_under_cron_with_a_c_locale_school_yaml_decides(self):
        self.replace("school.yaml", "ui_language: ru", "ui_language: kk")
        self.assertIn("мерзімі өткендер", self.overdue_title(NONE))
        self.replace("school.yaml", "ui_language: kk", "ui_language: en")
        self.assertIn("overdue on", self.overdue_title(NONE))

    def test_without_ui_language_english(self):
        text = self.read("school.yaml")
        self.write("school.yaml", re.sub(r"(?m)^ui_language:.*\n", "", text))
        self.assertIn("overdue on", self.overdue_title(NONE))

    def test_the_store_named_by_store_decides_help_too(self):
        r = run("appeal", "--store", self.store, "--help", env=NONE)
        self.assertEqual(r.code, 0, r)
        self.assertTrue(r.out.startswith("Официальные обращения родителей"), r.out)
        self.assertIn("Использование: appeal [ПАРАМЕТРЫ] КОМАНДА\n", r.out)
        r = run("appeal", "--help", env=NONE, cwd=self.tmp)  # no store: English
        self.assertIn("Usage: appeal [OPTIONS] SUBCOMMAND\n", r.out)


class WhatTheCoordinatorSees(StoreTest):
    def setUp(self):
        super().setUp()
        self.write(APPEAL_FILE, APPEAL)

    def test_table_headers(self):
        r = self.run_tool("appeal", "list", *TODAY, env=RU)
        self.assertEqual(header_cells(r.out),
                         ["ИД", "№", "СРОК", "КОНТРОЛЬ СРОКА", "СТАТУС", "ВИД", "ЯЗЫК", "КЛАСС",
                          "ИСПОЛНИТЕЛЬ", "ОТ КОГО", "ТЕМА"])
        r = self.run_tool("appeal", "list", *TODAY, env=KK)
        self.assertEqual(header_cells(r.out),
                         ["ИД", "№", "МЕРЗІМІ", "МЕРЗІМ БАҚЫЛАУЫ", "МӘРТЕБЕСІ", "ТҮРІ", "ТІЛІ",
                          "СЫНЫП", "ОРЫНДАУШЫ", "КІМНЕН", "ТАҚЫРЫБЫ"])

    def test_stored_values_are_shown_as_words_and_data_stay(self):
        r = self.run_tool("appeal", "list", "--grep", "расписание", *TODAY, env=RU)
        row = r.out.splitlines()[1]
        self.assertIn("  поступило  ", row)
        self.assertIn("  жалоба  ", row)
        r = self.run_tool("appeal", "list", "--grep", "расписание", "--format", "json", *TODAY,
                          env=RU)
        self.assertIn('"kind":"complaint"', r.out.replace(" ", ""))
        self.assertIn('"status":"received"', r.out.replace(" ", ""))

    def test_an_unknown_id_is_an_error_in_the_language(self):
        r = self.run_tool("appeal", "show", "ZZZZ", env=RU)
        self.assertEqual((r.code, r.err), (4, "appeal: ошибка: нет обращения, соответствующего "
                                              "'ZZZZ'\n"))
        r = self.run_tool("appeal", "show", "ZZZZ", env=KK)
        self.assertEqual((r.code, r.err), (4, "appeal: қате: 'ZZZZ' мәніне сәйкес өтініш жоқ\n"))

    def test_a_refusal_in_the_language_changes_nothing(self):
        open(self.path(".lock"), "w").close()  # the lock file stays, empty, as in use
        before = snapshot(self.store)
        r = self.run_tool("appeal", "respond", "K7QM", "--lang", "kk", "--text", "Жауап",
                          "--no-commit", env=RU)
        self.assertEqual((r.code, r.err),
                         (3, "appeal: ошибка: 'A-20261110-K7QM': ответ должен быть на языке "
                             "обращения, 'ru', а не 'kk' (A1)\n"))
        r = self.run_tool("appeal", "respond", "K7QM", "--lang", "kk", "--text", "Жауап",
                          "--no-commit", env=KK)
        self.assertEqual((r.code, r.err),
                         (3, "appeal: қате: 'A-20261110-K7QM': жауап өтініштің тілінде ('ru') "
                             "болуы керек, 'kk' тілінде емес (A1)\n"))
        self.assertEqual(snapshot(self.store), before)

    def test_usage_errors_suggest_in_the_language(self):
        r = run("appeal", "lst", env=RU)
        self.assertEqual((r.code, r.err),
                         (2, "appeal: ошибка: неизвестная команда 'lst' (возможно, имелось в "
                             "виду 'list'?)\nПодробная справка: 'appeal --help'.\n"))
        r = run("appeal", "list", "--stauts", "overdue", env=KK)
        self.assertEqual(r.code, 2, r)
        self.assertTrue(r.err.startswith("appeal: қате: белгісіз параметр '--stauts' (мүмкін, "
                                         "'--status' болар?)\n"), r.err)

    def test_plural_forms_of_days_in_russian(self):
        # Due 2026-11-25: n days later it is overdue by n days.
        expected = {1: "просрочено на 1 день", 2: "просрочено на 2 дня",
                    5: "просрочено на 5 дней", 11: "просрочено на 11 дней",
                    21: "просрочено на 21 день", 22: "просрочено на 22 дня"}
        for n, label in expected.items():
            day = f"2026-{11 + (25 + n - 1) // 30:02d}-{(25 + n - 1) % 30 + 1:02d}"
            with self.subTest(days=n):
                r = self.run_tool("appeal", "list", "--grep", "расписание", "--today", day,
                                  env=RU)
                self.assertEqual(re.split(r"\s{2,}", r.out.splitlines()[1])[2], label, r)

    def test_kazakh_counts(self):
        r = self.run_tool("appeal", "list", "--grep", "расписание", "--today", "2026-11-30",
                          env=KK)
        self.assertEqual(re.split(r"\s{2,}", r.out.splitlines()[1])[2], "мерзімі 5 күнге өтті")

    def test_dates_typed_dd_mm_yyyy(self):
        r = self.run_tool("appeal", "new", "--from", "Сергеева Анна", "--kind", "жалоба",
                          "--channel", "email", "--lang", "ru", "--subject", "Тема",
                          "--received", "24.11.2026", "--today", "25.11.2026", "--no-commit")
        self.assertEqual(r.code, 0, r)
        ident, _, due = r.out.split()
        self.assertEqual(due, "2026-12-09")
        text = self.read(f"appeals/2026/{ident}.yaml")
        self.assertIn("\nreceived: 2026-11-24\n", text)
        self.assertIn("\nkind: complaint\n", text)  # the word typed, the value stored
        r = self.run_tool("appeal", "list", "--since", "31.11.2026", env=RU)
        self.assertEqual((r.code, r.err),
                         (2, "appeal: ошибка: --since: ожидалась существующая дата в формате "
                             "YYYY-MM-DD или DD.MM.YYYY, получено '31.11.2026'\n"))

    def test_grep_ignores_case_in_kazakh_letters(self):
        self.write(APPEAL_FILE, APPEAL.replace("Сергеева Анна Петровна", "Әлия Серікқызы"))
        for needle in ["әлия", "ӘЛИЯ", "Әлия", "серікқызы"]:
            with self.subTest(needle=needle):
                r = self.run_tool("appeal", "list", "--grep", needle, *TODAY)
                self.assertIn("A-20261110-K7QM", r.out, r)
        r = self.run_tool("appeal", "list", "--grep", "алия", *TODAY)
        self.assertNotIn("A-20261110-K7QM", r.out)  # ә is not а

    def test_names_sort_in_the_kazakh_alphabet(self):
        names = ["Іңкәр Бек", "Ұлан Әли", "Бота Нұр", "Әлия Сер", "Қайрат Ер", "Кирилл Ли",
                 "Үміт Ас", "Өмір Ас", "Оспан Ер", "Арман Ас", "Ыбырай Ас"]
        entries = "".join(f"  - {{student: {n}, year: 2026/2027, consent: refused, "
                          "signed: 2026-09-02}\n" for n in names)
        text = self.read("classes/7B.yaml")
        self.write("classes/7B.yaml", text.split("photo_consent:\n")[0] + "photo_consent:\n"
                   + entries)
        r = self.run_tool("report", "consent", "--class", "7B", "--format", "csv", *TODAY,
                          env=KK)
        self.assertEqual(r.code, 0, r)
        # The last row counts the class's students no entry names.
        listed = [line.split(",")[2] for line in r.out.splitlines()[1:-1]]
        self.assertEqual(listed, ["Арман Ас", "Әлия Сер", "Бота Нұр", "Кирилл Ли", "Қайрат Ер",
                                  "Оспан Ер", "Өмір Ас", "Ұлан Әли", "Үміт Ас", "Ыбырай Ас",
                                  "Іңкәр Бек"])


# Latin words a Russian or Kazakh --help may hold: names of commands,
# subcommands and values typed on the command line, formats, programs.
TYPED = set("""appeal book minutes report new list show assign escalate respond deliver close
extend notify letter receipt amend templates lang md documents.lang redirect note edit slots add move cancel done no show visitors ics decide sign overdue
compliance appeals year check init consent open due soon closed all table json csv markdown
request application complaint email in_person website phone messenger e_journal
class_teacher administration kk ru en booked cancelled no_show coordinator class_meeting
school_meeting pta leadership education event diagnostics survey school parents chair
secretary due_soon slot_minutes school.yaml git config user.name visudo iCalendar parentdesk
stderr UTF CSV pre commit hook ID N A B incident offence bullying suicide_attempt suicide police
juvenile_inspector juvenile_commission guardianship education_department health cache METHOD
PUBLISH print html pdf""".split())


class NoEnglishInHelp(unittest.TestCase):
    def test_help_of_every_command_speaks_russian_and_kazakh(self):
        for tool in ["appeal", "book", "minutes", "report"]:
            top = run(tool, "--help").out
            subs = [line.split()[0] for line in top.split("Subcommands:")[1].splitlines()
                    if line.startswith("  ")]
            for sub in [None, *subs]:
                for env in (RU, KK):
                    args = [sub, "--help"] if sub else ["--help"]
                    with self.subTest(tool=tool, sub=sub, lang=env["PARENTDESK_LANG"]):
                        r = run(tool, *args, env=env)
                        self.assertEqual(r.code, 0, r)
                        text = re.sub(r"(--?|\$)[A-Za-z][\w-]*", "", r.out)
                        words = re.findall(r"[A-Za-z][A-Za-z_]*(?:\.[A-Za-z]+)*", text)
                        self.assertEqual([w for w in words if w not in TYPED], [], r.out)


class Prompts(StoreTest):
    """appeal new on a terminal, answered in Russian, one answer wrong."""

    def setUp(self):
        super().setUp()
        self.pending = b""  # read from the terminal, not yet looked at

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
                    self.fail(f"the program ended before {wanted!r}")
                self.pending += chunk
                if len(self.pending) > 65536:
                    self.fail("runaway output")
        end = self.pending.index(target) + len(target)
        seen, self.pending = self.pending[:end], self.pending[end:]
        return seen.decode()

    @contextlib.contextmanager
    def terminal(self, *args):
        """`appeal ARGS` in Russian with a pseudo-terminal for stdin and
        stderr (the prompts); yields the terminal's other end and the process."""
        master, slave = pty.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест", "PARENTDESK_LANG": "ru"})
        proc = subprocess.Popen(
            [os.path.join(BIN, "appeal"), *args, "--store", self.store, "--no-commit"],
            stdin=slave, stderr=slave, stdout=subprocess.PIPE, env=env, text=True)
        os.close(slave)
        try:
            yield master, proc
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            os.close(master)

    def test_answers_are_checked_one_by_one_and_a_wrong_one_is_asked_again(self):
        with self.terminal("new", "--today", "2026-11-24") as (master, proc):
            self.read_until(master, "ФИО родителя: ")
            os.write(master, "Сергеева Анна\n".encode())
            asked = self.read_until(master, "): ")
            self.assertIn("Вид (1 запрос, 2 заявление, 3 жалоба): ", asked)
            os.write(master, "жалобы\n".encode())
            again = self.read_until(master, "3 жалоба): ")
            self.assertIn("'жалобы' не входит в число вариантов: 1 запрос, 2 заявление, 3 "
                          "жалоба\r\nВид (1 запрос, 2 заявление, 3 жалоба): ", again)
            os.write(master, "ЖАЛОБА\n".encode())
            self.read_until(master, "): ")  # the channel
            os.write(master, "2\n".encode())
            self.read_until(master, "): ")  # the language
            os.write(master, "русский\n".encode())
            self.read_until(master, "Тема: ")
            os.write(master, "Питание в столовой\n".encode())
            out, _ = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 0)
        ident = out.split()[0]
        text = self.read(f"appeals/2026/{ident}.yaml")
        for line in ["kind: complaint", "channel: in_person", "lang: ru",
                     "subject: Питание в столовой", "from: Сергеева Анна"]:
            self.assertIn(f"\n{line}\n", text)

    def test_end_of_input_at_a_prompt_writes_nothing(self):
        before = snapshot(self.store)
        with self.terminal("new") as (master, proc):
            self.read_until(master, "ФИО родителя: ")
            os.write(master, b"\x04")  # Ctrl-D
            proc.wait(timeout=30)
        self.assertEqual(proc.returncode, 2)
        self.assertEqual(snapshot(self.store), before)


if __name__ == "__main__":
    unittest.main()
