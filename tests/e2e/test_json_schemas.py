"""The JSON of every reading command (issue 15) against its JSON Schema,
schemas/json/<tool>-<subcommand>.schema.json: each command on the demo store
in the variants that give different shapes (empty results, records in every
state); every schema valid itself; a schema for every command that offers
--format json, found from the tools' --help; the schemas' enums those of the
record schemas (schemas/*.yaml); and mutated outputs rejected, so that the
schemas do constrain."""

import copy
import glob
import json
import os
import re
import tempfile
import unittest

import yaml
from jsonschema import Draft202012Validator, FormatChecker

from harness import SOURCE, StoreTest, run

TODAY = ("--today", "2026-11-24")
SCHEMA_DIR = os.path.join(SOURCE, "schemas", "json")
TOOLS = ("appeal", "book", "minutes", "report")


def schema_of(command):
    with open(os.path.join(SCHEMA_DIR, command + ".schema.json"), encoding="utf-8") as f:
        return json.load(f)


def validator(command):
    return Draft202012Validator(schema_of(command), format_checker=FormatChecker())


def where(error):
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)


def describe(errors):
    return "\n".join(f"  {where(e)}: {e.message[:300]}" for e in errors[:20])


def errors_of(command, data):
    return sorted(validator(command).iter_errors(data), key=lambda e: list(e.absolute_path))


# The show commands, run on every record of the demo store.
SHOWS = ["appeal-show", "book-show", "minutes-show"]

# Each command with the option variants that give its different shapes.
VARIANTS = {
    "appeal-list": [
        (), ("--status", "all"), ("--status", "overdue"), ("--status", "due-soon"),
        ("--status", "closed"), ("--class", "7B", "--status", "all"), ("--lang", "kk"),
        ("--since", "2030-01-01"),
    ],
    "book-list": [
        (), ("--from", "2026-01-01"), ("--status", "cancelled", "--from", "2026-01-01"),
        ("--week",), ("--date", "2026-11-26"), ("--from", "2030-01-01"),
    ],
    "book-slots": [
        ("--with", "zhumabekova"), ("--with", "nurlanova", "--days", "30"),
        ("--with", "zhumabekova", "--days", "3"),
    ],
    "book-visitors": [("--date", "2026-11-26"), ("--date", "2026-11-25"), ()],
    "minutes-list": [
        (), ("--unsigned",), ("--kind", "survey"), ("--class", "7B"), ("--since", "2030-01-01"),
    ],
    "report-check": [()],
    "report-overdue": [(), ("--due-soon",), ("--due-soon", "--with-names")],
    "report-appeals": [(), ("--since", "2026-11-01"), ("--since", "2030-01-01")],
    "report-year": [(), ("--year", "2025")],
    "report-compliance": [(), ("--year",)],
    "report-consent": [(), ("--class", "7B"), ("--year", "2025")],
}


def offered_formats(tool, subcommand):
    """The formats a subcommand offers, as it says itself: a subcommand's
    --help does not list them (--format is an option of the tool), so the
    subcommand is run with an unknown format on a store that does not exist,
    with dummy arguments from its usage line and for each option it says is
    missing, until it names the formats it expects or fails otherwise. It
    runs in a directory of its own: `report init`, which needs no store,
    creates one there."""
    with tempfile.TemporaryDirectory(prefix="parentdesk-formats-") as cwd:
        return offered_formats_in(tool, subcommand, cwd)


def offered_formats_in(tool, subcommand, cwd):
    usage = run(tool, subcommand, "--help").out
    line = re.search(rf"^Usage: {tool} {re.escape(subcommand)} \[OPTIONS\](.*)$", usage, re.M)
    positionals = ["ZZZZ"] * len(re.findall(r"[A-Z][A-Z-]*", line.group(1) if line else ""))
    options = []
    for _ in range(4):
        r = run(tool, "--store", "/nonexistent/parentdesk-store", "--format", "no-such-format",
                subcommand, *options, *positionals, stdin="", cwd=cwd)
        found = re.search(r"--format: expected one of (.*) here", r.err)
        if found:
            return found.group(1).split(", ")
        missing = re.search(r"missing ((?:--[a-z-]+)(?:, --[a-z-]+)*)", r.err)
        if not missing:
            return []
        for option in missing.group(1).split(", "):
            options += [option, "ZZZZ"]
    return []


