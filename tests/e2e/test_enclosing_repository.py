"""Auto-commit and where the store lies (issue 15): a store inside another
project's git work tree, as the README's tour had it, is not committed to
unless school.yaml asks; a store that is its own repository is."""

import subprocess
import unittest

from harness import StoreTest

TODAY = ("--today", "2026-11-24")


def git(cwd, *args):
    return subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=cwd, capture_output=True, text=True, check=True,
    ).stdout


class EnclosingRepository(StoreTest):
    """A store inside another project's work tree, as the README's tour has
    it, is not committed to unless school.yaml asks."""

    NEW = ("appeal", "new", "--kind", "request", "--from", "Иванова Анна", "--channel",
           "in_person", "--subject", "Тест", "--text", "Текст", "--lang", "ru", *TODAY)

    def setUp(self):
        super().setUp()
        git(self.tmp, "init", "-q", "-b", "main")
        git(self.tmp, "add", "-A")
        git(self.tmp, "commit", "-q", "-m", "project")

    def test_no_commit_into_the_enclosing_repository(self):
        r = self.run_tool(*self.NEW)
        self.assertEqual(r.code, 0, r)
        self.assertIn("not committed to git: the store is a directory inside the git work tree",
                      r.err)
        self.assertEqual(r.err.count("not committed to git"), 1, r.err)
        self.assertEqual(git(self.tmp, "rev-list", "--count", "HEAD").strip(), "1")
        self.assertIn("?? store/appeals/", git(self.tmp, "status", "--short"))

    def test_commits_there_when_school_yaml_asks(self):
        self.replace("school.yaml", "git: {autocommit: true}",
                     "git: {autocommit: true, enclosing_repository: true}")
        git(self.tmp, "commit", "-q", "-am", "commit to the project")
        r = self.run_tool(*self.NEW)
        self.assertEqual(r.code, 0, r)
        self.assertNotIn("not committed", r.err)
        self.assertEqual(git(self.tmp, "rev-list", "--count", "HEAD").strip(), "3")

    def test_a_store_of_its_own_is_committed_to(self):
        git(self.store, "init", "-q", "-b", "main")
        git(self.store, "add", "-A")
        git(self.store, "commit", "-q", "-m", "store")
        r = self.run_tool(*self.NEW)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(git(self.store, "rev-list", "--count", "HEAD").strip(), "2")


if __name__ == "__main__":
    unittest.main()
