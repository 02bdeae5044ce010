"""What every command shares: help, version, usage errors, store discovery,
exit codes."""

import os
import tempfile
import unittest

from harness import SOURCE, StoreTest, run

TOOLS = ["appeal", "book", "minutes", "report"]


class Help(unittest.TestCase):
    def test_every_tool_answers_help_on_stdout(self):
        for tool in TOOLS:
            r = run(tool, "--help")
            self.assertEqual(r.code, 0, r)
            self.assertIn(f"Usage: {tool}", r.out)
            self.assertIn("--store DIR", r.out)
            self.assertEqual(r.err, "")

    def test_every_tool_tells_its_version(self):
        for tool in TOOLS:
            r = run(tool, "--version")
            self.assertEqual((r.code, r.out), (0, f"{tool} (parentdesk) 0.1.0\n"), r)

    def test_unknown_subcommand_is_a_usage_error(self):
        r = run("report", "chekc")
        self.assertEqual(r.code, 2, r)
        self.assertTrue(r.err.startswith("report: error: "), r)
        self.assertEqual(r.out, "")


def help_subcommands(tool):
    out = run(tool, "--help").out
    if "Subcommands:" not in out:
        return set()
    section = out.split("Subcommands:", 1)[1]
    return {line.split()[0] for line in section.splitlines() if line.startswith("  ")}


def synopsis_subcommands(tool):
    with open(os.path.join(SOURCE, "man", f"{tool}.1"), encoding="utf-8") as f:
        page = f.read()
    synopsis = page.split(".SH SYNOPSIS", 1)[1].split(".SH ", 1)[0]
    return {line.split()[2] for line in synopsis.splitlines()
            if line.startswith(f".B {tool} ") and len(line.split()) > 2}


class ManPages(unittest.TestCase):
    def test_each_synopsis_lists_exactly_the_subcommands_of_help(self):
        for tool in TOOLS:
            if not os.path.exists(os.path.join(SOURCE, "man", f"{tool}.1")):
                continue
            with self.subTest(tool=tool):
                self.assertTrue(help_subcommands(tool), f"{tool} --help lists no subcommand")
                self.assertEqual(synopsis_subcommands(tool), help_subcommands(tool))


class Discovery(StoreTest):
    def test_store_found_upward_from_a_subdirectory(self):
        r = run("report", "check", cwd=os.path.join(self.store, "staff"))
        self.assertEqual(r.code, 0, r)

    def test_store_from_the_environment(self):
        r = run("report", "check", env={"PARENTDESK_STORE": self.store}, cwd=self.tmp)
        self.assertEqual(r.code, 0, r)

    def test_options_may_come_before_the_subcommand(self):
        r = run("report", "--store", self.store, "-q", "check")
        self.assertEqual((r.code, r.err), (0, ""), r)

    def test_no_store_is_exit_4(self):
        r = run("report", "check", cwd=self.tmp)
        self.assertEqual(r.code, 4, r)
        self.assertIn("no store found in", r.err)

    def test_store_flag_without_school_yaml_is_exit_4(self):
        r = run("report", "check", "--store", self.tmp)
        self.assertEqual(r.code, 4, r)
        self.assertEqual(r.err, f"report: error: no store at '{self.tmp}' (--store): school.yaml "
                         "is missing; `report init` creates a store\n")

    def test_invalid_today_is_a_usage_error(self):
        r = self.run_tool("report", "init", os.path.join(self.tmp, "new"), "--name", "X",
                          "--today", "2026-02-30")
        self.assertEqual(r.code, 2, r)
        self.assertIn("--today: expected a date YYYY-MM-DD or DD.MM.YYYY that exists, "
                      "got '2026-02-30'", r.err)

    def test_unknown_format_is_a_usage_error(self):
        r = self.run_tool("report", "check", "--format", "xml")
        self.assertEqual(r.code, 2, r)
        self.assertIn("--format: expected one of table, json, csv here, got 'xml'", r.err)

    def test_a_full_stdout_is_exit_6(self):
        with open("/dev/full", "w") as full:
            import subprocess

            from harness import BIN

            proc = subprocess.run([os.path.join(BIN, "report"), "check", "--store", self.store,
                                   "--format", "json"], stdout=full, stderr=subprocess.PIPE,
                                  text=True, env={**os.environ, "PARENTDESK_LANG": "en"})
        self.assertEqual(proc.returncode, 6, proc.stderr)
        self.assertIn("cannot write to standard output", proc.stderr)


class Init(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-init-")

    def tearDown(self):
        import shutil

        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_init_creates_a_valid_store(self):
        store = os.path.join(self.tmp, "school")
        r = run("report", "init", store, "--name", "Школа № 1", "--today", "2026-11-24")
        self.assertEqual(r.code, 0, r)
        for name in ["school.yaml", ".gitignore", ".gitattributes"]:
            self.assertTrue(os.path.isfile(os.path.join(store, name)), name)
        for folder in ["staff", "classes", "appeals", "bookings", "minutes"]:
            self.assertTrue(os.path.isdir(os.path.join(store, folder)), folder)
        with open(os.path.join(store, "school.yaml"), encoding="utf-8") as f:
            school = f.read()
        self.assertIn("name: Школа № 1\n", school)
        self.assertIn("year: {start: 2026-09-01, end: 2027-05-25}\n", school)
        with open(os.path.join(store, ".gitignore")) as f:
            self.assertIn(".lock\n", f.read())
        r = run("report", "check", "--store", store)
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_init_refuses_an_existing_store(self):
        from harness import snapshot

        store = os.path.join(self.tmp, "school")
        self.assertEqual(run("report", "init", store, "--name", "A").code, 0)
        before = snapshot(store)
        r = run("report", "init", store, "--name", "B")
        self.assertEqual(r.code, 3, r)
        self.assertIn("already holds a store", r.err)
        self.assertEqual(snapshot(store), before)

    def test_init_needs_a_name(self):
        r = run("report", "init", os.path.join(self.tmp, "x"))
        self.assertEqual(r.code, 2, r)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "x")))


if __name__ == "__main__":
    unittest.main()
