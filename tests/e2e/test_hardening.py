"""Hardening (issue 13): a stale git index.lock, a commit that fails after
the change was saved, a year directory that is a symbolic link, a store that
may not be read, and a record copied under another ID's file name."""

import os
import shutil
import unittest

from harness import APPEAL, APPEAL_FILE, StoreTest, run, snapshot
from test_git import GitStore, git

NEW_APPEAL = ("appeal", "new", "--from", "Сергеева Анна", "--kind", "request",
              "--channel", "email", "--lang", "ru", "--subject", "Расписание",
              "--text", "Просим сообщить расписание.", "--today", "2026-11-10")

INDEX_LOCK_ADVICE = ("another git command is running, or one crashed; "
                     "if none is running, remove the file and try again")


def without_store_lock(files):
    """A snapshot but the store's lock file, which every mutation creates."""
    return {name: digest for name, digest in files.items() if name != ".lock"}


class StaleIndexLock(GitStore):
    def setUp(self):
        super().setUp()
        self.repo = self.clone("a")
        self.lock = os.path.join(self.repo, ".git", "index.lock")
        with open(self.lock, "w"):
            pass

    def test_a_mutation_is_refused_before_anything_is_written(self):
        before = without_store_lock(snapshot(self.repo))
        log = self.log(self.repo)
        r = self.tool(self.repo, *NEW_APPEAL)
        self.assertEqual(r.code, 6, r)
        self.assertEqual(r.out, "", r)
        self.assertEqual(r.err, f"appeal: error: '.git/index.lock' exists: {INDEX_LOCK_ADVICE}\n")
        self.assertEqual(without_store_lock(snapshot(self.repo)), before)
        self.assertEqual(self.log(self.repo), log)

    def test_removing_the_lock_is_the_way_out(self):
        self.assertEqual(self.tool(self.repo, *NEW_APPEAL).code, 6)
        os.remove(self.lock)
        r = self.tool(self.repo, *NEW_APPEAL)
        self.assertEqual(r.code, 0, r)
        self.assertRegex(r.out, r"^A-20261110-[0-9A-Z]{4}")
        self.assertRegex(self.log(self.repo)[0], r"^appeal A-20261110-[0-9A-Z]{4}: new$")

    def test_no_commit_needs_no_git_lock(self):
        r = self.tool(self.repo, *NEW_APPEAL, "--no-commit")
        self.assertEqual(r.code, 0, r)

    def test_report_check_reports_the_lock(self):
        r = self.tool(self.repo, "report", "check")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.out, f".git/index.lock: exists: {INDEX_LOCK_ADVICE}\n")


class StaleRefLocks(GitStore):
    """A power cut during a commit may leave HEAD's or the branch's lock
    instead of the index's: each is named the same way."""

    def test_each_lock_a_commit_takes_is_refused_and_reported(self):
        repo = self.clone("a")
        branch = git(repo, "symbolic-ref", "--short", "HEAD").stdout.strip()
        for rel in (".git/HEAD.lock", f".git/refs/heads/{branch}.lock"):
            with self.subTest(lock=rel):
                path = os.path.join(repo, rel)
                with open(path, "w"):
                    pass
                before = without_store_lock(snapshot(repo))
                r = self.tool(repo, *NEW_APPEAL)
                self.assertEqual((r.code, r.out), (6, ""), r)
                self.assertEqual(r.err, f"appeal: error: '{rel}' exists: {INDEX_LOCK_ADVICE}\n")
                self.assertEqual(without_store_lock(snapshot(repo)), before)
                r = self.tool(repo, "report", "check")
                self.assertEqual((r.code, r.out), (1, f"{rel}: exists: {INDEX_LOCK_ADVICE}\n"))
                os.remove(path)
                self.assertEqual(self.tool(repo, *NEW_APPEAL).code, 0)


