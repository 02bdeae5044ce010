"""The README's git recipe, run exactly as written: the lines of its
"Working with git" block, with the hub at a temporary path instead of
server:/srv/git, a coordinator's store and two clones that both work before
they pull. On stock git 2.39 (Debian 12) and with no git configuration of the
user but a name, so that only what the recipe sets counts."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

from harness import BIN, SOURCE

TODAY = "2026-11-24"


def recipe():
    """The coordinator's lines and the staff's lines of the README block."""
    with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("## Working with git", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    coordinator, staff = block.strip().split("\n\n")
    return coordinator.splitlines(), staff.splitlines()


class ReadmeGitRecipe(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-readme-git-")
        self.hub = os.path.join(self.tmp, "srv", "parentdesk.git")
        home = os.path.join(self.tmp, "home")
        os.makedirs(home)
        config = os.path.join(home, ".gitconfig")
        with open(config, "w", encoding="utf-8") as f:
            f.write("[user]\n\tname = Омарова Динара\n\temail = omarova@school.invalid\n")
        self.env = dict(os.environ, HOME=home, GIT_CONFIG_GLOBAL=config,
                        GIT_CONFIG_NOSYSTEM="1", PATH=BIN + os.pathsep + os.environ["PATH"],
                        PARENTDESK_TODAY=TODAY, PARENTDESK_LANG="en")
        for key in ("PARENTDESK_STORE", "GIT_DIR", "GIT_WORK_TREE"):
            self.env.pop(key, None)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def sh(self, lines, cwd):
        """Runs README lines as typed (comments included), the hub's address
        replaced by its temporary path; fails on the first failing line."""
        script = "set -e\n" + "\n".join(
            line.replace("server:/srv/git/parentdesk.git", self.hub)
                .replace("/srv/git/parentdesk.git", self.hub) for line in lines) + "\n"
        os.makedirs(cwd, exist_ok=True)
        r = subprocess.run(["sh", "-c", script], cwd=cwd, env=self.env, capture_output=True,
                           text=True, timeout=120)
        self.assertEqual(r.returncode, 0, f"{script}\nstdout:\n{r.stdout}\nstderr:\n{r.stderr}")
        return r

    def git(self, cwd, *args):
        r = subprocess.run(["git", *args], cwd=cwd, env=self.env, capture_output=True, text=True,
                           timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def test_the_recipe_works_as_typed_with_two_clones_that_diverged(self):
        coordinator, staff = recipe()
        setup = [line for line in staff if not re.match(r"git (pull|push)\b", line)]
        daily = [line for line in staff if re.match(r"git (pull|push)\b", line)]
        self.assertEqual([line.split()[1] for line in daily], ["pull", "push"])
        os.makedirs(os.path.dirname(self.hub))
        self.sh(coordinator, os.path.join(self.tmp, "coordinator"))
        a, b = os.path.join(self.tmp, "a"), os.path.join(self.tmp, "b")
        self.sh(setup, a)
        self.sh(setup, b)
        # Both clones work before either pulls: their histories diverge.
        for clone, date in ((a, "2026-11-20"), (b, "2026-11-23")):
            r = subprocess.run(["report", "incident", "--kind", "offence", "--date", date],
                               cwd=os.path.join(clone, "store"), env=self.env,
                               capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
        self.sh(["cd store"] + daily, a)
        self.sh(["cd store"] + daily, b)  # pulls a's work onto its own, then pushes
        self.sh(["cd store"] + daily, a)
        incidents = [sorted(os.listdir(os.path.join(clone, "store", "incidents", "2026")))
                     for clone in (a, b)]
        self.assertEqual(incidents[0], incidents[1])
        # Named by the day they were recorded (TODAY), one from each clone.
        self.assertEqual([name[:11] for name in incidents[0]], ["I-20261124-"] * 2)
        for clone in (a, b):
            store = os.path.join(clone, "store")
            self.assertEqual(self.git(store, "status", "--porcelain"), "")
            r = subprocess.run(["report", "check"], cwd=store, env=self.env, capture_output=True,
                               text=True, timeout=60)
            self.assertEqual((r.returncode, r.stdout), (0, ""), r.stderr)
        # One line of history, the hook in every clone, and the hub on main.
        log = self.git(os.path.join(b, "store"), "log", "--format=%s", "main")
        self.assertNotIn("Merge", log)
        self.assertEqual(self.git(self.hub, "rev-parse", "--abbrev-ref", "HEAD").strip(), "main")
        self.assertEqual(self.git(os.path.join(a, "store"), "config", "core.hooksPath").strip(),
                         ".githooks")


if __name__ == "__main__":
    unittest.main()