def json_commands():
    commands = []
    for tool in TOOLS:
        usage = run(tool, "--help").out
        listing = usage.split("Subcommands:", 1)[1]
        for subcommand in re.findall(r"^  ([a-z][a-z-]*)\s", listing, re.M):
            if "json" in offered_formats(tool, subcommand):
                commands.append(f"{tool}-{subcommand}")
    return commands


class Schemas(unittest.TestCase):
    def test_every_schema_is_a_valid_2020_12_schema(self):
        files = sorted(glob.glob(os.path.join(SCHEMA_DIR, "*.schema.json")))
        self.assertTrue(files)
        for path in files:
            name = os.path.basename(path)
            with self.subTest(name):
                with open(path, encoding="utf-8") as f:
                    schema = json.load(f)
                Draft202012Validator.check_schema(schema)
                self.assertEqual(schema["$schema"], "https://json-schema.org/draft/2020-12/schema")
                self.assertEqual(schema["$id"],
                                 "https://parentdesk.invalid/schemas/json/" + name)
                self.assertTrue(schema.get("title") and schema.get("description"))
                # Strict: every object says which keys it allows.
                def walk(node, at):
                    if isinstance(node, dict):
                        types = node.get("type")
                        types = types if isinstance(types, list) else [types]
                        if "object" in types and "properties" in node:
                            self.assertIs(node.get("additionalProperties"), False, at)
                            self.assertTrue(set(node["required"]) <= set(node["properties"]), at)
                        for key, value in node.items():
                            walk(value, f"{at}/{key}")
                    elif isinstance(node, list):
                        for i, value in enumerate(node):
                            walk(value, f"{at}/{i}")
                walk(schema, name)

    def test_every_json_command_has_its_schema_and_no_schema_is_left_over(self):
        commands = json_commands()
        # What --help and the probe found, so that a broken probe cannot pass.
        self.assertTrue({"appeal-list", "appeal-show", "minutes-show", "report-year"}
                        <= set(commands), commands)
        schemas = sorted(os.path.basename(p)[:-len(".schema.json")]
                         for p in glob.glob(os.path.join(SCHEMA_DIR, "*.schema.json")))
        self.assertEqual(sorted(commands), schemas)
        # And each is run below.
        self.assertEqual(sorted(list(VARIANTS) + SHOWS), schemas)

    def test_enums_are_those_of_the_record_schemas(self):
        def fields(record):
            with open(os.path.join(SOURCE, "schemas", record + ".yaml"), encoding="utf-8") as f:
                return yaml.safe_load(f)["fields"]
        with open(os.path.join(SOURCE, "schemas", "types.yaml"), encoding="utf-8") as f:
            types = yaml.safe_load(f)["types"]

        def values(spec):
            spec = types.get(spec["type"], spec) if spec["type"] in types else spec
            return spec["values"]

        def enum_of(command, key, item=True):
            node = schema_of(command)
            node = node["items"] if item else node
            enum = node["properties"][key]["enum"]
            return [v for v in enum if v is not None]

        appeal, booking, minutes = fields("appeal"), fields("booking"), fields("minutes")
        for command, item in (("appeal-list", True), ("appeal-show", False)):
            for key in ("status", "kind", "channel", "lang", "route"):
                self.assertEqual(enum_of(command, key, item), values(appeal[key]), (command, key))
        for key in ("status", "source"):
            self.assertEqual(enum_of("book-list", key), values(booking[key]), key)
        for command, item in (("minutes-list", True), ("minutes-show", False)):
            for key in ("kind", "organizer"):
                self.assertEqual(enum_of(command, key, item), values(minutes[key]), (command, key))
        plan = fields("school")["plan"]["items"]["fields"]
        for key in ("kind", "every"):
            self.assertEqual(enum_of("report-compliance", key), values(plan[key]), key)
        by = schema_of("report-appeals")["properties"]["by"]["properties"]
        for key in ("kind", "channel", "lang"):
            self.assertEqual(by[key]["propertyNames"]["enum"], values(appeal[key]), key)

    def test_show_schemas_name_every_field_of_the_record(self):
        derived = {
            "appeal": {"class_name", "due_soon", "overdue", "days_late", "days_left", "on_time",
                       "done_on"},
            "minutes": {"class_name", "frozen", "missing_signatures"},
        }

        def compare(spec, node, at):
            fields = spec["fields"]
            props = node["properties"]
            extra = set(props) - set(fields) - derived.get(at, set())
            if at == "minutes.decisions[]":
                extra -= {"status"}
            self.assertEqual((set(fields) - set(props), extra), (set(), set()), at)
            for name, field in fields.items():
                sub = props[name]
                if field["type"] == "object":
                    compare(field, sub, f"{at}.{name}")
                elif field["type"] == "list" and field["items"].get("type") == "object":
                    compare(field["items"], sub["items"], f"{at}.{name}[]")
                if not field.get("required"):
                    self.assertTrue("null" in json.dumps(sub), f"{at}.{name} allows no null")

        for record in ("appeal", "minutes"):
            with open(os.path.join(SOURCE, "schemas", record + ".yaml"), encoding="utf-8") as f:
                spec = yaml.safe_load(f)
            compare(spec, schema_of(f"{record}-show"), record)


