"""Shared helpers for the end-to-end tests: they run the real binaries on
temporary stores and compare stdout, stderr, exit codes and files."""

import hashlib
import os
import shutil
import subprocess
import tempfile
import unittest

BIN = os.environ["PARENTDESK_BIN"]
SOURCE = os.environ["PARENTDESK_SOURCE"]
DEMO = os.path.join(SOURCE, "records")

# A valid appeal, in canonical form, for tests that need one in a store.
APPEAL = """\
id: A-20261110-K7QM
status: received
kind: complaint
channel: email
lang: ru
received: 2026-11-10
from: Сергеева Анна Петровна
class: 7B
subject: Расписание дополнительных занятий
text: |
  Просим сообщить расписание.
  Спасибо.
due: 2026-11-25
history:
  - at: 2026-11-10T10:15:00+05:00
    by: Омарова Айгерим
    action: received
"""
APPEAL_FILE = "appeals/2026/A-20261110-K7QM.yaml"


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def __repr__(self):
        return f"exit {self.code}\n--- stdout\n{self.out}--- stderr\n{self.err}"


def run(tool, *args, cwd=None, env=None, stdin=None):
    """Runs bin/<tool> with a clean parentdesk environment."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
    # English unless a test asks for another language: the demo store's
    # interface language is Russian.
    environment.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест", "PARENTDESK_LANG": "en"})
    environment.update(env or {})
    proc = subprocess.run(
        [os.path.join(BIN, tool), *args],
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return Result(proc)


def snapshot(root):
    """Every file under root (but .git, and .cache, the index that any command
    may refresh) with the hash of its bytes, and the symbolic links with their
    targets."""
    files = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", ".cache")]
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if os.path.islink(path):
                files[rel] = "-> " + os.readlink(path)
            elif os.path.isfile(path):
                with open(path, "rb") as f:
                    files[rel] = hashlib.sha256(f.read()).hexdigest()
            else:
                files[rel] = "special"
    return files


def position(text, needle, occurrence=1):
    """The 1-based line and column (in characters) where needle starts."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return line, column


class StoreTest(unittest.TestCase):
    """A test with a private copy of the demo store in self.store."""

    maxDiff = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-e2e-")
        self.store = os.path.join(self.tmp, "store")
        shutil.copytree(DEMO, self.store, symlinks=True)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, rel):
        return os.path.join(self.store, rel)

    def read(self, rel):
        with open(self.path(rel), encoding="utf-8") as f:
            return f.read()

    def write(self, rel, content):
        os.makedirs(os.path.dirname(self.path(rel)), exist_ok=True)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(self.path(rel), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
            f.write(content)

    def replace(self, rel, old, new):
        text = self.read(rel)
        self.assertIn(old, text, f"{rel} should contain {old!r}")
        self.write(rel, text.replace(old, new, 1))
        return text.replace(old, new, 1)

    def run_tool(self, tool, *args, **kwargs):
        return run(tool, "--store", self.store, *args, **kwargs)
