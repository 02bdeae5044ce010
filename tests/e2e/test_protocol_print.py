"""minutes print: the protocol as a document in the minutes' language (issue
14) — a PDF the program lays out itself with pango and cairo, an HTML file
for print, Markdown — and the protocol numbers, one sequence per school year
and kind, with a number given twice caught by report check."""

import html.parser
import json
import os
import re
import shutil
import subprocess
import unittest

import polib

from harness import SOURCE, StoreTest

TODAY = "2026-11-24"
KK = "M-20260923-BH8G"  # a class meeting of 5Ә, in Kazakh, signed by both and frozen
RU = "M-20261120-XG9X"  # a class meeting of 7Б, in Russian (the school's default), unsigned


def tool(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def english_labels():
    """The English source strings of the catalogue that a document could show
    as a label: short ones with a capital letter and no placeholder."""
    template = polib.pofile(os.path.join(SOURCE, "po", "parentdesk.pot"))
    return {e.msgid for e in template
            if len(e.msgid) < 40 and "{" not in e.msgid and e.msgid[:1].isupper()}


class Text(html.parser.HTMLParser):
    """The text of an HTML document, its tags and the html element's lang."""

    def __init__(self):
        super().__init__()
        self.texts, self.tags, self.lang, self.style, self._in_style = [], [], None, "", False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        elif data.strip():
            self.texts.append(data.strip())


class PrintTest(StoreTest):
    def minutes(self, *args, **kwargs):
        return self.run_tool("minutes", "--today", TODAY, *args, **kwargs)

    def pdf(self, mid, *args):
        out = os.path.join(self.tmp, f"{mid}{'-'.join(args)}.pdf")
        r = self.minutes("print", mid, "-o", out, *args)
        self.assertEqual((r.code, r.out, r.err), (0, "", ""), r)
        text = " ".join(tool("pdftotext", "-enc", "UTF-8", out, "-").split())
        return out, text

    def assert_one_page_with_embedded_fonts(self, path):
        self.assertRegex(tool("pdfinfo", path), r"(?m)^Pages:\s+1$")
        fonts = tool("pdffonts", path).splitlines()[2:]
        self.assertTrue(fonts, "the PDF names no font")
        for line in fonts:
            # name, type, encoding, then emb sub uni (yes/no each), object ID
            self.assertRegex(line, r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line)
            self.assertIn("DejaVu", line)

    def test_kazakh_protocol_as_pdf(self):
        path, text = self.pdf(KK)
        for expected in ["Школа-лицей № 27 «Болашак»", "г. Алматы, ул. Жандосова, 27",
                         "ХАТТАМА № 6", "Сыныптық ата-аналар жиналысы, 5Ә сынып",
                         "2026 жылғы 23 қыркүйек", "Төраға", "Хатшы", "Қатысу", "Күн тәртібі",
                         "5-сыныпқа бейімделу", "Сынып жетекшісі оқушылардың бейімделуі туралы айтты.",
                         "Шешімдер", "Жауапты", "Мерзімі", "Күзгі жәрмеңкені ұйымдастыру",
                         "Мукашева Ботагоз Ерболовна", "Әбілқасымова Жанар Серікқызы", "10.10.2026",
                         "2026 жылғы 24 қыркүйек қол қойылды", "бақылау сомасы sha256:"]:
            self.assertIn(expected, text)
        self.assertNotIn("Chair", text)
        self.assert_one_page_with_embedded_fonts(path)

    def test_russian_protocol_as_pdf_and_lang_overrides(self):
        path, text = self.pdf(RU)
        for expected in ["ПРОТОКОЛ № 12", "Классное родительское собрание, 7Б класс",
                         "Итоги первой четверти", "20 ноября 2026 г.", "Председатель",
                         "Иванова Мария Петровна", "Секретарь", "Сулейменова Айгуль Кайратовна",
                         "Повестка дня", "Новогодние мероприятия", "Решения", "Ответственный",
                         "Подготовить новогодний концерт", "20.12.2026"]:
            self.assertIn(expected, text)
        self.assertNotIn("подписано", text)  # not signed yet: lines to sign on
        self.assert_one_page_with_embedded_fonts(path)
        # --lang: the Kazakh protocol printed in Russian.
        _, text = self.pdf(KK, "--lang", "ru")
        self.assertIn("ПРОТОКОЛ № 6", text)
        self.assertIn("подписано 24 сентября 2026 г.", text)

    def check_html(self, mid, lang):
        r = self.minutes("print", mid, "--format", "html")
        self.assertEqual(r.code, 0, r)
        page = Text()
        page.feed(r.out)
        page.close()
        self.assertEqual(page.lang, lang)
        for rule in ["size: A4", "break-inside: avoid", "page-break-inside: avoid"]:
            self.assertIn(rule, page.style)
        self.assertIn("table", page.tags)
        self.assertNotIn("script", page.tags)
        self.assertNotIn("link", page.tags)  # self-contained
        labels = english_labels()
        for text in page.texts:
            self.assertNotIn(text.rstrip(":"), labels, f"an English label in a {lang} document")
            # What is left of Latin letters is data: the record's ID, the digest, the e-mail.
            rest = re.sub(r"M-\d{8}-[0-9A-Z]{4}|sha256:[0-9a-f]{64}|\S+@\S+", "", text)
            self.assertNotRegex(rest, r"[A-Za-z]{2,}", f"English in a {lang} document: {text!r}")
        return page

    def test_html_has_no_english_label(self):
        page = self.check_html(KK, "kk")
        self.assertIn("ХАТТАМА № 6", page.texts)
        page = self.check_html(RU, "ru")
        self.assertIn("ПРОТОКОЛ № 12", page.texts)

    def test_markdown_and_the_format_from_the_file_name(self):
        r = self.minutes("print", RU)
        self.assertEqual(r.code, 0, r)
        self.assertIn("# ПРОТОКОЛ № 12\n", r.out)
        self.assertIn("| 1 | Подготовить новогодний концерт | Иванова Мария Петровна | 20.12.2026 |\n",
                      r.out)
        out = os.path.join(self.tmp, "protocol.html")
        self.assertEqual(self.minutes("print", RU, "-o", out).code, 0)
        with open(out, encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("<!DOCTYPE html>"))
        self.assertEqual(os.stat(out).st_mode & 0o777, 0o640)
        r = self.minutes("print", RU, "--format", "docx")
        self.assertEqual(r.code, 2, r)
        self.assertIn("--format: expected one of markdown, html, pdf here, got 'docx'", r.err)


class NumberTest(StoreTest):
    def minutes(self, *args, store=None, today=TODAY):
        from harness import run
        return run("minutes", "--store", store or self.store, "--today", today, *args)

    def new(self, *args, store=None, today=TODAY):
        r = self.minutes("new", *args, store=store, today=today)
        self.assertEqual(r.code, 0, r)
        return r.out.strip()

    def number(self, mid, store=None):
        rel = f"minutes/{mid[2:6]}/{mid}.yaml"
        with open(os.path.join(store or self.store, rel), encoding="utf-8") as f:
            return int(re.search(r"(?m)^number: (\d+)$", f.read()).group(1))

    def test_numbers_are_sequential_per_school_year_and_kind(self):
        # The demo's class meetings of 2026/2027 run to № 13, its PTA meetings to № 2.
        first = self.new("--kind", "class_meeting", "--date", "2026-11-25", "--class", "7B")
        second = self.new("--kind", "class_meeting", "--date", "2026-11-26", "--class", "8A")
        pta = self.new("--kind", "pta", "--date", "2026-11-26")
        next_year = self.new("--kind", "class_meeting", "--date", "2027-09-15", "--class", "7B",
                             today="2027-09-15")
        self.assertEqual([self.number(m) for m in [first, second, pta, next_year]], [14, 15, 3, 1])
        listed = json.loads(self.minutes("list", "--format", "json").out)
        numbers = {row["id"]: row["number"] for row in listed}
        self.assertEqual(numbers[first], 14)
        self.assertEqual(numbers[pta], 3)
        table = self.minutes("list", "--kind", "pta").out
        self.assertRegex(table, rf"(?m)^{pta}\s+3\s")

    def test_two_clones_numbering_offline_are_caught_by_report_check(self):
        clone = os.path.join(self.tmp, "clone")
        shutil.copytree(self.store, clone, symlinks=True)
        ours = self.new("--kind", "pta", "--date", "2026-11-26")
        theirs = self.new("--kind", "pta", "--date", "2026-11-27", store=clone)
        self.assertEqual((self.number(ours), self.number(theirs, clone)), (3, 3))
        rel_ours = f"minutes/2026/{ours}.yaml"
        rel_theirs = f"minutes/2026/{theirs}.yaml"
        shutil.copy(os.path.join(clone, rel_theirs), self.path(rel_theirs))  # the merge
        from harness import run
        r = run("report", "--store", self.store, "--today", TODAY, "check")
        self.assertEqual(r.code, 1, r)
        for here, other in [(rel_ours, rel_theirs), (rel_theirs, rel_ours)]:
            self.assertIn(f"{here}:3:9: 'number': protocol No. 3 is also given to '{other}', "
                          f"a parent committee of the school year 2026/2027\n", r.out)

    def test_new_minutes_name_their_language_and_place(self):
        mid = self.new("--kind", "pta", "--date", "2026-11-26", "--lang", "kk",
                       "--place", "Мәжіліс залы", "--title", "Жоспар")
        r = self.minutes("print", mid)
        self.assertEqual(r.code, 0, r)
        self.assertIn("# ХАТТАМА № 3\n", r.out)
        self.assertIn("Мәжіліс залы", r.out)
        r = self.minutes("new", "--kind", "pta", "--date", "2026-11-26", "--lang", "de")
        self.assertEqual(r.code, 2, r)

    def test_the_demo_store_checks_clean(self):
        from harness import run
        r = run("report", "--store", self.store, "--today", TODAY, "check")
        self.assertEqual((r.code, r.out), (0, ""), r)


if __name__ == "__main__":
    unittest.main()