class Outputs(StoreTest):
    def json_of(self, tool, *args):
        r = self.run_tool(tool, *args, "--format", "json", *TODAY)
        self.assertIn(r.code, (0, 1), r)
        self.assertTrue(r.out.endswith("\n"), r)
        return json.loads(r.out)

    def check(self, command, data):
        errors = errors_of(command, data)
        self.assertFalse(errors, f"{command}: the output does not match its schema:\n"
                                 f"{describe(errors)}")

    def outputs(self, command):
        tool, subcommand = command.split("-", 1)
        if command == "appeal-show":
            ids = [a["id"] for a in self.json_of("appeal", "list", "--status", "all")]
            return [(f"appeal show {i}", self.json_of("appeal", "show", i)) for i in ids]
        if command == "minutes-show":
            ids = [m["id"] for m in self.json_of("minutes", "list")]
            return [(f"minutes show {i}", self.json_of("minutes", "show", i)) for i in ids]
        if command == "book-show":
            ids = [b["id"] for b in self.json_of("book", "list", "--from", "2025-01-01")]
            return [(f"book show {i}", self.json_of("book", "show", i)) for i in ids]
        return [(f"{tool} {subcommand} {' '.join(v)}", self.json_of(tool, subcommand, *v))
                for v in VARIANTS[command]]

    def test_every_command_in_every_variant_matches_its_schema(self):
        for command in sorted(list(VARIANTS) + SHOWS):
            for label, data in self.outputs(command):
                with self.subTest(label):
                    self.check(command, data)

    def test_the_variants_give_the_shapes_they_are_for(self):
        lists = {label: data for command in VARIANTS for label, data in self.outputs(command)
                 if isinstance(data, list)}
        for label in ("appeal list --since 2030-01-01", "book list --from 2030-01-01",
                      "book slots --with zhumabekova --days 3", "book visitors --date 2026-11-25",
                      "minutes list --since 2030-01-01", "report check "):
            self.assertEqual(lists[label], [], label)
        for label in ("appeal list --status all", "book list --from 2026-01-01",
                      "book slots --with zhumabekova", "book visitors --date 2026-11-26",
                      "report overdue --due-soon --with-names", "report compliance --year"):
            self.assertTrue(lists[label], label)
        appeals = [data for _, data in self.outputs("appeal-show")]
        for key in ("escalated", "extension", "response", "delivered", "redirect", "closed",
                    "notes", "repeat_of"):
            self.assertTrue(any(a[key] is not None for a in appeals), key)
        self.assertTrue({"closed", "redirected", "withdrawn", "delivered", "assigned"}
                        <= {a["status"] for a in appeals})
        self.assertTrue(any(a["extension"] and a["extension"]["notified"] is None
                            for a in appeals))
        minutes = [data for _, data in self.outputs("minutes-show")]
        self.assertTrue(any(m["frozen"] for m in minutes))
        self.assertTrue(any(not m["frozen"] and m["missing_signatures"] for m in minutes))
        self.assertTrue({"open", "done", "overdue"}
                        <= {d["status"] for m in minutes for d in m.get("decisions") or []})
        empty = self.json_of("report", "appeals", "--since", "2030-01-01")
        self.assertEqual((empty["received"], empty["on_time_percent"], empty["median_days"]),
                         (0, None, None))

    def test_report_check_with_problems_matches_its_schema(self):
        self.replace("appeals/2026/A-20260907-6ERS.yaml", "status: closed", "status: bogus")
        self.write("staff/broken.yaml", "x: [\n")
        self.write("staff/empty.yaml", "")
        problems = self.json_of("report", "check")
        self.assertEqual(len(problems), 3, problems)
        self.check("report-check", problems)

    def test_an_appeal_without_class_or_assignee_matches_the_schemas(self):
        r = self.run_tool("appeal", "new", "--no-commit", "--from", "Родитель", "--kind",
                          "request", "--channel", "email", "--lang", "ru", "--subject", "Вопрос",
                          *TODAY)
        self.assertEqual(r.code, 0, r)
        listed = self.json_of("appeal", "list")
        new = [a for a in listed if a["class"] is None]
        self.assertEqual(len(new), 1, listed)
        self.check("appeal-list", listed)
        self.check("appeal-show", self.json_of("appeal", "show", new[0]["id"]))
        self.check("report-appeals", self.json_of("report", "appeals"))


