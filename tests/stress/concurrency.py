#!/usr/bin/python3
"""concurrency.py [--writers W] [--ops N] [--readers R] [--mode git|plain|both]
                [--seed S] [--bin DIR] [--max-seconds T] [--keep]

The concurrency harness (issue 13): W writers (default 8) each make N
mutations (default 250) at once on one store, mixed: notes on the same few
appeals, `book add` of the same slots (every writer tries each slot in
turn), and new appeals; meanwhile R readers (default 2) run `appeal list`
and `report check` over and over. In a store inside git and one outside it.
Then:

- 0 lost: every note a writer was told was added is in its appeal, every
  new appeal it was given the ID of exists, and in git every acknowledged
  change is one commit, and the store is clean;
- 0 duplicate IDs, and no appeal that no one was told of;
- exactly one booking per slot: one writer got it, the others were refused
  (exit 3), and the store has one live booking there;
- 0 reader errors: every `appeal list` exits 0, every `report check` exits 0
  with no problem (no false alarm while the store changes);
- 0 writer errors: no other exit status (a lock given up, an I/O error).

Prints one summary line with the figures and exits 1 on any failure.
"""

import argparse
import collections
import os
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stresslib as sl  # noqa: E402

MAX_REPORTS = 5
SHARED_APPEALS = 3


