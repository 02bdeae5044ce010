"""The documents of an appeal (issue 14): the receipt slip (талон) with the
registration number `appeal new` gives, and the answer letter from the
store's template of the appeal's language with the outgoing number `appeal
respond` gives — as Markdown, HTML and PDF, in the appeal's language; the
numbers sequential per calendar year, a number given twice by two clones
caught by report check."""

import json
import os
import re
import shutil
import unittest

from harness import DEMO, StoreTest, run
from test_protocol_print import Text, english_labels, tool

TODAY = "2026-11-24"
RU = "A-20261120-988P"  # Russian, answered by the class teacher, not yet delivered
KK = "A-20261102-VA5R"  # Kazakh, answered and delivered by e-mail
KK_OPEN = "A-20261113-B7S8"  # Kazakh, assigned, no answer yet
DIRECTOR = "Жумабекова Гульнара Сериковна"


def file_of(ident):
    return f"appeals/{ident[2:6]}/{ident}.yaml"


class DocumentTest(StoreTest):
    def appeal(self, *args, **kwargs):
        return self.run_tool("appeal", "--today", TODAY, *args, **kwargs)

    def document(self, *args):
        r = self.appeal(*args)
        self.assertEqual((r.code, r.err), (0, ""), r)
        return r.out

    def pdf_text(self, *args):
        out = os.path.join(self.tmp, "document.pdf")
        r = self.appeal(*args, "-o", out)
        self.assertEqual((r.code, r.out, r.err), (0, "", ""), r)
        self.assertRegex(tool("pdfinfo", out), r"(?m)^Pages:\s+1$")
        fonts = tool("pdffonts", out).splitlines()[2:]
        self.assertTrue(fonts)
        for line in fonts:
            self.assertRegex(line, r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line)
        return " ".join(tool("pdftotext", "-enc", "UTF-8", out, "-").split())

    def assert_no_english(self, html, lang):
        page = Text()
        page.feed(html)
        page.close()
        self.assertEqual(page.lang, lang)
        self.assertIn("size: A4", page.style)
        labels = english_labels()
        for text in page.texts:
            self.assertNotIn(text.rstrip(":"), labels, f"an English label in a {lang} document")
            rest = re.sub(r"A-\d{8}-[0-9A-Z]{4}|\S+@\S+", "", text)
            self.assertNotRegex(rest, r"[A-Za-z]{2,}", f"English in a {lang} document: {text!r}")
        return page


class Receipt(DocumentTest):
    def test_russian_receipt(self):
        out = self.document("receipt", "988P")
        for expected in ["# ТАЛОН № 39", "о приёме обращения", "**Регистрационный номер:** 39",
                         f"**Обращение:** {RU}", "**Поступило:** 20 ноября 2026 г., 09:03",
                         "**Принял(а):** Омарова Д. Т.", "**От кого:** Новикова Ольга Дмитриевна",
                         "**Вид:** запрос", "**Тема:** Пропуски уроков по болезни",
                         "**Срок ответа:** 25 ноября 2026 г.",
                         "**Способ получения ответа:** лично в школе",
                         "Школа-лицей № 27 «Болашак»", "Сохраните талон"]:
            self.assertIn(expected, out)
        # Never the appeal's text, nor the answer.
        self.assertNotIn("Как Матвею сдать материал", out)
        self.assertNotIn("учителя подготовили задания", out)

    def test_kazakh_receipt_as_pdf_and_html(self):
        text = self.pdf_text("receipt", KK, "--format", "pdf")
        for expected in ["ТАЛОН № 21", "өтінішті қабылдау туралы", "Тіркеу нөмірі",
                         "Қабылдаған", "Жауап беру мерзімі", "2026 жылғы 2 қараша",
                         "электрондық пошта"]:
            self.assertIn(expected, text)
        self.assert_no_english(self.document("receipt", KK, "--format", "html"), "kk")
        self.assert_no_english(self.document("receipt", "988P", "--format", "html"), "ru")

    def test_a_file_in_the_current_directory(self):
        r = self.appeal("receipt", RU, "-o", "receipt.pdf", cwd=self.tmp)
        self.assertEqual((r.code, r.err), (0, ""), r)
        with open(os.path.join(self.tmp, "receipt.pdf"), "rb") as f:
            self.assertTrue(f.read().startswith(b"%PDF-"))

    def test_lang_overrides_and_unknown_appeal(self):
        self.assertIn("# RECEIPT SLIP No. 39", self.document("receipt", RU, "--lang", "en"))
        r = self.appeal("receipt", "ZZZZ")
        self.assertEqual(r.code, 4, r)


