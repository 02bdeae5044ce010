"""Hardening (issue 13): a change saved but never committed (its command
killed between the write and `git commit`, or its commit failed) is
committed by the next change in a commit of its own, or reported; and
`report check` run while commands write gives no false alarm."""

import os
import shutil
import stat
import threading
import unittest

from harness import StoreTest, snapshot
from test_git import GitStore, git

NEW_APPEAL = ("appeal", "new", "--from", "Сергеева Анна", "--kind", "request",
              "--channel", "email", "--lang", "ru", "--subject", "Расписание",
              "--text", "Просим сообщить расписание.", "--today", "2026-11-10")
NOTED = "A-20261110-B8X0"  # an appeal of the demo store
NOTED_FILE = f"appeals/2026/{NOTED}.yaml"

SAVED = ": saved but not committed to git (a command was interrupted or its commit failed)"
NEXT_COMMITS = SAVED + ": the next change commits it, or commit it yourself"
CHANGED_SINCE = SAVED + ", and changed since: check it and commit it yourself"

# A git that kills the command running it at one step (`add` or `commit`),
# as a kill -9 or a crash between the write and the commit would.
FAKE_GIT = """#!/bin/sh
for a in "$@"; do
  if [ "$a" = "$CRASH_AT" ]; then kill -9 $PPID; exit 1; fi
  case "$a" in -*) ;; *) break;; esac
done
exec git "$@"
"""


def without_store_lock(files):
    return {name: digest for name, digest in files.items() if name != ".lock"}


