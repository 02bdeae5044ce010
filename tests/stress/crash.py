#!/usr/bin/python3
"""crash.py [--kills N] [--seed S] [--mode git|plain|both] [--bin DIR]
          [--group] [--max-seconds T] [--keep]

The crash harness (issue 13): kills mutating commands (appeal new, note,
assign, respond, deliver; book add, cancel; minutes new, sign, decide) with
SIGKILL at random moments of their run, in a store inside git and in one
outside it, and after every kill checks that

- the store is valid: `report check` exits 0, or in git 1 with only the
  notice of a change saved but not committed (and, with --group, of a stale
  git lock: .git/index.lock, .git/HEAD.lock, a ref lock);
- nothing is left uncommitted without being reported: every record file git
  sees as not committed is named by `report check`;
- no temporary or lock file blocks the next command: the next mutation
  succeeds (or is refused by a rule of its own), leaves no temporary file and,
  in git, commits what the killed one left, so the store is then clean;
- no acknowledged change is lost: whatever a command printed or exited 0 for
  (a new ID, a note's text, a signature) is in the store.

The kill lands anywhere in the command, so at each write, rename and git
step in turn: the moment is drawn uniformly over the command's usual time,
measured as the harness runs. Only the command is killed, as `kill -9` does;
the git step it had started ends on its own and the harness waits for it.
--group kills the whole process group, git too, as a power cut does: git may
then leave .git/index.lock, .git/HEAD.lock or the branch's ref lock, which
the next command must refuse with the advice to remove it, and `report check` must name; the harness then removes
it, as the advice says.

Prints one summary line with the figures and exits 1 on any failure (the
first few are described, and the store is kept).
"""

import argparse
import os
import re
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stresslib as sl  # noqa: E402

MAX_REPORTS = 5