class Letter(DocumentTest):
    def test_russian_letter(self):
        out = self.document("letter", RU)
        for expected in ["Исх. № 19 от 23.11.2026", "Новикова Ольга Дмитриевна",
                         "На Ваше обращение № 39 от 20.11.2026",
                         "Ольга Дмитриевна, учителя подготовили задания",
                         "Директор", DIRECTOR, "Школа-лицей № 27 «Болашак»"]:
            self.assertIn(expected, out)
        self.assertNotIn("{{", out)

    def test_kazakh_letter_as_pdf_and_html(self):
        text = self.pdf_text("letter", KK, "--format", "pdf")
        for expected in ["Шығ. № 15, 10.11.2026", "Сіздің 02.11.2026 жылғы № 21 өтінішіңізге",
                         "Директор", DIRECTOR]:
            self.assertIn(expected, text)
        self.assert_no_english(self.document("letter", KK, "--format", "html"), "kk")

    def test_signer(self):
        out = self.document("letter", RU, "--signer", "omarova")
        self.assertIn("Омарова", out)
        self.assertNotIn(DIRECTOR, out)
        self.assertEqual(self.appeal("letter", RU, "--signer", "nobody").code, 4)

    def test_refused_without_an_answer_nothing_written(self):
        out = os.path.join(self.tmp, "letter.pdf")
        r = self.appeal("letter", KK_OPEN, "-o", out)
        self.assertEqual(r.code, 3, r)
        self.assertIn(f"'{KK_OPEN}': no answer recorded yet", r.err)
        self.assertFalse(os.path.exists(out))

    def test_a_template_in_another_language_is_refused(self):
        # Someone saved the Russian template as the Kazakh one.
        shutil.copy(self.path("templates/letter.ru.md"), self.path("templates/letter.kk.md"))
        r = self.appeal("letter", KK)
        self.assertEqual(r.code, 3, r)
        self.assertIn("templates/letter.kk.md: the template is in 'ru', the appeal "
                      f"'{KK}' in 'kk'", r.err)
        r = self.run_tool("report", "--today", TODAY, "check")
        self.assertEqual(r.code, 1, r)
        self.assertIn("templates/letter.kk.md: the file is named for 'kk', but its front matter "
                      "says 'lang: ru'", r.out)
        # --lang cannot make a Russian appeal's letter Kazakh either (A1).
        r = self.appeal("letter", RU, "--lang", "en")
        self.assertEqual(r.code, 3, r)

    def test_template_errors_name_the_place(self):
        self.replace("templates/letter.ru.md", "{{parent}}", "{{parents}}")
        r = self.appeal("letter", RU)
        self.assertEqual(r.code, 5, r)
        self.assertIn("templates/letter.ru.md:10:1: unknown field 'parents'; the fields are: "
                      "school, address", r.err)
        os.remove(self.path("templates/letter.ru.md"))
        r = self.appeal("letter", RU)
        self.assertEqual(r.code, 4, r)
        self.assertIn("templates/letter.ru.md: no such letter template", r.err)

    def test_a_template_of_ones_own(self):
        mine = os.path.join(self.tmp, "mine.md")
        with open(mine, "w", encoding="utf-8") as f:
            f.write("---\nlang: ru\n---\n# Ответ\n\n{{parent}}, {{subject}}.\n\n{{response}}\n")
        out = self.document("letter", RU, "--template", mine)
        self.assertIn("## Ответ", out)
        self.assertIn("Новикова Ольга Дмитриевна, Пропуски уроков по болезни.", out)