class CommitFailsAfterTheWrite(GitStore):
    """git add works but git commit fails: signing with a program that fails."""

    def test_the_id_is_printed_and_git_is_quoted_whole(self):
        repo = self.clone("a")
        git(repo, "config", "commit.gpgsign", "true")
        git(repo, "config", "gpg.program", "false")
        r = self.tool(repo, *NEW_APPEAL)
        self.assertEqual(r.code, 6, r)
        self.assertRegex(r.out, r"^A-20261110-[0-9A-Z]{4}")
        lines = r.err.splitlines()
        self.assertTrue(lines[0].startswith("appeal: error: the change is saved, but git commit "
                                            "failed: error: gpg failed to sign the data"), r)
        self.assertIn("fatal: failed to write commit object", lines[-1], r)
        appeal_id = r.out.split()[0]
        self.assertTrue(os.path.exists(os.path.join(repo, f"appeals/2026/{appeal_id}.yaml")))


class SymlinkedYearDirectory(StoreTest):
    def setUp(self):
        super().setUp()
        elsewhere = os.path.join(self.tmp, "elsewhere")
        os.makedirs(elsewhere)
        self.target = os.path.join(elsewhere, "2026")
        shutil.move(self.path("appeals/2026"), self.target)
        os.symlink(self.target, self.path("appeals/2026"))

    MESSAGE = "appeals/2026: is a symbolic link: records must be in the store itself"

    def test_listing_refuses_it(self):
        r = self.run_tool("appeal", "list", "--status", "all")
        self.assertEqual((r.code, r.out), (5, ""), r)
        self.assertEqual(r.err, f"appeal: error: {self.MESSAGE}\n")

    def test_report_overdue_names_it_and_fails(self):
        # The morning mail says what it could read, then the directory it
        # could not, and exits 5.
        r = self.run_tool("report", "overdue")
        self.assertEqual(r.code, 5, r)
        self.assertIn("Files that could not be read (left out above):\n" + self.MESSAGE + "\n",
                      r.out)

    def test_report_check_lists_it(self):
        r = self.run_tool("report", "check")
        self.assertEqual(r.code, 1, r)
        self.assertIn(self.MESSAGE + "\n", r.out)

    def test_nothing_is_written_through_it(self):
        before = os.listdir(self.target)
        r = self.run_tool(*NEW_APPEAL)
        self.assertEqual((r.code, r.out), (5, ""), r)
        self.assertEqual(r.err, f"appeal: error: {self.MESSAGE}\n")
        self.assertEqual(os.listdir(self.target), before)


class UnreadableStore(StoreTest):
    @unittest.skipIf(os.geteuid() == 0, "runs as root, where permissions do not apply")
    def test_a_store_directory_without_permission(self):
        os.chmod(self.store, 0)
        try:
            r = self.run_tool("appeal", "list")
        finally:
            os.chmod(self.store, 0o755)
        self.assertEqual((r.code, r.out), (6, ""), r)
        self.assertEqual(r.err, f"appeal: error: cannot read the store '{self.store}': "
                         "Permission denied\n")

    @unittest.skipIf(os.geteuid() == 0, "runs as root, where permissions do not apply")
    def test_a_school_yaml_without_permission(self):
        os.chmod(self.path("school.yaml"), 0)
        try:
            r = self.run_tool("appeal", "list")
        finally:
            os.chmod(self.path("school.yaml"), 0o644)
        self.assertEqual((r.code, r.out), (6, ""), r)
        self.assertNotIn("report init", r.err)
        self.assertIn("Permission denied", r.err)


class RecordUnderAnotherIdsName(StoreTest):
    COPY = "appeals/2026/A-20261110-AAAA.yaml"
    MESSAGE = (f"{COPY}:1:5: 'id': the appeal 'A-20261110-K7QM' belongs in {APPEAL_FILE}")

    def setUp(self):
        super().setUp()
        self.write(APPEAL_FILE, APPEAL)
        self.write(self.COPY, APPEAL)

    def test_listing_refuses_it(self):
        r = self.run_tool("appeal", "list", "--status", "all")
        self.assertEqual((r.code, r.out), (5, ""), r)
        self.assertEqual(r.err, f"appeal: error: {self.MESSAGE}\n")

    def test_report_check_says_the_same(self):
        r = self.run_tool("report", "check")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.out, self.MESSAGE + "\n")

    def test_without_the_copy_the_record_is_listed_once(self):
        os.remove(self.path(self.COPY))
        r = self.run_tool("appeal", "list", "--status", "all", "--format", "csv")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.out.count("A-20261110-K7QM"), 1, r)


if __name__ == "__main__":
    unittest.main()