class Run:
    def __init__(self, args, bin_dir, rng, in_git):
        self.args = args
        self.rng = rng
        self.store = sl.Store(bin_dir, in_git, keep=args.keep)
        self.mutations = sl.Mutations(self.store, rng)
        self.expected = []  # (id, text) of acknowledged changes
        self.durations = {}  # command name -> recent durations (s)
        self.kills = self.completed = self.commands = self.recovered = self.stale_locks = 0
        self.temps_left = 0
        self.failures = {"corrupted": [], "lost": [], "unreported": [], "blocked": []}

    def fail(self, kind, text):
        self.failures[kind].append(text)

    def failed(self):
        return any(self.failures.values())

    def estimate(self, name):
        recent = self.durations.get(name)
        return sorted(recent)[len(recent) // 2] if recent else (0.25 if self.store.in_git else 0.08)

    def note_duration(self, name, seconds):
        self.durations.setdefault(name, []).append(seconds)
        del self.durations[name][:-15]

    def acknowledge(self, expect, out):
        try:
            self.expected += expect(out)
        except IndexError:
            pass

    def killed_command(self):
        name, tool, args, expect = self.mutations.pick()
        delay = self.rng.uniform(0, 1.15 * self.estimate(name))
        started = time.monotonic()
        proc = self.store.start(tool, *args)
        time.sleep(delay)
        landed = proc.poll() is None
        if landed:
            try:
                if self.args.group:
                    os.killpg(proc.pid, signal.SIGKILL)
                else:
                    os.kill(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                landed = False
        out, err = proc.communicate(timeout=120)
        self.commands += 1
        if not sl.wait_for_group(proc.pid):
            self.fail("blocked", f"{name}: its git steps still ran 20 s after the kill")
        if proc.returncode == -signal.SIGKILL and landed:
            self.kills += 1
        else:
            self.completed += 1
            self.note_duration(name, time.monotonic() - started)
        # What a killed command printed before it died is acknowledged too.
        if proc.returncode == 0 or out.strip():
            self.acknowledge(expect, out)
        return name, proc.returncode, out, err

    def follow_up(self, after):
        """The next mutation: it must not be blocked, and it settles what the
        killed one left."""
        name, tool, args, expect = self.mutations.pick()
        started = time.monotonic()
        code, out, err = self.store.run(tool, *args)
        self.commands += 1
        # Any lock a commit takes (index, HEAD, the branch's ref), and a
        # power cut may leave more than one: the command names one at a time,
        # and the advice is to remove it.
        for _ in range(4):
            stale = re.search(r"'(\.git/[^']+\.lock)' exists", err) if code == 6 else None
            if not (stale and self.args.group):
                break
            self.stale_locks += 1
            os.remove(os.path.join(self.store.root, stale.group(1)))
            code, out, err = self.store.run(tool, *args)
            self.commands += 1
        if code not in (0, 3):
            self.fail("blocked", f"after a killed {after}, {name} {args}: exit {code}\n"
                      f"{sl.shorten(err)}")
            return
        self.note_duration(name, time.monotonic() - started)
        if "committed what an earlier command saved but did not commit" in err:
            self.recovered += 1
        if code == 0:
            self.acknowledge(expect, out)

    def verify(self, stage, after):
        code, lines, err = self.store.check()
        verdict = sl.check_verdict(self.store, code, lines)
        if verdict:
            self.fail("corrupted", f"{stage} a killed {after}: {verdict}\n{sl.shorten(err)}")
        missing = sl.unreported(self.store, lines)
        if missing:
            self.fail("unreported", f"{stage} a killed {after}: uncommitted, not reported: "
                      f"{', '.join(missing)}")
        for record_id, text in sl.lost(self.store, self.expected):
            self.fail("lost", f"{stage} a killed {after}: {record_id} lacks {text!r}")
        return lines

    def step(self):
        after, code, out, err = self.killed_command()
        if self.store.temp_files():
            self.temps_left += 1
        self.verify("after", after)
        self.follow_up(after)
        lines = self.verify("after the command that followed", after)
        if any(sl.UNCOMMITTED in line for line in lines):
            self.fail("unreported", f"after the command that followed a killed {after}: still "
                      f"uncommitted:\n" + "\n".join(lines[:10]))
        temps = self.store.temp_files()
        if temps:
            self.fail("blocked", f"after the command that followed a killed {after}: temporary "
                      f"files left: {', '.join(temps[:5])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=700,
                        help="kills in all (split between the modes), default 700")
    parser.add_argument("--seed", type=int, help="the random seed (default: drawn, and printed)")
    parser.add_argument("--mode", choices=["git", "plain", "both"], default="both",
                        help="a store in git, outside git, or both (default)")
    parser.add_argument("--bin", help="the directory of the commands (default: $PARENTDESK_BIN)")
    parser.add_argument("--group", action="store_true",
                        help="kill the whole process group, git too (a power cut)")
    parser.add_argument("--max-seconds", type=float, default=3600,
                        help="stop after this long, with the figures so far (default 3600)")
    parser.add_argument("--keep", action="store_true", help="keep the stores")
    args = parser.parse_args()
    bin_dir = sl.find_bin(args.bin)
    seed, rng = sl.new_rng(args.seed)
    modes = {"git": [True], "plain": [False], "both": [True, False]}[args.mode]
    started = time.monotonic()
    deadline = started + args.max_seconds
    runs = []
    for index, in_git in enumerate(modes):
        run = Run(args, bin_dir, rng, in_git)
        runs.append(run)
        target = args.kills // len(modes) + (1 if index < args.kills % len(modes) else 0)
        # A bound on the attempts too: commands that end before the kill count none.
        attempts = 0
        while run.kills < target and attempts < 20 * target + 20 and time.monotonic() < deadline:
            attempts += 1
            run.step()
            if run.failed() and sum(len(v) for v in run.failures.values()) >= MAX_REPORTS:
                break
    total = {kind: sum(len(r.failures[kind]) for r in runs) for kind in runs[0].failures}
    kills = sum(r.kills for r in runs)
    kept = []
    for r in runs:
        where = r.store.close(failed=r.failed())
        if where:
            kept.append(where)
    reports = [text for r in runs for kind in r.failures for text in r.failures[kind]]
    for text in reports[:MAX_REPORTS]:
        print(sl.shorten(text), file=sys.stderr)
    by_mode = ", ".join(f"{r.kills} {'in git' if r.store.in_git else 'outside git'}"
                        for r in runs)
    print(f"crash: {kills} kills ({by_mode}), {sum(r.commands for r in runs)} commands, "
          f"{total['corrupted']} corrupted, {total['lost']} lost, {total['unreported']} "
          f"unreported, {total['blocked']} blocked; "
          f"{sum(r.recovered for r in runs)} recovery commits, "
          f"{sum(r.temps_left for r in runs)} kills left a temporary file"
          + (f", {sum(r.stale_locks for r in runs)} stale git locks" if args.group else "")
          + f"; seed {seed}, {time.monotonic() - started:.0f} s"
          + (f"; stores kept in {', '.join(kept)}" if kept else ""))
    wanted = args.kills
    if kills < wanted and not any(total.values()):
        print(f"crash: only {kills} of {wanted} kills landed in the time allowed", file=sys.stderr)
        return 1
    return 1 if any(total.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
