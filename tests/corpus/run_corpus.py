#!/usr/bin/python3
"""The bad input corpus (issue 13): every case of cases.py run on a copy of
a part of the demo store (cases.STORE). A case sets up bad files (records, school.yaml, symbolic
links, FIFOs, huge files) or none, then runs commands with bad arguments or
on the bad store; each run must give its exact exit code, standard output and
error (or the stable part the case names), and change no file of the store:
the hash of every file is the same before and after.

  PARENTDESK_BIN=build/tools PARENTDESK_SOURCE=. tests/corpus/run_corpus.py [-k WORD] [-v]

-k runs the cases whose name holds WORD; -v prints every case. The cases run
in two workers, each on its own copy of the store, restored after each case.
"""

import argparse
import concurrent.futures
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as corpus  # noqa: E402

BIN = os.environ["PARENTDESK_BIN"]
SOURCE = os.environ["PARENTDESK_SOURCE"]
DEMO = os.path.join(SOURCE, "records")


def snapshot(root):
    """Every entry under root but the store's lock (which every mutation
    creates) and its index (.cache, which any command may refresh): files by
    the hash of their bytes, links by their target, and the other kinds by
    kind."""
    entries = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if os.path.relpath(dirpath, root) == ".":
            dirnames[:] = [d for d in dirnames if d != ".cache"]
        for name in filenames + dirnames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if rel == ".lock":
                continue
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                entries[rel] = "-> " + os.readlink(path)
            elif stat.S_ISREG(mode):
                with open(path, "rb") as f:
                    entries[rel] = hashlib.sha256(f.read()).hexdigest()
            elif stat.S_ISDIR(mode):
                entries[rel] = "dir"
            else:
                entries[rel] = "special"
    return entries


def environment(extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
    env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_LANG": "en", "PARENTDESK_USER": "Тест",
                "PARENTDESK_TODAY": corpus.TODAY})
    env.update(extra or {})
    return env


def base_store(work):
    """The store of the cases (corpus.STORE), from the demo store."""
    base = os.path.join(work, "base")
    for rel in corpus.STORE:
        source, target = os.path.join(DEMO, rel), os.path.join(base, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.isdir(source):
            shutil.copytree(source, target, symlinks=True)
        else:
            shutil.copy2(source, target)
    return base


class Worker:
    """A copy of the cases' store on which cases run one after another."""

    def __init__(self, work, n, base):
        self.store = os.path.join(work, f"store-{n}")
        self.base = base
        shutil.copytree(base, self.store, symlinks=True)
        self.pristine = snapshot(self.store)

    def restore(self, undo):
        for step in reversed(undo):
            step()
        lock = os.path.join(self.store, ".lock")
        if os.path.exists(lock):
            os.remove(lock)
        if snapshot(self.store) != self.pristine:
            shutil.rmtree(self.store)
            shutil.copytree(self.base, self.store, symlinks=True)

    def run_case(self, case):
        """The list of what went wrong (empty when the case passed)."""
        undo = []
        failures = []
        try:
            if case.setup:
                case.setup(corpus.Setup(self.store, undo))
            for probe in case.runs:
                failures += self.probe(case, probe)
        finally:
            self.restore(undo)
        return failures

    def probe(self, case, probe):
        before = snapshot(self.store)
        args = [a.replace("{store}", self.store) for a in probe.args]
        env = {k: v.replace("{store}", self.store) for k, v in (probe.env or {}).items()}
        command = [os.path.join(BIN, args[0])]
        if probe.store:
            command += ["--store", self.store]
        command += args[1:]
        try:
            proc = subprocess.run(command, env=environment(env), input=probe.stdin,
                                  capture_output=True, timeout=probe.timeout, cwd=self.store)
        except subprocess.TimeoutExpired:
            return [f"{' '.join(args)}: no answer in {probe.timeout} s"]
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
        failures = []
        shown = " ".join(args)
        if proc.returncode != probe.code:
            failures.append(f"{shown}: exit {proc.returncode}, expected {probe.code}")
        for what, got, want in (("stdout", out, probe.out), ("stderr", err, probe.err)):
            if want is None:
                continue
            if isinstance(want, str):
                want = want.replace("{store}", self.store)
            elif isinstance(want, corpus.Has):
                want = corpus.Has(want.text.replace("{store}", self.store))
            if isinstance(want, re.Pattern):
                if not want.fullmatch(got):
                    failures.append(f"{shown}: {what} {got!r} does not match {want.pattern!r}")
            elif isinstance(want, corpus.Has):
                if want.text not in got:
                    failures.append(f"{shown}: {what} {got!r} does not hold {want.text!r}")
            elif got != want:
                failures.append(f"{shown}: {what}\n      got      {got!r}\n      expected {want!r}")
        after = snapshot(self.store)
        if after != before:
            changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            failures.append(f"{shown}: files changed: {changed}")
        return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", help="only the cases whose name holds this")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args()

    cases = [c for c in corpus.CASES if not options.k or options.k in c.name]
    names = [c.name for c in corpus.CASES]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        print(f"run_corpus: cases named twice: {sorted(duplicates)}")
        return 1
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="parentdesk-corpus-")
    try:
        base = base_store(work)
        check = subprocess.run([os.path.join(BIN, "report"), "--store", base, "check", "-q"],
                               env=environment({}), capture_output=True, text=True, timeout=60)
        if check.returncode != 0:
            print(f"run_corpus: the cases' store is not valid:\n{check.stdout}{check.stderr}")
            return 1
        workers = [Worker(work, n, base) for n in range(2)]
        free = list(workers)

        def one(case):
            worker = free.pop()
            try:
                return case, worker.run_case(case)
            finally:
                free.append(worker)

        failed = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(workers)) as pool:
            for case, failures in pool.map(one, cases):
                if failures:
                    failed += 1
                    print(f"FAIL {case.name}")
                    for f in failures:
                        print("    " + f)
                elif options.verbose:
                    print(f"ok   {case.name}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    runs = sum(len(c.runs) for c in cases)
    print(f"run_corpus: {len(cases)} cases, {runs} runs: {len(cases) - failed} passed, "
          f"{failed} failed; {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
