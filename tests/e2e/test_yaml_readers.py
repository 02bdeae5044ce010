"""Records every YAML reader reads alike (issue 15): PyYAML (YAML 1.1, the
reader of most scripts) and ruamel.yaml (YAML 1.2) read every demo record to
the same data, which is the data the tools themselves print as JSON; and the
key `on:`, which YAML 1.1 reads as the boolean true, is read from old files
and rewritten by `report check --fix`."""

import datetime
import glob
import json
import os
import unittest

import ruamel.yaml
import yaml

from harness import APPEAL, APPEAL_FILE, DEMO, StoreTest, run

TODAY = ("--today", "2026-11-24")


def plain(value, utc=False):
    """YAML data with dates and times as the ISO strings JSON holds; with
    `utc`, times as UTC (ruamel.yaml's safe loader gives them so)."""
    if isinstance(value, dict):
        return {k: plain(v, utc) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v, utc) for v in value]
    if isinstance(value, datetime.datetime) and utc and value.tzinfo:
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def without_nulls(value):
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def contained(data, shown):
    """`shown` restricted to what `data` holds: the JSON adds derived fields
    (a decision's status, an appeal's days left) next to the file's own."""
    if isinstance(data, dict) and isinstance(shown, dict):
        return {k: contained(v, shown.get(k)) for k, v in data.items()}
    if isinstance(data, list) and isinstance(shown, list) and len(data) == len(shown):
        return [contained(d, s) for d, s in zip(data, shown)]
    return shown


def demo_records():
    files = sorted(glob.glob(os.path.join(DEMO, "**", "*.yaml"), recursive=True))
    return [f for f in files if "/.cache/" not in f]


class Readers(unittest.TestCase):
    def test_pyyaml_and_ruamel_read_every_record_alike(self):
        files = demo_records()
        self.assertGreater(len(files), 100)
        safe12 = ruamel.yaml.YAML(typ="safe", pure=True)
        safe12.version = (1, 2)
        for path in files:
            with self.subTest(file=os.path.relpath(path, DEMO)):
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                by_pyyaml = plain(yaml.safe_load(text), utc=True)
                by_ruamel = plain(safe12.load(text), utc=True)
                self.assertEqual(by_pyyaml, by_ruamel)
                # No key a YAML 1.1 reader turns into something else.
                keys = []

                def walk(v):
                    if isinstance(v, dict):
                        keys.extend(v.keys())
                        for x in v.values():
                            walk(x)
                    elif isinstance(v, list):
                        for x in v:
                            walk(x)

                walk(yaml.safe_load(text))
                self.assertTrue(all(isinstance(k, str) for k in keys), keys)

    def test_the_tools_json_is_what_yaml_readers_read(self):
        compared = 0
        for tool, folder in (("appeal", "appeals"), ("minutes", "minutes")):
            for path in sorted(glob.glob(os.path.join(DEMO, folder, "*", "*.yaml"))):
                with open(path, encoding="utf-8") as f:
                    data = plain(yaml.safe_load(f))
                r = run(tool, "--store", DEMO, "show", data["id"], "--format", "json", *TODAY)
                self.assertEqual(r.code, 0, r)
                shown = without_nulls(json.loads(r.out))
                with self.subTest(file=os.path.relpath(path, DEMO)):
                    self.assertEqual(contained(data, shown), data)
                compared += 1
        self.assertGreater(compared, 40)


class FormerKeys(StoreTest):
    OLD = APPEAL.replace(
        "due: 2026-11-25\n",
        "due: 2026-11-25\nresponse:\n  lang: ru\n  on: 2026-11-12\n  by: Омарова Айгерим\n"
        "  text: |\n    Расписание на сайте.\ndelivered: {on: 2026-11-13, via: email}\n",
    ).replace("status: received", "status: delivered")

    def setUp(self):
        super().setUp()
        self.write(APPEAL_FILE, self.OLD)

    def test_old_files_are_read(self):
        r = self.run_tool("appeal", "show", "K7QM", "--format", "json", *TODAY)
        self.assertEqual(r.code, 0, r)
        shown = json.loads(r.out)
        self.assertEqual(shown["response"]["date"], "2026-11-12")
        self.assertEqual(shown["delivered"], {"date": "2026-11-13", "via": "email"})

    def test_check_names_the_renamed_key_and_fix_rewrites_it(self):
        r = self.run_tool("report", "check", *TODAY)
        self.assertEqual(r.code, 1, r)
        self.assertIn(
            f"{APPEAL_FILE}:16:1: not in canonical form: the key 'on' is now 'date' "
            "('report check --fix' rewrites it)",
            r.out,
        )
        r = self.run_tool("report", "check", "--fix", "--no-commit", *TODAY)
        self.assertEqual(r.code, 0, r)
        text = self.read(APPEAL_FILE)
        self.assertIn("  date: 2026-11-12\n", text)
        self.assertIn("delivered: {date: 2026-11-13, via: email}\n", text)
        self.assertNotRegex(text, r"(?m)(^ *|[{,] *)on:")
        self.assertEqual(self.run_tool("report", "check", *TODAY).code, 0)
        self.assertEqual(yaml.safe_load(text)["delivered"]["date"], datetime.date(2026, 11, 13))

    def test_both_names_at_once_are_an_error(self):
        self.replace(APPEAL_FILE, "  on: 2026-11-12\n", "  on: 2026-11-12\n  date: 2026-11-12\n")
        r = self.run_tool("report", "check", *TODAY)
        self.assertEqual(r.code, 1, r)
        self.assertIn("'on' is the former name of 'date', which is also given", r.out)


if __name__ == "__main__":
    unittest.main()
