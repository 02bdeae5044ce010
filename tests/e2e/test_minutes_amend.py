"""minutes amend: a typo found after both signatures is corrected by an
amendment (issue 14). The correction opens a new version that the chair and
the secretary sign again; the first version, its signatures and its digest
stay in the record, where report check rebuilds and verifies it; the printed
protocol says that it was amended, when, why, and which version it is."""

import json
import unittest

import yaml

from harness import StoreTest, position, snapshot

TODAY = "2026-11-25"
RU = "M-20260910-56CM"  # a school meeting, in Russian (the school's language), frozen
RU_FILE = f"minutes/2026/{RU}.yaml"
KK = "M-20260923-BH8G"  # a class meeting of 5Ә, in Kazakh, frozen
KK_FILE = f"minutes/2026/{KK}.yaml"
UNSIGNED = "M-20261120-XG9X"  # a class meeting of 7Б, unsigned

RU_CHAIR, RU_SECRETARY = "Жумабекова Гульнара Сериковна", "Федорова Ирина Олеговна"
REASON = "Опечатка в тексте решения"


class AmendTest(StoreTest):
    def minutes(self, *args, **kwargs):
        return self.run_tool("minutes", "--today", TODAY, *args, **kwargs)

    def check(self):
        return self.run_tool("report", "check", "--today", TODAY)

    def record(self, rel):
        return yaml.safe_load(self.read(rel))

    def amend_ru(self):
        r = self.minutes("amend", RU, "--decision", "3", "--text",
                         "Установить навигационные указатели для посетителей школы",
                         "--agenda", "2=Задачи школы на 2026–2027 учебный год",
                         "--reason", REASON)
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertIn(f"{RU}: amended, version 2; the chair and the secretary are to sign it "
                      "again", r.err)
        return r

    def sign_both(self, mid, chair, secretary):
        for role, name in (("chair", chair), ("secretary", secretary)):
            r = self.minutes("sign", mid, "--as", role, "--name", name)
            self.assertEqual(r.code, 0, r)

    def print_of(self, mid, fmt, lang=None):
        r = self.minutes("print", mid, "--format", fmt, *(["--lang", lang] if lang else []))
        self.assertEqual((r.code, r.err), (0, ""), r)
        return r.out


