"""The README's five-minute tour, run as typed (issue 15): from a directory
holding the project's `records/` in a git work tree, as a new user has it
after cloning. Each command answers as its comment says (a refusal exits 3,
nothing else fails), the copy at /tmp/school — here a temporary path — takes
the changes, and the project's own records and history stay as they were."""

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest

from harness import BIN, DEMO, SOURCE, snapshot


def tour():
    """The commands of the tour's block, continuation lines joined."""
    with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("## A five-minute tour", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    commands, current = [], ""
    for line in block.splitlines():
        if not line.strip():
            continue
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        commands.append(current + line)
        current = ""
    return commands


def git(cwd, *args):
    return subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                           *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


class ReadmeTour(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-readme-tour-")
        # The project as cloned: records/ and the built tools, in git.
        self.project = os.path.join(self.tmp, "parentdesk")
        shutil.copytree(DEMO, os.path.join(self.project, "records"), symlinks=True)
        os.makedirs(os.path.join(self.project, "build"))
        os.symlink(BIN, os.path.join(self.project, "build", "tools"))
        git(self.project, "init", "-q", "-b", "main")
        git(self.project, "add", "records")
        git(self.project, "commit", "-q", "-m", "project")
        self.copy = os.path.join(self.tmp, "school")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        self.env.update(LC_ALL="C.UTF-8", PARENTDESK_USER="Тест")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_the_tour_runs_as_typed_on_a_copy(self):
        commands = tour()
        self.assertTrue(commands[0].startswith("cp -r records /tmp/school"), commands[0])
        before = snapshot(os.path.join(self.project, "records"))
        # One shell, so that the tour's export and B= hold for what follows;
        # each command's exit code is printed after it, to a file.
        codes = os.path.join(self.tmp, "codes")
        script = f"exec >/dev/null 2>>{self.tmp}/err\n" + "".join(
            f"{c.replace('/tmp/school', self.copy)}\necho $? >> {codes}\n" for c in commands)
        r = subprocess.run(["bash", "-c", script], cwd=self.project, env=self.env,
                           capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(codes, encoding="utf-8") as f:
            got = [int(line) for line in f]
        with open(os.path.join(self.tmp, "err"), encoding="utf-8") as f:
            errors = f.read()
        self.assertEqual(len(got), len(commands))
        for command, code in zip(commands, got):
            with self.subTest(command=command):
                if "refused" in command and "exit 3" in command:
                    self.assertEqual(code, 3, errors)
                elif command.split()[0].endswith("/report") or " report " in command:
                    # report overdue and check exit 1 when they find something.
                    self.assertIn(code, (0, 1), errors)
                else:
                    self.assertEqual(code, 0, errors)
        # The tour's changes are in the copy: a new appeal, a delivery.
        self.assertEqual(len(os.listdir(os.path.join(self.copy, "appeals", "2026"))),
                         len(os.listdir(os.path.join(self.project, "records", "appeals",
                                                     "2026"))) + 1)
        with open(os.path.join(self.copy, "appeals", "2026", "A-20261120-988P.yaml"),
                  encoding="utf-8") as f:
            self.assertIn("status: delivered", f.read())
        # The project's own records and history are as they were.
        self.assertEqual(snapshot(os.path.join(self.project, "records")), before)
        self.assertEqual(git(self.project, "rev-list", "--count", "HEAD").strip(), "1")
        self.assertEqual(git(self.project, "status", "--short", "records"), "")

    def test_every_id_the_tour_names_is_in_the_demo(self):
        ids = set()
        for command in tour():
            words = shlex.split(command, comments=True)
            for word in words:
                if re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}", word) and not word.isdigit():
                    ids.add(word)
        self.assertTrue(ids)
        names = [name for _, _, files in os.walk(DEMO) for name in files]
        for suffix in ids:
            with self.subTest(id=suffix):
                self.assertEqual(sum(name.endswith(f"-{suffix}.yaml") for name in names), 1)


if __name__ == "__main__":
    unittest.main()
