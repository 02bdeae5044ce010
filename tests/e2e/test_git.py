"""Working together through git: auto-commit, the pre-commit hook, merges
across clones, and what report check says after them."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

from harness import BIN, DEMO, run, snapshot

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Школа",
    "GIT_AUTHOR_EMAIL": "office@school.example",
    "GIT_COMMITTER_NAME": "Школа",
    "GIT_COMMITTER_EMAIL": "office@school.example",
}


def git(cwd, *args, check=True, env=None):
    environment = dict(os.environ)
    # The hook's messages in English: the demo store's interface is Russian.
    environment.update({"GIT_CONFIG_NOSYSTEM": "1", "HOME": cwd, "LC_ALL": "C.UTF-8",
                        "PARENTDESK_LANG": "en"})
    environment.update(env or {})
    proc = subprocess.run(["git", *args], cwd=cwd, env=environment, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {proc.stderr}")
    return proc


def quote_the_teacher(repo):
    """Makes classes/7B.yaml valid but not canonical (what --fix rewrites)."""
    path = os.path.join(repo, "classes/7B.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("teacher: ivanova", 'teacher: "ivanova"'))


class GitStore(unittest.TestCase):
    """A bare repository on a 'server' and clones of it, the demo store inside."""

    maxDiff = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-git-")
        self.server = os.path.join(self.tmp, "server.git")
        git(self.tmp, "init", "--quiet", "--bare", "--initial-branch=main", self.server)
        seed = os.path.join(self.tmp, "seed")
        git(self.tmp, "clone", "--quiet", self.server, seed)
        for name in os.listdir(DEMO):
            src = os.path.join(DEMO, name)
            (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(seed, name))
        git(seed, "add", "-A")
        git(seed, "commit", "--quiet", "-m", "the store", env=GIT_ENV)
        git(seed, "push", "--quiet", "origin", "main")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def clone(self, name, identity=True):
        path = os.path.join(self.tmp, name)
        git(self.tmp, "clone", "--quiet", self.server, path)
        if identity:
            git(path, "config", "user.name", f"Сотрудник {name}")
            git(path, "config", "user.email", f"{name}@school.example")
        return path

    def log(self, repo):
        return git(repo, "log", "--format=%s").stdout.splitlines()

    def tool(self, repo, name, *args, env=None):
        environment = {"HOME": repo, "GIT_CONFIG_NOSYSTEM": "1"}
        environment.update(env or {})
        return run(name, "--store", repo, *args, env=environment)


class AutoCommit(GitStore):
    def test_fix_commits_exactly_the_files_it_changed(self):
        a = self.clone("a")
        quote_the_teacher(a)
        git(a, "commit", "--quiet", "-am", "hand edit", env=GIT_ENV)
        # Something else dirty and staged must stay out of the commit.
        with open(os.path.join(a, "notes.txt"), "w") as f:
            f.write("draft\n")
        git(a, "add", "notes.txt")
        r = self.tool(a, "report", "check", "--fix")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.log(a)[0], "report check: rewrote 1 file in canonical form")
        changed = git(a, "show", "--name-only", "--format=", "HEAD").stdout.split()
        self.assertEqual(changed, ["classes/7B.yaml"])
        self.assertEqual(git(a, "status", "--porcelain").stdout, "A  notes.txt\n")

    def test_a_change_back_to_what_git_has_makes_no_commit(self):
        a = self.clone("a")
        quote_the_teacher(a)
        before = self.log(a)
        r = self.tool(a, "report", "check", "--fix")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.log(a), before)
        self.assertEqual(git(a, "status", "--porcelain").stdout, "")

    def test_no_commit_skips_the_commit(self):
        a = self.clone("a")
        quote_the_teacher(a)
        git(a, "commit", "--quiet", "-am", "hand edit", env=GIT_ENV)
        before = self.log(a)
        r = self.tool(a, "report", "check", "--fix", "--no-commit")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.log(a), before)
        self.assertEqual(git(a, "status", "--porcelain").stdout, " M classes/7B.yaml\n")

    def test_commits_without_a_configured_identity(self):
        a = self.clone("a", identity=False)
        quote_the_teacher(a)
        git(a, "commit", "--quiet", "-am", "hand edit", env=GIT_ENV)
        r = self.tool(a, "report", "check", "--fix", "--by", "Омарова",
                      env={"EMAIL": ""})
        self.assertEqual(r.code, 0, r)
        self.assertEqual(git(a, "log", "-1", "--format=%an").stdout.strip(), "Омарова")

    def test_refuses_to_write_during_a_merge(self):
        a = self.clone("a")
        git(a, "checkout", "--quiet", "-b", "other")
        with open(os.path.join(a, "classes/7B.yaml"), "a", encoding="utf-8") as f:
            f.write("# other\n")
        git(a, "commit", "--quiet", "-am", "other", env=GIT_ENV)
        git(a, "checkout", "--quiet", "main")
        with open(os.path.join(a, "classes/7B.yaml"), "a", encoding="utf-8") as f:
            f.write("# main\n")
        git(a, "commit", "--quiet", "-am", "main", env=GIT_ENV)
        self.assertNotEqual(git(a, "merge", "other", check=False, env=GIT_ENV).returncode, 0)
        path = os.path.join(a, "classes/5A.yaml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(re.sub(r"^teacher: (\S+)$", r'teacher: "\1"', text, flags=re.M))
        before = snapshot(a)
        r = self.tool(a, "report", "check", "--fix")
        self.assertEqual(r.code, 3, r)
        self.assertIn("a git merge or rebase is in progress in the store", r.err)
        self.assertEqual(snapshot(a), before)


class Hook(GitStore):
    def test_hook_refuses_a_broken_record_and_accepts_it_fixed(self):
        a = self.clone("a")
        r = self.tool(a, "report", "check", "--install-hook")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(git(a, "config", "core.hooksPath").stdout.strip(), ".githooks")
        env = {"PATH": BIN + os.pathsep + os.environ["PATH"]}
        git(a, "add", ".githooks/pre-commit")
        git(a, "commit", "--quiet", "-m", "hook", env=dict(GIT_ENV, **env))
        path = os.path.join(a, "classes/7B.yaml")
        with open(path, encoding="utf-8") as f:
            good = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(good.replace("students: 24", "students: много"))
        git(a, "add", "classes/7B.yaml")
        refused = git(a, "commit", "-m", "broken", check=False, env=dict(GIT_ENV, **env))
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn("classes/7B.yaml:4:11: 'students': expected a whole number, got 'много'",
                      refused.stdout + refused.stderr)
        with open(path, "w", encoding="utf-8") as f:
            f.write(good.replace("students: 24", "students: 25"))
        git(a, "add", "classes/7B.yaml")
        accepted = git(a, "commit", "-m", "fixed", check=False, env=dict(GIT_ENV, **env))
        self.assertEqual(accepted.returncode, 0, accepted.stderr)

    def test_hook_checks_what_is_staged_not_the_work_tree(self):
        a = self.clone("a")
        self.assertEqual(self.tool(a, "report", "check", "--install-hook").code, 0)
        env = dict(GIT_ENV, PATH=BIN + os.pathsep + os.environ["PATH"])
        path = os.path.join(a, "classes/7B.yaml")
        with open(path, encoding="utf-8") as f:
            good = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(good.replace("students: 24", "students: 25"))
        git(a, "add", "-A")
        with open(path, "w", encoding="utf-8") as f:  # broken, but not staged
            f.write(good.replace("students: 24", "students: много"))
        self.assertEqual(git(a, "commit", "-m", "ok", check=False, env=env).returncode, 0)

    def test_a_foreign_hook_is_kept_without_force(self):
        a = self.clone("a")
        os.makedirs(os.path.join(a, ".githooks"))
        with open(os.path.join(a, ".githooks/pre-commit"), "w") as f:
            f.write("#!/bin/sh\nexit 0\n")
        r = self.tool(a, "report", "check", "--install-hook")
        self.assertEqual(r.code, 3, r)
        self.assertIn("is not parentdesk's: use --force", r.err)
        with open(os.path.join(a, ".githooks/pre-commit")) as f:
            self.assertEqual(f.read(), "#!/bin/sh\nexit 0\n")
        self.assertEqual(self.tool(a, "report", "check", "--install-hook", "--force").code, 0)


FUTURE = "2027-01-26"  # a Tuesday; the bookings below are in February 2027


def new_appeal(test, repo, n):
    r = test.tool(repo, "appeal", "--today", FUTURE, "new", "--from", f"Родитель {n}",
                  "--kind", "request", "--channel", "email", "--lang", "ru",
                  "--subject", f"Вопрос {n}")
    test.assertEqual(r.code, 0, r)
    return r.out.split()[0]


def new_booking(test, repo, date, time):
    r = test.tool(repo, "book", "--today", FUTURE, "add", "--with", "zhumabekova", "--date", date,
                  "--time", time, "--parent", "Сергеева Анна", "--topic", "оценки")
    test.assertEqual(r.code, 0, r)
    return r.out.split()[0]


class CommitPerCommand(GitStore):
    def test_each_change_is_one_commit_naming_the_id_and_no_parent(self):
        a = self.clone("a")
        before = len(self.log(a))
        appeal = new_appeal(self, a, 1)
        booking = new_booking(self, a, "2027-02-02", "15:30")
        self.assertEqual(self.log(a)[:2], [f"book {booking}: booked", f"appeal {appeal}: new"])
        self.assertEqual(len(self.log(a)), before + 2)
        for message in self.log(a)[:2]:
            self.assertNotIn("Родитель", message)
            self.assertNotIn("Сергеева", message)
        files = git(a, "show", "--name-only", "--format=", "HEAD").stdout.split()
        self.assertEqual(files, [f"bookings/2027/{booking}.yaml"])
        self.assertEqual(git(a, "status", "--porcelain").stdout, "")

    def test_a_failed_command_makes_no_commit(self):
        a = self.clone("a")
        before = self.log(a)
        r = self.tool(a, "book", "--today", FUTURE, "add", "--with", "zhumabekova", "--date",
                      "2027-02-03", "--time", "15:30", "--parent", "Сергеева Анна",
                      "--topic", "оценки")  # a Wednesday: no reception
        self.assertEqual(r.code, 3, r)
        self.assertEqual(self.log(a), before)
        self.assertEqual(git(a, "status", "--porcelain").stdout, "")


class Merges(GitStore):
    def test_two_clones_working_offline_merge_without_conflict(self):
        a, b = self.clone("a"), self.clone("b")
        for n in range(20):
            new_appeal(self, a, n)
            new_appeal(self, b, 100 + n)
        # The coordinator attends every meeting: the clones book other days.
        for time in ["15:30", "15:50", "16:10", "16:30"]:
            new_booking(self, a, "2027-02-02", time)
            new_booking(self, b, "2027-02-09", time)
        new_booking(self, a, "2027-02-04", "15:30")
        new_booking(self, b, "2027-02-11", "15:30")
        git(a, "push", "--quiet", "origin", "main")
        git(b, "pull", "--no-rebase", "--quiet", "origin", "main", env=GIT_ENV)
        git(b, "push", "--quiet", "origin", "main")
        git(a, "pull", "--quiet", "origin", "main", env=GIT_ENV)
        for repo in (a, b):
            appeals = os.listdir(os.path.join(repo, "appeals/2027"))
            bookings = os.listdir(os.path.join(repo, "bookings/2027"))
            self.assertEqual(len(appeals) + len(bookings), 50)
            # The files merge; what cannot merge by itself is the journal of
            # incoming appeals: each clone gave Nos. 1 to 20 of 2027, and
            # report check names each pair, both ways, and nothing else.
            r = self.tool(repo, "report", "check")
            self.assertEqual(r.code, 1, r)
            lines = r.out.splitlines()
            self.assertEqual(len(lines), 40, r.out)
            for line in lines:
                self.assertRegex(line, r"^appeals/2027/A-\S+\.yaml:2:9: 'number': registration "
                                       r"No\. ([1-9]|1[0-9]|20) is also given to "
                                       r"'appeals/2027/A-\S+\.yaml' in 2027$")

    def test_the_same_slot_taken_on_two_clones_merges_and_check_names_both(self):
        a, b = self.clone("a"), self.clone("b")
        first = new_booking(self, a, "2027-02-02", "15:30")
        second = new_booking(self, b, "2027-02-02", "15:30")
        git(a, "push", "--quiet", "origin", "main")
        git(b, "pull", "--no-rebase", "--quiet", "origin", "main", env=GIT_ENV)
        r = self.tool(b, "report", "check")
        self.assertEqual(r.code, 1, r)
        later, earlier = sorted([first, second], reverse=True)
        self.assertRegex(r.out, rf"^bookings/2027/{later}.yaml:\d+:7: 'time': 2027-02-02 "
                         rf"15:30-15:50 overlaps booking '{earlier}' \(15:30-15:50\)")
        self.assertEqual(len(r.out.splitlines()), 1, r)


    def test_the_same_record_changed_on_two_clones_conflicts_and_check_names_it(self):
        a, b = self.clone("a"), self.clone("b")
        for repo, count in ((a, "25"), (b, "26")):
            path = os.path.join(repo, "classes/7B.yaml")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace("students: 24", f"students: {count}"))
            git(repo, "commit", "--quiet", "-am", "students", env=GIT_ENV)
        git(a, "push", "--quiet", "origin", "main")
        pulled = git(b, "pull", "--no-rebase", "--quiet", "origin", "main", check=False, env=GIT_ENV)
        self.assertNotEqual(pulled.returncode, 0)
        r = self.tool(b, "report", "check")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.out, "classes/7B.yaml:4:1: git conflict marker: resolve the merge "
                         "conflict in this file first\n")


if __name__ == "__main__":
    unittest.main()
