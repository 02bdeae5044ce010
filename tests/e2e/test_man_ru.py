"""The Russian man pages (man/ru/) say what the English ones say where a
reader relies on it: the same subcommands and options in each SYNOPSIS, the
same sections and every school.yaml key in parentdesk(5)."""

import os
import re
import unittest

from harness import SOURCE

TOOLS = ["appeal", "book", "minutes", "report"]
MAN = os.path.join(SOURCE, "man")
MAN_RU = os.path.join(MAN, "ru")

# \-\-name and \-x as written in roff; a long option may carry \- inside
# (\-\-text\-file).  Not a bare \- (standard input) nor a dash inside a word.
OPTION = re.compile(r"(?<![A-Za-z0-9])(\\-\\-[A-Za-z0-9](?:[A-Za-z0-9_]|\\-)*|\\-[A-Za-z0-9](?![A-Za-z0-9_]))")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def title(line):
    """The title of a .SH line, without quotes."""
    return line[len(".SH"):].strip().strip('"')


def sections(page):
    """The page's .SH sections in order, as (title, lines)."""
    result = []
    for line in page.splitlines():
        if line == ".SH" or line.startswith(".SH "):
            result.append((title(line), []))
        elif result:
            result[-1][1].append(line)
    return result


def section(page, name):
    """The lines of the section titled name, or None when there is none."""
    for heading, lines in sections(page):
        if heading == name:
            return lines
    return None


def subcommands(lines, tool):
    """The word after the tool's name on the `.B tool sub` lines."""
    found = set()
    for line in lines:
        words = line.split()
        if len(words) > 2 and words[0] == ".B" and words[1] == tool:
            found.add(words[2])
    return found


def options(lines):
    """Every option named in the lines, unescaped: --name, -x."""
    return {token.replace("\\-", "-") for line in lines for token in OPTION.findall(line)}


def tp_keys(lines):
    """The keys named with `.B key` on the line after each .TP."""
    keys = []
    for before, line in zip(lines, lines[1:]):
        if before.strip() == ".TP":
            words = line.split()
            if len(words) >= 2 and words[0] == ".B":
                keys.append(words[1])
    return keys


class Synopsis(unittest.TestCase):
    """man/ru/TOOL.1: the ОБЗОР section lists the subcommands and options of
    the English SYNOPSIS, no more and no fewer."""

    maxDiff = None

    def check(self, tool):
        english_path = os.path.join(MAN, f"{tool}.1")
        russian_path = os.path.join(MAN_RU, f"{tool}.1")
        self.assertTrue(os.path.isfile(russian_path), f"{russian_path} is missing")
        english = section(read(english_path), "SYNOPSIS")
        russian = section(read(russian_path), "ОБЗОР")
        self.assertIsNotNone(english, f"{english_path} has no .SH SYNOPSIS")
        self.assertIsNotNone(russian, f"{russian_path} has no .SH ОБЗОР")
        self.assertTrue(subcommands(english, tool), f"no subcommand found in {english_path}")
        self.assertEqual(subcommands(russian, tool), subcommands(english, tool),
                         f"subcommands of {russian_path}")
        self.assertTrue(options(english), f"no option found in {english_path}")
        self.assertEqual(options(russian), options(english), f"options of {russian_path}")


for _tool in TOOLS:
    setattr(Synopsis, f"test_{_tool}", lambda self, tool=_tool: self.check(tool))


class FileFormats(unittest.TestCase):
    """man/ru/parentdesk.5: the sections of the English page and every key of
    its SCHOOL SETTINGS."""

    maxDiff = None

    def setUp(self):
        self.russian_path = os.path.join(MAN_RU, "parentdesk.5")
        self.assertTrue(os.path.isfile(self.russian_path), f"{self.russian_path} is missing")
        self.english = read(os.path.join(MAN, "parentdesk.5"))
        self.russian = read(self.russian_path)

    def test_same_number_of_sections(self):
        english = [heading for heading, _ in sections(self.english)]
        russian = [heading for heading, _ in sections(self.russian)]
        self.assertEqual(len(russian), len(english), f"Russian: {russian}\nEnglish: {english}")

    def test_every_school_setting_is_described(self):
        english_settings = section(self.english, "SCHOOL SETTINGS")
        self.assertIsNotNone(english_settings, "man/parentdesk.5 has no .SH SCHOOL SETTINGS")
        keys = tp_keys(english_settings)
        self.assertIn("timezone", keys)
        # The settings are described where the English page describes them:
        # in the section at the same place (the pages have the same sections).
        at = [heading for heading, _ in sections(self.english)].index("SCHOOL SETTINGS")
        russian_sections = sections(self.russian)
        self.assertGreater(len(russian_sections), at, "too few sections")
        heading, lines = russian_sections[at]
        missing = [key for key in keys if key not in tp_keys(lines)]
        self.assertEqual(missing, [], f"keys not described in the section {heading}")


if __name__ == "__main__":
    unittest.main()