class Run:
    def __init__(self, args, bin_dir, seed, in_git):
        self.args = args
        self.seed = seed
        self.store = sl.Store(bin_dir, in_git, keep=args.keep)
        self.lock = threading.Lock()
        self.deadline = None
        self.stop = threading.Event()
        self.notes = []  # (appeal, text) acknowledged
        self.new_ids = []  # IDs printed by appeal new
        self.slot_wins = collections.defaultdict(list)  # (date, time) -> booking IDs
        self.slots_tried = set()
        self.acks = 0
        self.writer_errors, self.reader_errors = [], []
        self.reads = collections.Counter()
        self.shared = []
        self.setup_commits = 0

    def setup(self):
        self.slots = self.store.free_slots()
        for i in range(SHARED_APPEALS):
            code, out, err = self.store.run(
                "appeal", "new", "--from", "Сергеева Анна", "--kind", "request", "--channel",
                "email", "--lang", "ru", "--subject", f"Общая тема {i}", "--text", "Текст.")
            if code != 0:
                raise SystemExit(f"concurrency: cannot create the shared appeals: {err}")
            self.shared.append(out.split()[0])
        if self.store.in_git:
            self.setup_commits = len(sl.git(self.store.root, "log", "--format=%H").stdout.split())

    def writer(self, index):
        rng = sl.random.Random(f"{self.seed}-{int(self.store.in_git)}-{index}")
        slots = self.slots
        booked = 0
        for op in range(self.args.ops):
            if self.stop.is_set() or time.monotonic() > self.deadline:
                return
            kind = rng.choices(["note", "book", "new"], weights=[5, 2, 3])[0]
            if kind == "note":
                target = rng.choice(self.shared)
                text = f"Заметка писателя {index}, № {op}"
                args = ("appeal", "note", target, text)
            elif kind == "book":
                slot = slots[booked % len(slots)]
                booked += 1
                with self.lock:
                    self.slots_tried.add(slot)
                args = ("book", "add", "--with", sl.HOSTS[0], "--date", slot[0], "--time",
                        slot[1], "--parent", "Сергеева Анна", "--topic", f"Встреча {index}-{op}")
            else:
                args = ("appeal", "new", "--from", "Иванова Анна", "--kind", "request",
                        "--channel", "email", "--lang", "ru", "--subject",
                        f"Тема писателя {index}, № {op}", "--text", "Текст.")
            code, out, err = self.store.run(*args)
            with self.lock:
                if code == 0:
                    self.acks += 1
                    if kind == "note":
                        self.notes.append((target, text))
                    elif kind == "book":
                        self.slot_wins[slot].append(out.split()[0])
                    else:
                        self.new_ids.append(out.split()[0])
                elif not (kind == "book" and code == 3):
                    self.writer_errors.append(f"writer {index}: {' '.join(args[:2])}: exit {code}: "
                                              f"{sl.shorten(err, 500)}")

    def reader(self, index):
        while not self.stop.is_set():
            if index % 2 == 0:
                code, out, err = self.store.run("appeal", "list", "--status", "all",
                                                "--format", "csv")
                ok = code == 0
                what = "appeal list"
            else:
                code, out, err = self.store.run("report", "check")
                ok = code == 0 and not out.strip()
                what = "report check"
            with self.lock:
                self.reads[what] += 1
                if not ok:
                    self.reader_errors.append(f"{what}: exit {code}:\n{sl.shorten(out, 800)}"
                                              f"{sl.shorten(err, 400)}")

    def execute(self, deadline):
        self.deadline = deadline
        self.setup()
        writers = [threading.Thread(target=self.writer, args=(i,))
                   for i in range(self.args.writers)]
        readers = [threading.Thread(target=self.reader, args=(i,))
                   for i in range(self.args.readers)]
        started = time.monotonic()
        for t in writers + readers:
            t.start()
        for t in writers:
            t.join()
        self.stop.set()
        for t in readers:
            t.join()
        self.seconds = time.monotonic() - started
        return self.verify()

    def verify(self):
        failures = collections.defaultdict(list)
        s = self.store
        # Lost notes and appeals.
        for appeal, text in self.notes:
            if text not in (s.text_of(appeal) or ""):
                failures["lost"].append(f"{appeal} lacks the note {text!r}")
        on_disk = set(s.ids("A")) - set(self.shared)
        for record_id in self.new_ids:
            if record_id not in on_disk:
                failures["lost"].append(f"{record_id} was printed but is not in the store")
        duplicates = [i for i, n in collections.Counter(self.new_ids).items() if n > 1]
        for record_id in duplicates:
            failures["duplicate"].append(f"{record_id} was given to {self.new_ids.count(record_id)}"
                                         " writers")
        for record_id in sorted(on_disk - set(self.new_ids)):
            failures["duplicate"].append(f"{record_id} is in the store, but no one was told of it")
        # One booking per slot.
        live = collections.defaultdict(list)
        for booking in s.ids("B"):
            text = s.text_of(booking) or ""
            date, at = re.search(r"^date: (\S+)$", text, re.M), re.search(r"^time: (\S+)$",
                                                                          text, re.M)
            if re.search(r"^status: booked$", text, re.M) and date and at:
                live[(date.group(1), at.group(1).strip('"'))].append(booking)
        for slot in sorted(self.slots_tried):
            wins, there = self.slot_wins.get(slot, []), live.get(slot, [])
            if len(wins) != 1 or there != wins:
                failures["slot"].append(f"{slot[0]} {slot[1]}: {len(wins)} writers got it "
                                        f"({', '.join(wins)}), live in the store: {there}")
        # The store afterwards.
        code, lines, err = s.check()
        if code != 0:
            failures["invalid"].append(f"report check at the end: exit {code}: "
                                       + "\n".join(lines[:10]))
        if s.in_git:
            dirty = s.dirty()
            if dirty:
                failures["lost"].append(f"uncommitted at the end: {', '.join(dirty[:10])}")
            commits = len(sl.git(s.root, "log", "--format=%H").stdout.split())
            if commits - self.setup_commits != self.acks:
                failures["lost"].append(f"{self.acks} changes acknowledged, but "
                                        f"{commits - self.setup_commits} commits")
        return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--ops", type=int, default=250, help="mutations per writer")
    parser.add_argument("--readers", type=int, default=2)
    parser.add_argument("--mode", choices=["git", "plain", "both"], default="both")
    parser.add_argument("--seed", type=int, help="the random seed (default: drawn, and printed)")
    parser.add_argument("--bin", help="the directory of the commands (default: $PARENTDESK_BIN)")
    parser.add_argument("--max-seconds", type=float, default=3600,
                        help="writers stop starting commands after this long (default 3600)")
    parser.add_argument("--keep", action="store_true", help="keep the stores")
    args = parser.parse_args()
    bin_dir = sl.find_bin(args.bin)
    seed, _ = sl.new_rng(args.seed)
    modes = {"git": [True], "plain": [False], "both": [True, False]}[args.mode]
    started = time.monotonic()
    deadline = started + args.max_seconds
    figures, reports, kept, failed = [], [], [], False
    totals = collections.Counter()
    for in_git in modes:
        run = Run(args, bin_dir, seed, in_git)
        failures = run.execute(deadline)
        errors = len(run.writer_errors) + len(run.reader_errors)
        mode_failed = bool(failures) or errors > 0
        failed |= mode_failed
        where = run.store.close(failed=mode_failed)
        if where:
            kept.append(where)
        reports += [f"{k}: {t}" for k, v in failures.items() for t in v]
        reports += run.writer_errors + run.reader_errors
        for key in ("lost", "duplicate", "slot", "invalid"):
            totals[key] += len(failures.get(key, []))
        totals["reader errors"] += len(run.reader_errors)
        totals["writer errors"] += len(run.writer_errors)
        totals["mutations"] += run.acks
        totals["slots"] += len(run.slots_tried)
        figures.append(f"{'in git' if in_git else 'outside git'}: {run.acks} changes, "
                       f"{run.reads['appeal list']} lists, {run.reads['report check']} checks "
                       f"in {run.seconds:.0f} s")
    for text in reports[:MAX_REPORTS]:
        print(sl.shorten(text), file=sys.stderr)
    print(f"concurrency: {args.writers} writers x {args.ops}, {args.readers} readers; "
          f"{totals['lost']} lost, {totals['duplicate']} duplicate IDs, "
          f"{totals['slot']} slots not booked exactly once (of {totals['slots']}), "
          f"{totals['reader errors']} reader errors, {totals['writer errors']} writer errors, "
          f"{totals['invalid']} invalid; {'; '.join(figures)}; seed {seed}"
          + (f"; stores kept in {', '.join(kept)}" if kept else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