class Amend(AmendTest):
    def test_the_amendment_keeps_the_first_version_and_clears_the_signatures(self):
        before = self.record(RU_FILE)
        self.amend_ru()
        after = self.record(RU_FILE)
        self.assertNotIn("signatures", after)
        self.assertNotIn("digest", after)
        self.assertEqual(after["decisions"][2]["text"],
                         "Установить навигационные указатели для посетителей школы")
        self.assertEqual(after["agenda"][1], "Задачи школы на 2026–2027 учебный год")
        [entry] = after["amendments"]
        self.assertEqual(entry["version"], 2)
        self.assertEqual(str(entry["date"]), TODAY)
        self.assertEqual(entry["by"], "Тест")
        self.assertEqual(entry["reason"], REASON)
        self.assertEqual(after["corrections"], [
            {"version": 2, "field": "agenda[2]", "previous": "Задачи школы на учебный год"},
            {"version": 2, "field": "decisions[3].text",
             "previous": "Установить навигационные указатели для посетителей"},
        ])
        self.assertEqual([dict(role="chair", **entry["previous_chair"]),
                          dict(role="secretary", **entry["previous_secretary"])],
                         before["signatures"])
        self.assertEqual(entry["previous_digest"], before["digest"])
        self.assertEqual(after["history"][-1]["action"], "amended, version 2")
        # The record, with the first version kept, is valid and verifiable.
        r = self.check()
        self.assertEqual(r.code, 0, r)

    def test_the_new_version_is_unsigned_until_both_sign_it_again(self):
        self.amend_ru()
        shown = self.minutes("show", RU)
        self.assertIn("open: awaiting the signature of the chair and the secretary", shown.out)
        self.assertIn(f"2, amended on {TODAY}", shown.out)
        self.assertIn(f"version 2, {TODAY}, Тест: {REASON} (corrected: agenda[2], "
                      "decisions[3].text)", shown.out)
        listed = json.loads(self.minutes("list", "--unsigned", "--format", "json").out)
        self.assertIn(RU, [row["id"] for row in listed])
        # To be signed again within a week (M1) of the amendment, not of the
        # meeting: due soon on 30 November, late from 3 December.
        def signatures(today):
            rows = json.loads(self.run_tool("report", "overdue", "--due-soon", "--today", today,
                                            "--format", "json").out)
            return [(row["section"], row["due"]) for row in rows
                    if (row["id"], row["what"]) == (RU, "signatures")]
        self.assertEqual(signatures(TODAY), [])
        self.assertEqual(signatures("2026-11-30"), [("due_soon", "2026-12-02")])
        self.assertEqual(signatures("2026-12-03"), [("overdue", "2026-12-02")])
        # The amended text is fixed until signed: no edit, no decision, no
        # second amendment; a decision is still marked done.
        file_bytes = self.read(RU_FILE)
        for args in (("decide", RU, "--text", "Ещё", "--owner", "omarova", "--due", "2026-12-01"),
                     ("amend", RU, "--title", "Другое", "--reason", "Ещё одна опечатка")):
            r = self.minutes(*args)
            self.assertEqual(r.code, 3, r)
            self.assertIn(f"amended on {TODAY}", r.err)
            self.assertEqual(self.read(RU_FILE), file_bytes)
        self.assertEqual(self.minutes("done", RU, "3").code, 0)

        self.sign_both(RU, RU_CHAIR, RU_SECRETARY)
        after = self.record(RU_FILE)
        self.assertTrue(after["digest"].startswith("sha256:"))
        self.assertNotEqual(after["digest"], after["amendments"][0]["previous_digest"])
        self.assertEqual([s["date"].isoformat() for s in after["signatures"]], [TODAY, TODAY])
        r = self.check()
        self.assertEqual(r.code, 0, r)
        self.assertIn("frozen (sha256:", self.minutes("show", RU).out)
        listed = json.loads(self.minutes("list", "--unsigned", "--format", "json").out)
        self.assertNotIn(RU, [row["id"] for row in listed])

        # Frozen again: a second amendment opens version 3, which keeps both.
        r = self.minutes("amend", RU, "--place", "Актовый зал", "--reason", "Не указано место")
        self.assertEqual(r.code, 0, r)
        record = self.record(RU_FILE)
        self.assertEqual([e["version"] for e in record["amendments"]], [2, 3])
        self.assertEqual(record["amendments"][1]["previous_digest"], after["digest"])
        self.assertEqual(record["corrections"][-1], {"version": 3, "field": "place"})  # none
        self.assertEqual(self.check().code, 0)

    def test_the_old_text_changed_by_hand_is_found(self):
        self.amend_ru()
        text = self.replace(RU_FILE, "previous: Задачи школы на учебный год",
                            "previous: Задачи школы на год")
        r = self.check()
        self.assertEqual(r.code, 1, r)
        line, column = position(text, "previous_digest:")
        self.assertEqual(r.out, f"{RU_FILE}:{line}:{column + len('previous_digest: ')}: "
                         "'amendments[1].previous_digest': version 1 of the minutes, rebuilt "
                         "from the record, no longer matches the digest it was signed with (the "
                         "previous text or the minutes were changed by hand)\n")

    def test_the_amended_text_changed_by_hand_after_signing_again_is_found(self):
        self.amend_ru()
        self.sign_both(RU, RU_CHAIR, RU_SECRETARY)
        # A corrected field changed again: the new version no longer matches.
        self.replace(RU_FILE, "посетителей школы", "посетителей гимназии")
        r = self.check()
        self.assertEqual(r.code, 1, r)
        self.assertRegex(r.out, r"^[^\n]*: 'digest': the minutes were changed after they were "
                         r"signed \(their content no longer matches the digest\)\n$")
        # A field no amendment corrected: neither version matches.
        self.replace(RU_FILE, "title: Начало учебного года", "title: Начало года")
        r = self.check()
        self.assertEqual(r.code, 1, r)
        self.assertIn("'amendments[1].previous_digest': version 1", r.out)
        self.assertIn("'digest': the minutes were changed", r.out)

    def test_notes_from_standard_input_and_a_due_date(self):
        r = self.minutes("amend", KK, "--notes", "-", "--decision", "1", "--due", "12.10.2026",
                         "--reason", "Күні қате жазылған",
                         stdin="Сынып жетекшісі бейімделу туралы айтты.\nКомитет сайланды.\n")
        self.assertEqual(r.code, 0, r)
        corrections = self.record(KK_FILE)["corrections"]
        self.assertEqual([c["field"] for c in corrections], ["notes", "decisions[1].due"])
        self.assertEqual(corrections[1]["previous"], "2026-10-10")
        self.assertEqual(str(self.record(KK_FILE)["decisions"][0]["due"]), "2026-10-12")
        self.assertEqual(self.check().code, 0)