class Uncommitted(GitStore):
    def setUp(self):
        super().setUp()
        self.repo = self.clone("a")
        fake = os.path.join(self.tmp, "fakebin")
        os.makedirs(fake)
        with open(os.path.join(fake, "git"), "w") as f:
            f.write(FAKE_GIT.replace("exec git", "exec " + shutil.which("git")))
        os.chmod(os.path.join(fake, "git"), stat.S_IRWXU)
        self.fake_path = fake + os.pathsep + os.environ["PATH"]

    def killed_at(self, step, *command):
        """Runs a command that is killed at git's `step`; returns its result."""
        r = self.tool(self.repo, *command, env={"PATH": self.fake_path, "CRASH_AT": step})
        self.assertEqual(r.code, -9, r)
        return r

    def status(self):
        return git(self.repo, "status", "--porcelain").stdout

    def new_appeal_killed_at(self, step):
        self.killed_at(step, *NEW_APPEAL)
        files = os.listdir(os.path.join(self.repo, "appeals/2026"))
        created = [f for f in files if f.startswith("A-20261110-") and f != f"{NOTED}.yaml"]
        self.assertEqual(len(created), 1, files)
        return created[0][:-5], "appeals/2026/" + created[0]

    def test_killed_before_git_add_report_check_names_the_file(self):
        ident, path = self.new_appeal_killed_at("add")
        self.assertEqual(self.status(), f"?? {path}\n")
        r = self.tool(self.repo, "report", "check")
        self.assertEqual((r.code, r.out), (1, path + NEXT_COMMITS + "\n"), r)

    def test_the_next_change_commits_it_in_a_commit_of_its_own(self):
        ident, path = self.new_appeal_killed_at("commit")
        self.assertEqual(self.status(), f"A  {path}\n")  # staged, left for any `git commit`
        r = self.tool(self.repo, "appeal", "note", NOTED, "Позвонили", "--today", "2026-11-11")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.err, "appeal: committed what an earlier command saved but did not "
                                f"commit: {path}\n"
                                f"appeal: '{NOTED}' noted\n")
        self.assertEqual(self.log(self.repo)[:3], [f"appeal {NOTED}: noted",
                                                   f"recover: commit changes left uncommitted "
                                                   f"({ident})",
                                                   "the store"])
        self.assertEqual(git(self.repo, "log", "-1", "--skip=1", "--format=%b").stdout,
                         f"Saved, but not committed, by:\n  appeal {ident}: new\n\n")
        self.assertEqual(git(self.repo, "show", "--name-only", "--format=", "HEAD~1").stdout,
                         path + "\n")
        self.assertEqual(self.status(), "")
        r = self.tool(self.repo, "report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_a_note_killed_before_its_commit_is_committed_as_it_was_saved(self):
        self.killed_at("add", "appeal", "note", NOTED, "Позвонили", "--today", "2026-11-11")
        self.assertEqual(self.status(), f" M {NOTED_FILE}\n")
        r = self.tool(self.repo, *NEW_APPEAL)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.log(self.repo)[1], f"recover: commit changes left uncommitted "
                                                 f"({NOTED})")
        self.assertEqual(self.status(), "")

    def test_a_file_changed_since_is_reported_and_not_committed(self):
        self.killed_at("add", "appeal", "note", NOTED, "Позвонили", "--today", "2026-11-11")
        path = os.path.join(self.repo, NOTED_FILE)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("Позвонили", "Позвонили, правка от руки"))
        log = self.log(self.repo)
        r = self.tool(self.repo, *NEW_APPEAL)
        self.assertEqual(r.code, 0, r)
        self.assertTrue(r.err.startswith(
            f"appeal: '{NOTED_FILE}' was saved by an earlier command but not committed to git, "
            "and has changed since: check it and commit it yourself\n"), r)
        self.assertEqual(self.log(self.repo)[1:], log)  # only its own commit
        self.assertEqual(self.status(), f" M {NOTED_FILE}\n")
        r = self.tool(self.repo, "report", "check")
        self.assertEqual((r.code, r.out), (1, NOTED_FILE + CHANGED_SINCE + "\n"), r)

    def test_no_commit_leaves_it_and_says_so(self):
        ident, path = self.new_appeal_killed_at("add")
        log = self.log(self.repo)
        r = self.tool(self.repo, "appeal", "note", NOTED, "Позвонили", "--no-commit",
                      "--today", "2026-11-11")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.err, f"appeal: '{path}' was saved by an earlier command but not "
                                "committed to git: commit it yourself, or make a change without "
                                f"--no-commit\nappeal: '{NOTED}' noted\n")
        self.assertEqual(self.log(self.repo), log)
        # The --no-commit change is the user's to commit: never swept in later.
        r = self.tool(self.repo, *NEW_APPEAL)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.log(self.repo)[1], f"recover: commit changes left uncommitted "
                                                 f"({ident})")
        self.assertEqual(self.status(), f" M {NOTED_FILE}\n")
        r = self.tool(self.repo, "report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_a_failed_commit_is_committed_by_the_next_change(self):
        git(self.repo, "config", "commit.gpgsign", "true")
        git(self.repo, "config", "gpg.program", "false")
        r = self.tool(self.repo, *NEW_APPEAL)
        self.assertEqual(r.code, 6, r)
        ident = r.out.split()[0]
        path = f"appeals/2026/{ident}.yaml"
        r = self.tool(self.repo, "report", "check")
        self.assertEqual((r.code, r.out), (1, path + NEXT_COMMITS + "\n"), r)
        git(self.repo, "config", "commit.gpgsign", "false")
        r = self.tool(self.repo, "appeal", "note", NOTED, "Позвонили", "--today", "2026-11-11")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.log(self.repo)[1], f"recover: commit changes left uncommitted "
                                                 f"({ident})")
        self.assertEqual(self.status(), "")

    def test_a_recovery_that_fails_refuses_before_writing(self):
        ident, path = self.new_appeal_killed_at("add")
        git(self.repo, "config", "commit.gpgsign", "true")
        git(self.repo, "config", "gpg.program", "false")
        before, log = without_store_lock(snapshot(self.repo)), self.log(self.repo)
        r = self.tool(self.repo, "appeal", "note", NOTED, "Позвонили", "--today", "2026-11-11")
        self.assertEqual((r.code, r.out), (6, ""), r)
        self.assertTrue(r.err.startswith(
            f"appeal: error: cannot commit what an earlier command saved but did not commit "
            f"({path}): git commit failed: error: gpg failed to sign the data"), r)
        self.assertEqual(without_store_lock(snapshot(self.repo)), before)
        self.assertEqual(self.log(self.repo), log)

    def test_hand_edits_and_other_files_are_never_swept_in(self):
        path = os.path.join(self.repo, NOTED_FILE)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("subject: ", "subject: (правка) ", 1))
        r = self.tool(self.repo, *NEW_APPEAL)
        self.assertEqual((r.code, r.err.count("earlier command")), (0, 0), r)
        self.assertEqual(self.log(self.repo)[1], "the store")
        self.assertEqual(self.status(), f" M {NOTED_FILE}\n")
        r = self.tool(self.repo, "report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)


def extra_appeals(store, count):
    """Fills appeals/2026 with `count` valid appeals, so that a check takes a
    while: records written meanwhile land in the middle of it."""
    with open(os.path.join(store, "appeals/2026/A-20261110-B8X0.yaml"), encoding="utf-8") as f:
        model = f.read()
    folder = os.path.join(store, "appeals/2026")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for i in range(count):
        suffix = "Z" + "".join(alphabet[(i // 32 ** k) % 32] for k in (2, 1, 0))
        ident = f"A-20261110-{suffix}"
        # Each its own registration number, after the demo's 44 of 2026.
        with open(os.path.join(folder, ident + ".yaml"), "w", encoding="utf-8") as f:
            f.write(model.replace("A-20261110-B8X0", ident)
                    .replace("\nnumber: 27\n", f"\nnumber: {1000 + i}\n"))


class CheckWhileWriting(StoreTest):
    """`report check` while another command writes: no false alarm."""

    CHECKS = 6

    def setUp(self):
        super().setUp()
        extra_appeals(self.store, 400)
        r = self.run_tool("report", "check", "--today", "2027-01-26")
        self.assertEqual((r.code, r.out), (0, ""), r)

    def checks_while(self, write):
        stop = threading.Event()
        written = []

        def writer():
            while not stop.is_set():
                written.append(write())

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            results = [self.run_tool("report", "check", "--today", "2027-01-26")
                       for _ in range(self.CHECKS)]
        finally:
            stop.set()
            thread.join()
        self.assertTrue(written and all(written), "the writer failed")
        alarms = [r for r in results if (r.code, r.out) != (0, "")]
        self.assertEqual(alarms, [], f"{len(alarms)} of {len(results)} checks: {alarms[:1]}")

    def new_appeal(self):
        r = self.run_tool(*NEW_APPEAL[:-1], "2027-01-26")
        return r.code == 0 and r.out.split()[0]

    def test_records_created_during_the_check(self):
        self.checks_while(self.new_appeal)



class CheckWhileCommitting(GitStore):
    """`report check` in a clone while another command commits: git's
    index.lock of that commit is no stale lock."""

    CHECKS = 6

    def test_no_false_alarm_about_the_index_lock(self):
        repo = self.clone("a")
        # A hook that makes each commit last, as a slow disk does: git holds
        # index.lock meanwhile.
        hooks = os.path.join(self.tmp, "hooks")
        os.makedirs(hooks)
        with open(os.path.join(hooks, "prepare-commit-msg"), "w") as f:
            f.write("#!/bin/sh\nsleep 0.3\n")
        os.chmod(os.path.join(hooks, "prepare-commit-msg"), stat.S_IRWXU)
        git(repo, "config", "core.hooksPath", hooks)
        stop = threading.Event()
        noted = []

        def writer():
            while not stop.is_set():
                r = self.tool(repo, "appeal", "note", NOTED, f"Заметка {len(noted)}",
                              "--today", "2026-11-11")
                noted.append(r.code == 0)

        threads = [threading.Thread(target=writer)]
        for thread in threads:
            thread.start()
        try:
            results = [self.tool(repo, "report", "check") for _ in range(self.CHECKS)]
        finally:
            stop.set()
            for thread in threads:
                thread.join()
        self.assertTrue(noted and all(noted), "the writer failed")
        alarms = [r for r in results if (r.code, r.out) != (0, "")]
        self.assertEqual(alarms, [], f"{len(alarms)} of {len(results)} checks: {alarms[:1]}")


if __name__ == "__main__":
    unittest.main()