class Mutations(StoreTest):
    """A schema that accepted anything would pass the tests above: each of
    these outputs, broken in one way, must be rejected."""

    def output(self, tool, *args):
        r = self.run_tool(tool, *args, "--format", "json", *TODAY)
        self.assertIn(r.code, (0, 1), r)
        return json.loads(r.out)

    def rejected(self, command, data, why):
        errors = errors_of(command, data)
        self.assertTrue(errors, f"{command}: {why}: accepted")

    def test_broken_outputs_are_rejected(self):
        year = self.output("report", "year")
        self.assertFalse(errors_of("report-year", year))
        for path, value, why in (
                (("satisfaction", "percent"), "80.4%", "a percentage as a string"),
                (("students",), "285", "a number as a string"),
                (("from",), "01.09.2026", "a date not ISO"),
                (("from",), "2026-13-45", "a date that does not exist"),
                (("appeals", "percent"), 185.0, "a percentage above 100")):
            broken = copy.deepcopy(year)
            node = broken
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
            with self.subTest(why):
                self.rejected("report-year", broken, why)
        broken = copy.deepcopy(year)
        broken["extra"] = 1
        self.rejected("report-year", broken, "an extra key")
        broken = copy.deepcopy(year)
        del broken["plan"]
        self.rejected("report-year", broken, "a missing key")

        bookings = self.output("book", "list", "--from", "2026-01-01")
        self.assertFalse(errors_of("book-list", bookings))
        for mutate, why in (
                (lambda b: b.update(attendees=", ".join(b["attendees"])), "a list joined"),
                (lambda b: b.update(contact=""), "\"\" where null is meant"),
                (lambda b: b.update(status="Done"), "a status not of the schema"),
                (lambda b: b.update(time="3:30 PM"), "a time not HH:MM"),
                (lambda b: b.update(length="20"), "a number as a string"),
                (lambda b: b.pop("reason"), "a key left out")):
            broken = copy.deepcopy(bookings)
            mutate(broken[0])
            with self.subTest(why):
                self.rejected("book-list", broken, why)

        overdue = self.output("report", "overdue", "--due-soon")
        self.assertFalse(errors_of("report-overdue", overdue))
        decision = next(i for i, item in enumerate(overdue) if item["what"] == "decision")
        appeal = next(i for i, item in enumerate(overdue) if item["what"] == "appeal")
        for index, changes, why in (
                (decision, {"id": overdue[decision]["id"] + " #2"}, "a decision as 'ID #N'"),
                (decision, {"decision": None}, "a decision without its number"),
                (appeal, {"decision": 1}, "a number for what is no decision"),
                (appeal, {"class": ""}, "\"\" for no class"),
                (appeal, {"days_late": -3}, "negative days late"),
                (appeal, {"section": "late"}, "a section not of the schema")):
            broken = copy.deepcopy(overdue)
            broken[index].update(changes)
            with self.subTest(why):
                self.rejected("report-overdue", broken, why)

        listed = self.output("minutes", "list")
        broken = copy.deepcopy(listed)
        broken[0]["missing_signatures"] = "chair, secretary"
        self.rejected("minutes-list", broken, "a list joined")
        shown = self.output("appeal", "show", "7MHP")
        for key, value, why in (("history", "received", "a list as a string"),
                                ("days_left", "-10", "a number as a string"),
                                ("overdue", "yes", "a flag as a word"),
                                ("repeat_of", "", "\"\" where null is meant"),
                                ("lang", "de", "a language not of the schema")):
            broken = dict(shown, **{key: value})
            with self.subTest(why):
                self.rejected("appeal-show", broken, why)
        self.rejected("appeal-show", dict(shown, extra=None), "an extra key")


if __name__ == "__main__":
    unittest.main()