class Printed(AmendTest):
    def test_the_russian_protocol_says_it_was_amended(self):
        self.amend_ru()
        line = f"Изменён 25 ноября 2026 г.: {REASON} (редакция 2)"
        self.assertIn(line, self.print_of(RU, "markdown"))
        self.assertIn(line, self.print_of(RU, "html"))
        self.assertIn(line, self.minutes("show", RU, "--format", "markdown").out)
        # Unsigned: no digest at its foot until both have signed again.
        self.assertNotIn("sha256:", self.print_of(RU, "markdown"))
        self.sign_both(RU, RU_CHAIR, RU_SECRETARY)
        printed = self.print_of(RU, "markdown")
        self.assertIn(line, printed)
        self.assertIn(self.record(RU_FILE)["digest"], printed)
        self.assertIn(f"Amended on 25 November 2026: {REASON} (version 2)",
                      self.print_of(RU, "markdown", "en"))

    def test_the_kazakh_protocol_says_it_was_amended(self):
        r = self.minutes("amend", KK, "--agenda", "1=5-сыныпқа бейімделу барысы",
                         "--reason", "Күн тәртібіндегі қате")
        self.assertEqual(r.code, 0, r)
        line = "2026 жылғы 25 қараша өзгертілді: Күн тәртібіндегі қате (2-редакция)"
        self.assertIn(line, self.print_of(KK, "markdown"))
        self.assertIn(line, self.print_of(KK, "html"))


class Refused(AmendTest):
    def records(self):
        """The store's files but the lock file, which taking the lock creates."""
        return {name: digest for name, digest in snapshot(self.store).items() if name != ".lock"}

    def assert_refused(self, code, *args, message=None):
        before = self.records()
        r = self.minutes("amend", *args)
        self.assertEqual((r.code, r.out), (code, ""), r)
        if message:
            self.assertIn(message, r.err)
        self.assertEqual(self.records(), before, "a refused amendment wrote a file")

    def test_unsigned_minutes_are_edited_not_amended(self):
        self.assert_refused(3, UNSIGNED, "--title", "Другое", "--reason", REASON,
                            message=f"'{UNSIGNED}': the minutes are not signed: correct them "
                                    "with 'minutes edit'")

    def test_minutes_signed_by_one_are_not_amended(self):
        self.assertEqual(self.minutes("sign", UNSIGNED, "--as", "chair", "--name",
                                      "Иванова Мария Петровна").code, 0)
        self.assert_refused(3, UNSIGNED, "--title", "Другое", "--reason", REASON,
                            message="cannot amend minutes the chair signed on 2026-11-25")

    def test_an_amendment_needs_a_correction_and_a_reason(self):
        self.assert_refused(2, RU, "--reason", REASON, message="nothing to amend")
        self.assert_refused(2, RU, "--title", "Другое", message="--reason")
        self.assert_refused(2, RU, "--title", "Другое", "--reason", "")
        self.assert_refused(2, RU, "--decision", "1", "--reason", REASON)
        self.assert_refused(2, RU, "--text", "Другое", "--reason", REASON)
        self.assert_refused(2, RU, "--agenda", "второй=Другое", "--reason", REASON)

    def test_a_correction_must_change_something_that_is_there(self):
        self.assert_refused(2, RU, "--title", "Начало учебного года", "--reason", REASON,
                            message="'--title': the minutes already say this")
        self.assert_refused(4, RU, "--agenda", "4=Четвёртый", "--reason", REASON,
                            message="no agenda item 4 (the last is 3)")
        self.assert_refused(4, RU, "--decision", "9", "--text", "Другое", "--reason", REASON,
                            message="no decision 9 (the last is 3)")
        self.assert_refused(4, RU, "--decision", "1", "--owner", "nobody", "--reason", REASON)
        self.assert_refused(3, RU, "--decision", "1", "--due", "2026-09-01", "--reason", REASON,
                            message="before the meeting on 2026-09-10")

    def test_minutes_changed_by_hand_after_signing_are_not_amended(self):
        self.replace(RU_FILE, "Установить навигационные указатели для посетителей",
                     "Установить указатели")
        self.assert_refused(5, RU, "--title", "Другое", "--reason", REASON,
                            message="they cannot be amended")


if __name__ == "__main__":
    unittest.main()