class Numbers(DocumentTest):
    NEW = ("new", "--kind", "request", "--from", "Сергеева Анна", "--channel", "email",
           "--lang", "ru", "--subject", "Расписание", "--no-commit")

    def new(self, *args, store=None, today=TODAY):
        r = run("appeal", "--store", store or self.store, "--today", today, *self.NEW, *args)
        self.assertEqual(r.code, 0, r)
        return r.out.split()[0]

    def value(self, ident, pattern, store=None):
        with open(os.path.join(store or self.store, file_of(ident)), encoding="utf-8") as f:
            return int(re.search(pattern, f.read()).group(1))

    def test_registration_numbers_per_calendar_year(self):
        # The demo registered 44 appeals in 2026.
        first, second = self.new(), self.new()
        self.assertEqual([self.value(a, r"(?m)^number: (\d+)$") for a in (first, second)],
                         [45, 46])
        next_year = self.new(today="2027-01-11")
        self.assertEqual(self.value(next_year, r"(?m)^number: (\d+)$"), 1)
        listed = {a["id"]: a["number"] for a in json.loads(
            self.appeal("list", "--status", "all", "--format", "json").out)}
        self.assertEqual(listed[second], 46)
        self.assertRegex(self.appeal("list").out, rf"(?m)^{second}\s+46\s")
        self.assertTrue(self.appeal("show", second).out.startswith(f"{second}  No. 46  "))

    def test_outgoing_numbers_and_a_replaced_answer_keeps_its_number(self):
        # The demo wrote 19 answers in 2026; B7S8 is Kazakh, N974 Russian.
        r = self.appeal("respond", KK_OPEN, "--lang", "kk", "--text", "Жауап", "--no-commit")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.value(KK_OPEN, r"(?m)^  number: (\d+)$"), 20)
        r = self.appeal("respond", KK_OPEN, "--lang", "kk", "--text", "Жаңа жауап", "--no-commit")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.value(KK_OPEN, r"(?m)^  number: (\d+)$"), 20)
        r = self.appeal("respond", "N974", "--lang", "ru", "--text", "Ответ", "--no-commit")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.value("A-20261116-N974", r"(?m)^  number: (\d+)$"), 21)
        self.assertIn("Шығ. № 20,", self.document("letter", KK_OPEN))

    def test_two_clones_registering_offline_are_caught_by_report_check(self):
        clone = os.path.join(self.tmp, "clone")
        shutil.copytree(self.store, clone, symlinks=True)
        ours, theirs = self.new(), self.new(store=clone)
        shutil.copy(os.path.join(clone, file_of(theirs)), self.path(file_of(theirs)))  # the merge
        r = self.run_tool("report", "--today", TODAY, "check")
        self.assertEqual(r.code, 1, r)
        for here, other in [(ours, theirs), (theirs, ours)]:
            self.assertIn(f"{file_of(here)}:2:9: 'number': registration No. 45 is also given to "
                          f"'{file_of(other)}' in 2026\n", r.out)


class NewStore(unittest.TestCase):
    def test_report_init_writes_the_demo_templates(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            r = run("report", "init", tmp, "--name", "Мектеп")
            self.assertEqual(r.code, 0, r)
            for lang in ("kk", "ru", "en"):
                name = f"templates/letter.{lang}.md"
                with open(os.path.join(tmp, name), encoding="utf-8") as f, \
                        open(os.path.join(DEMO, name), encoding="utf-8") as demo:
                    self.assertEqual(f.read(), demo.read())
            with open(os.path.join(tmp, "school.yaml"), encoding="utf-8") as f:
                self.assertIn("# director:", f.read())
            self.assertEqual(run("report", "--store", tmp, "check").code, 0)


if __name__ == "__main__":
    unittest.main()
