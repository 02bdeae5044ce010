#!/usr/bin/python3
"""The fault harness (issue 13): every mutating command, run with one call of
its write path made to fail (ENOSPC, EIO, EACCES), at each step in turn.

The failure layer is libfault_inject.so (inject.c), preloaded: it counts the
calls that open, create, write, sync, rename or link files under the store
and fails the Nth. A first run of each command without a failure lists its
steps; then each step is failed in turn, on a fresh copy of the store, and
the outcome must be one of:

- refused: exit 6, one line "<tool>: error: ..." naming the file (its
  directory) and the system's reason; every file of the store byte-identical
  to before, nothing new in git, no temporary file left; the same command run
  again then succeeds, as if nothing had happened;
- done: the failed call was not needed for the change (a lock note written
  after the records, the close of a directory once synced): exit 0, the
  change made as in the run without failure, no temporary file left;
- done, then failed: the change was made, committed and said as in the run
  without failure, and a later step failed (the check that follows `report
  check --fix` cannot read a directory): exit 6 with the reason and the file;

and then `report check` finds the store valid and, in git, nothing is left
uncommitted. Anything else is a finding, printed with the command, the step
and what was seen. The calls counted are those of the command itself, not of
the git it runs.

  PARENTDESK_BIN=build/tools PARENTDESK_SOURCE=. \
    run_faults.py --inject build/tests/fault/libfault_inject.so [--brief] [--only WORD] [-v]

--brief (make test): three commands outside git (one record, two records, a
rewrite of two files), the steps that create, write, sync and rename, one
error per step. Without it (make faults): every step, every error, outside
and inside git. --summary FILE writes the figures as JSON.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

BIN = os.environ["PARENTDESK_BIN"]
SOURCE = os.environ["PARENTDESK_SOURCE"]
DEMO = os.path.join(SOURCE, "records")
TODAY = "2026-11-24"

REASONS = {
    "ENOSPC": "No space left on device",
    "EIO": "Input/output error",
    "EACCES": "Permission denied",
}
TEMP = re.compile(r"^\..+\.tmp-[A-Za-z0-9]{6}$")
# The steps of the record transaction itself (the brief run fails only these).
BRIEF_OPS = {"mkstemp", "write", "fsync", "rename"}


def make_non_canonical(store):
    """Two records that `report check --fix` rewrites: a quoted value that
    needs no quotes (an appeal and a staff file, two directories)."""
    for rel, old, new in (("appeals/2026/A-20261107-RZ80.yaml", "status: received",
                           'status: "received"'),
                          ("staff/abenova.yaml", "id: abenova", 'id: "abenova"')):
        path = os.path.join(store, rel)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        assert old in text, (rel, old)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))


# name, arguments, setup of the store (or None). Records of the demo store.
COMMANDS = [
    ("appeal new", ["appeal", "new", "--from", "Сергеева Анна", "--class", "7B", "--to",
                    "class_teacher", "--kind", "request", "--channel", "email", "--lang", "ru",
                    "--subject", "Расписание", "--text", "Просим сообщить расписание."], None),
    ("appeal assign", ["appeal", "assign", "Q9G8", "--to", "abenova"], None),
    ("appeal note", ["appeal", "note", "7MHP", "Позвонили родителю."], None),
    ("appeal respond", ["appeal", "respond", "PDTS", "--lang", "ru", "--text",
                        "Расписание на сайте школы."], None),
    ("appeal deliver", ["appeal", "deliver", "80Q3", "--via", "email"], None),
    ("book add", ["book", "add", "--with", "zhumabekova", "--date", "2026-12-01", "--time",
                  "15:50", "--parent", "Сергеева Анна", "--class", "7B", "--topic", "Оценки",
                  "--appeal", "PDTS"], None),
    ("book cancel", ["book", "cancel", "H1P0", "--reason", "Родитель заболел"], None),
    ("minutes new", ["minutes", "new", "--kind", "class_meeting", "--date", "2026-11-23",
                     "--class", "5A", "--title", "Итоги четверти", "--chair", "Иванова М. П.",
                     "--secretary", "Ким О. С.", "--invited", "25", "--present", "20"], None),
    ("minutes decide", ["minutes", "decide", "XG9X", "--text", "Провести родительский день",
                        "--owner", "ivanova", "--due", "2026-12-25"], None),
    ("minutes sign", ["minutes", "sign", "XG9X", "--as", "chair", "--name",
                      "Иванова Мария Петровна"], None),
    ("report check --fix", ["report", "check", "--fix"], make_non_canonical),
]
BRIEF = ("appeal new", "book add", "report check --fix")
# A harmless next command, for after a change that was made.
NEXT = ["appeal", "note", "RZ80", "Следующая команда."]


def environment(extra=None):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PARENTDESK_", "FAULT_", "GIT_"))}
    env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_LANG": "en", "PARENTDESK_USER": "Тест",
                "PARENTDESK_TODAY": TODAY, "GIT_AUTHOR_NAME": "Тест",
                "GIT_AUTHOR_EMAIL": "test@school.example", "GIT_COMMITTER_NAME": "Тест",
                "GIT_COMMITTER_EMAIL": "test@school.example",
                # A preloaded library before the sanitizers' (SANITIZE=1 builds).
                "ASAN_OPTIONS": ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                                       "verify_asan_link_order=0"]))})
    env.update(extra or {})
    return env


def run(args, store, extra=None):
    tool, rest = args[0], args[1:]
    proc = subprocess.run([os.path.join(BIN, tool), "--store", store, *rest],
                          env=environment(extra), capture_output=True, text=True, timeout=60,
                          cwd=store)
    return proc


def git(store, *args):
    return subprocess.run(["git", "-C", store, *args], env=environment(), capture_output=True,
                          text=True, timeout=60, check=True).stdout


def snapshot(root):
    """Every file but .git, the store's lock (rewritten by every mutation) and
    its index (.cache, which any command may refresh), with the hash of its
    bytes."""
    files = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", ".cache")]
        for name in filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if rel == ".lock":
                continue
            with open(path, "rb") as f:
                files[rel] = hashlib.sha256(f.read()).hexdigest()
    return files


def temp_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != ".git"]
        found += [os.path.relpath(os.path.join(dirpath, n), root) for n in filenames
                  if TEMP.match(n)]
    return found


def changed(before, after):
    """The files changed, added or removed, by their shape (a new record's ID
    is random: its file counts by directory)."""
    shape = []
    for rel in sorted(set(before) | set(after)):
        if before.get(rel) != after.get(rel):
            kind = "new" if rel not in before else "gone" if rel not in after else "changed"
            shape.append((kind, os.path.dirname(rel) if kind == "new" else rel))
    return sorted(shape)


class Baseline:
    """What a command does without a failure: the shape of its change and
    the first line it says (record IDs masked)."""

    def __init__(self, shape, said):
        self.shape, self.said = shape, said


def masked(text):
    return re.sub(r"\b[A-Z]-\d{8}-[0-9A-Z]{4}\b", "ID", text)


class Template:
    """A store prepared for one command (and one mode), copied for each run."""

    def __init__(self, work, name, setup, in_git):
        self.root = os.path.join(work, "template-" + re.sub(r"\W+", "-", name)
                                 + ("-git" if in_git else ""))
        shutil.copytree(DEMO, self.root, symlinks=True)
        if setup:
            setup(self.root)
        self.in_git = in_git
        if in_git:
            git(self.root, "init", "-q", "-b", "main")
            git(self.root, "add", "-A")
            git(self.root, "commit", "-q", "-m", "the store")
        self.snapshot = snapshot(self.root)

    def copy(self, work, n):
        path = os.path.realpath(os.path.join(work, f"run-{n}"))
        shutil.rmtree(path, ignore_errors=True)
        shutil.copytree(self.root, path, symlinks=True)
        return path


class Harness:
    def __init__(self, inject, work):
        self.inject = os.path.realpath(inject)
        self.work = work
        self.runs = 0
        self.outcomes = {"refused": 0, "done": 0, "done, then failed": 0}
        self.findings = []
        self.verbose = False
        self.brief = False

    def faulty(self, args, store, nth=0, error="ENOSPC", log=None, ops=None):
        extra = {"LD_PRELOAD": self.inject, "FAULT_PREFIX": store, "FAULT_NTH": str(nth),
                 "FAULT_ERRNO": error}
        if log:
            extra["FAULT_LOG"] = log
        if ops:
            extra["FAULT_OPS"] = ",".join(sorted(ops))
        self.runs += 1
        return run(args, store, extra)

    def finding(self, name, mode, step, error, what, proc=None):
        text = f"{name} ({mode}), step {step}, {error}: {what}"
        if proc is not None:
            text += f"\n    exit {proc.returncode}\n    stdout: {proc.stdout!r}\n" \
                    f"    stderr: {proc.stderr!r}"
        self.findings.append(text)
        print("FINDING: " + text, flush=True)

    def steps(self, template, args, ops):
        """The counted calls of a run without failure, and what it changed."""
        store = template.copy(self.work, "trace")
        log = os.path.join(self.work, "trace.log")
        if os.path.exists(log):
            os.remove(log)
        proc = self.faulty(args, store, 0, log=log, ops=ops)
        if proc.returncode != 0:
            raise SystemExit(f"run_faults: {' '.join(args)} fails without a fault:\n"
                             f"{proc.stdout}{proc.stderr}")
        with open(log, encoding="utf-8") as f:
            steps = [line.split(" ", 2)[1:] for line in f.read().splitlines()]
        shape = changed(template.snapshot, snapshot(store))
        if not shape:
            raise SystemExit(f"run_faults: {' '.join(args)} changes nothing")
        check = run(["report", "check", "-q"], store)
        if check.returncode != 0:
            raise SystemExit(f"run_faults: the store is invalid after {' '.join(args)}:\n"
                             f"{check.stdout}{check.stderr}")
        said = masked(proc.stdout + proc.stderr).splitlines()[0]
        return steps, Baseline(shape, said)

    def one(self, name, args, template, mode, n, op_path, error, ops, baseline):
        op, path = op_path
        store = template.copy(self.work, "case")
        head = git(store, "rev-parse", "HEAD") if template.in_git else None
        proc = self.faulty(args, store, n, error, ops=ops)
        step = f"{n} ({op} {path})"
        after = snapshot(store)
        shape = changed(template.snapshot, after)
        left = temp_files(store)
        if left:
            self.finding(name, mode, step, error, f"temporary files left: {left}", proc)
        tool = args[0]
        if self.verbose:
            print(f"  {step:60} {error:6} exit {proc.returncode} {proc.stderr.strip()[:150]}",
                  flush=True)
        if proc.returncode == 6:
            lines = proc.stderr.splitlines()
            # The reason and the file: the directory of the failed call at least.
            where = os.path.dirname(os.path.join(store, path)).rstrip("/")
            if not (len(lines) >= 1 and lines[-1].startswith(f"{tool}: error: ")
                    and REASONS[error] in proc.stderr and where in proc.stderr):
                self.finding(name, mode, step, error,
                             f"the message does not name {where!r} and {REASONS[error]!r}", proc)
            said = masked(proc.stdout + proc.stderr)
            if shape and shape == baseline.shape and baseline.said in said:
                # The change was made and said, and a later step failed (the
                # check that follows `report check --fix`): exit 6 is right.
                self.outcomes["done, then failed"] += 1
                if template.in_git and git(store, "rev-parse", "HEAD") == head:
                    self.finding(name, mode, step, error, "the change was not committed", proc)
                again = run(NEXT, store)
                if again.returncode != 0:
                    self.finding(name, mode, step, error, "the next command fails", again)
            else:
                self.outcomes["refused"] += 1
                if shape:
                    self.finding(name, mode, step, error, f"files changed: {shape}", proc)
                if template.in_git:
                    if git(store, "rev-parse", "HEAD") != head:
                        self.finding(name, mode, step, error, "a commit was made", proc)
                    status = git(store, "status", "--porcelain", "--untracked-files=all")
                    status = "\n".join(l for l in status.splitlines() if not l.endswith(" .lock"))
                    if status:
                        self.finding(name, mode, step, error, f"git status not clean:\n{status}",
                                     proc)
                again = run(args, store)
                if again.returncode != 0:
                    self.finding(name, mode, step, error, "the same command then fails", again)
                elif "saved by an earlier command" in again.stderr:
                    self.finding(name, mode, step, error,
                                 "the next command reports an earlier change that was never made",
                                 again)
        elif proc.returncode == 0:
            self.outcomes["done"] += 1
            if shape != baseline.shape:
                self.finding(name, mode, step, error, f"exit 0, but the change differs: {shape}",
                             proc)
            if "error" in proc.stderr:
                self.finding(name, mode, step, error, "exit 0 with an error message", proc)
            again = run(NEXT, store)
            if again.returncode != 0:
                self.finding(name, mode, step, error, "the next command fails", again)
            elif "saved by an earlier command" in again.stderr:
                self.finding(name, mode, step, error,
                             "the next command reports a change left uncommitted", again)
        else:
            self.finding(name, mode, step, error, "neither refused (exit 6) nor done", proc)
            return
        # A store byte-identical to the template is as valid as it: the brief
        # run checks only the stores that changed.
        if self.brief and proc.returncode == 6 and not shape:
            return
        check = run(["report", "check", "-q"], store)
        if check.returncode != 0:
            self.finding(name, mode, step, error, "report check finds the store invalid", check)
        if template.in_git:
            status = git(store, "status", "--porcelain", "--untracked-files=all")
            status = "\n".join(l for l in status.splitlines() if not l.endswith(" .lock"))
            if status:
                self.finding(name, mode, step, error,
                             f"after the next command, git status not clean:\n{status}")

    def command(self, name, args, setup, in_git, brief):
        mode = "git" if in_git else "no git"
        args = args + ([] if in_git else ["--no-commit"])
        template = Template(self.work, name, setup, in_git)
        ops = BRIEF_OPS if brief else None
        steps, baseline = self.steps(template, args, ops)
        errors = list(REASONS)
        cases = 0
        for n, op_path in enumerate(steps, start=1):
            for error in ([errors[n % len(errors)]] if brief else errors):
                self.one(name, args, template, mode, n, op_path, error, ops, baseline)
                cases += 1
        shutil.rmtree(template.root, ignore_errors=True)
        return len(steps), cases


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inject", required=True, help="libfault_inject.so")
    parser.add_argument("--brief", action="store_true", help="the short run of make test")
    parser.add_argument("--only", help="the commands whose name contains this")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    parser.add_argument("--summary", help="write the figures as JSON here")
    options = parser.parse_args()

    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="parentdesk-faults-")
    harness = Harness(options.inject, work)
    harness.verbose = options.verbose
    harness.brief = options.brief
    table = []
    try:
        modes = [False] if options.brief else [False, True]
        for name, args, setup in COMMANDS:
            if options.brief and name not in BRIEF:
                continue
            if options.only and options.only not in name:
                continue
            for in_git in modes:
                steps, cases = harness.command(name, args, setup, in_git, options.brief)
                table.append((name, "git" if in_git else "no git", steps, cases))
                print(f"{name:20} {'git' if in_git else 'no git':7} {steps:3} steps "
                      f"{cases:4} faults", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = sum(row[3] for row in table)
    seconds = time.monotonic() - started
    print(f"run_faults: {total} faults injected in {len(table)} command runs; "
          f"{harness.outcomes['refused']} refused (exit 6, store unchanged), "
          f"{harness.outcomes['done']} done (a call the change did not need), "
          f"{harness.outcomes['done, then failed']} done, then failed (exit 6 after the change "
          f"was made and said); {len(harness.findings)} findings; {seconds:.0f} s")
    if options.summary:
        with open(options.summary, "w", encoding="utf-8") as f:
            json.dump({"commands": table, "faults": total, "outcomes": harness.outcomes,
                       "findings": harness.findings, "seconds": round(seconds)}, f, indent=1,
                      ensure_ascii=False)
    return 1 if harness.findings else 0


if __name__ == "__main__":
    sys.exit(main())
