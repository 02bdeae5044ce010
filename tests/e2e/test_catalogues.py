"""The catalogues of po/: every message of the source translated into Russian
and Kazakh, placeholders kept, plural rules as the code applies them, and
msgfmt --check clean."""

import os
import re
import subprocess
import tempfile
import unittest

import polib

from harness import SOURCE

PLURAL_FORMS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<12 || n%100>14) ? 1 : 2);",
    "kk": "nplurals=2; plural=(n != 1);",
}
# fmt's replacement fields: {}, {0}, {:>3}, {1:>3}; "{{", "}}" and braces
# around other text ("{start, end}" in a message not formatted) are text.
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\d*(?::[^{}]*)?)\}")


def placeholders(text):
    """The fmt placeholders of text as {index: spec}, numbering automatic
    ones ({}) in order; escaped braces are no placeholders."""
    found, auto = {}, 0
    for m in PLACEHOLDER.finditer(text):
        if m.group(1) is None:
            continue
        field = m.group(1)
        index, _, spec = field.partition(":")
        if index == "":
            index, auto = auto, auto + 1
        found[int(index)] = spec
    return found


def fresh_template(directory):
    path = os.path.join(directory, "parentdesk.pot")
    subprocess.run([os.path.join(SOURCE, "scripts", "update-po"), "--template", path],
                   check=True, capture_output=True, timeout=120)
    return polib.pofile(path)


def key(entry):
    return (entry.msgctxt, entry.msgid)


class Catalogues(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.template = fresh_template(cls.tmp.name)
        cls.catalogues = {lang: polib.pofile(os.path.join(SOURCE, "po", f"{lang}.po"))
                          for lang in PLURAL_FORMS}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_the_sources_have_messages(self):
        self.assertGreater(len(self.template), 300)

    def test_the_committed_template_is_current(self):
        committed = polib.pofile(os.path.join(SOURCE, "po", "parentdesk.pot"))
        self.assertEqual(sorted(map(key, committed), key=str),
                         sorted(map(key, self.template), key=str),
                         "po/parentdesk.pot is out of date: run 'make pot'")

    def test_every_message_is_translated_and_none_is_fuzzy(self):
        for lang, catalogue in self.catalogues.items():
            with self.subTest(lang=lang):
                entries = {key(e): e for e in catalogue if not e.obsolete}
                missing = [e.msgid for e in self.template if key(e) not in entries]
                self.assertEqual(missing, [], f"po/{lang}.po lacks these messages")
                untranslated = [e.msgid for e in catalogue.untranslated_entries()]
                self.assertEqual(untranslated, [], f"po/{lang}.po leaves these untranslated")
                fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
                self.assertEqual(fuzzy, [], f"po/{lang}.po has fuzzy translations")
                for e in self.template:
                    if e.msgid_plural:
                        forms = entries[key(e)].msgstr_plural
                        self.assertEqual(len(forms), 3 if lang == "ru" else 2, e.msgid)

    def test_translations_keep_the_placeholders(self):
        for lang, catalogue in self.catalogues.items():
            for e in catalogue:
                if e.obsolete or not e.translated():
                    continue
                wanted = placeholders(e.msgid)
                forms = e.msgstr_plural.values() if e.msgid_plural else [e.msgstr]
                for form in forms:
                    with self.subTest(lang=lang, msgid=e.msgid):
                        self.assertEqual(placeholders(form), wanted, form)

    def test_plural_forms_are_those_the_code_applies(self):
        for lang, catalogue in self.catalogues.items():
            with self.subTest(lang=lang):
                self.assertEqual(catalogue.metadata["Plural-Forms"], PLURAL_FORMS[lang])
                self.assertEqual(catalogue.metadata["Language"], lang)

    def test_msgfmt_check_is_clean(self):
        for lang in PLURAL_FORMS:
            with self.subTest(lang=lang):
                r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull,
                                    os.path.join(SOURCE, "po", f"{lang}.po")],
                                   capture_output=True, text=True, timeout=60)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertNotIn("untranslated", r.stderr)
                self.assertNotIn("fuzzy", r.stderr)

    def test_placeholder_parsing(self):
        self.assertEqual(placeholders("{} of {}"), {0: "", 1: ""})
        self.assertEqual(placeholders("{1} из {0}"), {0: "", 1: ""})
        self.assertEqual(placeholders("{:>3} {{literal}}"), {0: ">3"})
        self.assertNotEqual(placeholders("{} of"), placeholders("{} of {}"))
        self.assertEqual(placeholders("the school year {start, end}"), {})


if __name__ == "__main__":
    unittest.main()
