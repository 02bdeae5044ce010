"""What the stress harnesses (crash.py, concurrency.py) share: the commands,
a private copy of the demo store inside or outside git, the mutations they
make, and what `report check` and git say about the store afterwards.

Python 3 standard library only (Debian's /usr/bin/python3)."""

import os
import random
import re
import shutil
import signal
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.environ.get("PARENTDESK_SOURCE") or os.path.dirname(os.path.dirname(HERE))
DEMO = os.path.join(SOURCE, "records")

# Every harness works in one school year after the demo's records: the IDs
# it makes are A-20270126-..., B-20270126-..., M-20270126-....
TODAY = "2027-01-26"
OURS = TODAY.replace("-", "")

# The message of `report check` for a change saved but not committed.
UNCOMMITTED = ": saved but not committed to git ("
TEMP_FILE = re.compile(r"^\..+\.tmp-[A-Za-z0-9]{6}$")

# The host of every booking: the coordinator attends every meeting, so one
# booking takes a time for all.
HOSTS = ["zhumabekova"]


def find_bin(given):
    """The directory of the four commands: --bin, $PARENTDESK_BIN, or build/tools."""
    for candidate in (given, os.environ.get("PARENTDESK_BIN"),
                      os.path.join(SOURCE, "build", "tools")):
        if candidate and os.access(os.path.join(candidate, "appeal"), os.X_OK):
            return os.path.abspath(candidate)
    raise SystemExit("no parentdesk commands found: use --bin DIR (the build's tools/)")


def git(cwd, *args, check=True):
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=cwd, LC_ALL="C.UTF-8")
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=60)
    if check and proc.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {proc.stderr.strip()}")
    return proc


class Store:
    """A private copy of the demo store in a temporary directory, in its own
    git repository when `in_git`."""

    def __init__(self, bin_dir, in_git, keep=False):
        self.bin = bin_dir
        self.in_git = in_git
        self.keep = keep
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-stress-")
        self.root = os.path.join(self.tmp, "store")
        shutil.copytree(DEMO, self.root, symlinks=True)
        if in_git:
            git(self.root, "init", "--quiet", "--initial-branch=main")
            git(self.root, "config", "user.name", "Stress")
            git(self.root, "config", "user.email", "stress@school.example")
            git(self.root, "add", "-A")
            git(self.root, "commit", "--quiet", "-m", "the store")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
        self.env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_LANG": "en", "PARENTDESK_USER": "Stress",
                         "HOME": self.tmp, "GIT_CONFIG_NOSYSTEM": "1"})

    def close(self, failed=False):
        if self.keep or failed:
            return self.tmp
        shutil.rmtree(self.tmp, ignore_errors=True)
        return None

    def argv(self, tool, *args):
        return [os.path.join(self.bin, tool), "--store", self.root, "--today", TODAY, *args]

    def run(self, tool, *args, timeout=120):
        proc = subprocess.run(self.argv(tool, *args), env=self.env, capture_output=True,
                              text=True, timeout=timeout)
        return proc.returncode, proc.stdout, proc.stderr

    def start(self, tool, *args):
        """A command in its own process group (for killing it, or all of it)."""
        return subprocess.Popen(self.argv(tool, *args), env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)

    # --- what is in the store

    def ids(self, kind):
        """Our records of a type on disk (A, B or M), as IDs."""
        folder = {"A": "appeals", "B": "bookings", "M": "minutes"}[kind]
        found = []
        for year in ("2027",):
            d = os.path.join(self.root, folder, year)
            if os.path.isdir(d):
                found += [n[:-5] for n in os.listdir(d)
                          if n.startswith(f"{kind}-{OURS}-") and n.endswith(".yaml")]
        return sorted(found)

    def file_of(self, record_id):
        folder = {"A": "appeals", "B": "bookings", "M": "minutes"}[record_id[0]]
        return os.path.join(self.root, folder, record_id[2:6], record_id + ".yaml")

    def text_of(self, record_id):
        try:
            with open(self.file_of(record_id), encoding="utf-8") as f:
                return f.read()
        except FileNotFoundError:
            return None

    def field(self, record_id, name):
        text = self.text_of(record_id) or ""
        m = re.search(rf"^{name}: (\S+)$", text, re.M)
        return m.group(1) if m else None

    def free_slots(self):
        """The director's free slots from February 2027 on, as (date, time):
        `book slots` knows the school's holidays and hours."""
        code, out, err = self.run("book", "slots", "--with", HOSTS[0], "--from", "2027-02-01",
                                  "--days", "120", "--format", "csv")
        if code != 0:
            raise RuntimeError(f"book slots: exit {code}: {err}")
        return [tuple(line.split(",")[0:3:2]) for line in out.splitlines()[1:] if line]

    def temp_files(self):
        found = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if d != ".git"]
            found += [os.path.join(dirpath, n) for n in filenames if TEMP_FILE.match(n)]
        return found

    def dirty(self):
        """Record files git sees as not committed (untracked, staged, changed)."""
        if not self.in_git:
            return []
        out = git(self.root, "--no-optional-locks", "status", "--porcelain=v1", "-z",
                  "--untracked-files=all").stdout
        paths, fields = [], out.split("\0")
        i = 0
        while i < len(fields):
            entry = fields[i]
            i += 1
            if len(entry) < 4:
                continue
            if entry[0] in "RC":
                i += 1
            path = entry[3:]
            if path.endswith(".yaml"):
                paths.append(path)
        return sorted(paths)

    def check(self):
        """`report check`: (exit status, problem lines, stderr)."""
        code, out, err = self.run("report", "check")
        return code, [line for line in out.splitlines() if line], err


def check_verdict(store, code, lines):
    """What `report check` said, judged: None when the store is valid (exit 0,
    or, in git, only the notices of changes saved but not committed and of a
    stale index.lock); else what is wrong."""
    if code == 0 and not lines:
        return None
    if code == 1 and store.in_git and lines and all(
            UNCOMMITTED in line or re.match(r"\.git/\S+\.lock: exists", line) for line in lines):
        return None
    return f"report check exited {code}:\n" + "\n".join(lines[:20])


def unreported(store, lines):
    """Record files git sees as uncommitted that `report check` did not name."""
    named = {line.split(UNCOMMITTED)[0] for line in lines if UNCOMMITTED in line}
    return [path for path in store.dirty() if path not in named]


class Mutations:
    """Random mutations of the store, each as a command line, with what must
    hold afterwards if the command says it succeeded."""

    def __init__(self, store, rng):
        self.store = store
        self.rng = rng
        self.serial = 0
        self.slots = store.free_slots()

    def unique(self, what):
        self.serial += 1
        return f"{what} {os.getpid()}-{self.serial}-{self.rng.randrange(10**6)}"

    def pick(self):
        """(name, tool, args, expect) where expect(stdout) -> [(id, text or None)]:
        the records (and a text in them) that an acknowledged run leaves."""
        s, rng = self.store, self.rng
        appeals, bookings, minutes = s.ids("A"), s.ids("B"), s.ids("M")
        choices = ["appeal new"] * 3 + ["book add"] * 2 + ["minutes new"]
        if appeals:
            choices += ["appeal note"] * 3 + ["appeal assign", "appeal respond", "appeal deliver"]
        if bookings:
            choices += ["book cancel"]
        if minutes:
            choices += ["minutes sign", "minutes decide"]
        name = rng.choice(choices)
        if name == "appeal new":
            subject = self.unique("Тема")
            args = ["new", "--from", "Сергеева Анна", "--kind", rng.choice(["request", "complaint"]),
                    "--channel", "email", "--lang", "ru", "--subject", subject,
                    "--text", "Просим ответить.\nСпасибо."]
            return name, "appeal", args, lambda out: [(out.split()[0], subject)] if out else []
        if name == "appeal note":
            target, text = rng.choice(appeals), self.unique("Заметка")
            return name, "appeal", ["note", target, text], lambda out: [(target, text)]
        if name == "appeal assign":
            target = rng.choice(appeals)
            return name, "appeal", ["assign", target, "--to", rng.choice(["ivanova", "omarova"])], \
                lambda out: [(target, None)]
        if name == "appeal respond":
            target = rng.choice(appeals)
            return name, "appeal", ["respond", target, "--lang", "ru", "--text", "Ответ."], \
                lambda out: [(target, "Ответ.")]
        if name == "appeal deliver":
            target = rng.choice(appeals)
            return name, "appeal", ["deliver", target, "--via", "email"], \
                lambda out: [(target, None)]
        if name == "book add":
            topic = self.unique("Тема встречи")
            date, at = rng.choice(self.slots)
            args = ["add", "--with", HOSTS[0], "--date", date, "--time", at,
                    "--parent", "Сергеева Анна", "--topic", topic]
            return name, "book", args, lambda out: [(out.split()[0], topic)] if out else []
        if name == "book cancel":
            target = rng.choice(bookings)
            return name, "book", ["cancel", target, "--reason", "болеет"], \
                lambda out: [(target, "status: cancelled")]
        if name == "minutes new":
            title = self.unique("Собрание")
            args = ["new", "--kind", "pta", "--date", "2027-01-20", "--title", title]
            return name, "minutes", args, lambda out: [(out.split()[0], title)] if out else []
        if name == "minutes sign":
            target = rng.choice(minutes)
            role = rng.choice(["chair", "secretary"])
            person = {"chair": "Иванова Мария", "secretary": "Ким Ольга"}[role]
            return name, "minutes", ["sign", target, "--as", role, "--name", person], \
                lambda out: [(target, f"role: {role}")]
        target, text = rng.choice(minutes), self.unique("Решение")
        return ("minutes decide", "minutes",
                ["decide", target, "--text", text, "--owner", "omarova", "--due", "2027-02-10"],
                lambda out: [(target, text)])


def lost(store, expectations):
    """The acknowledged changes not in the store: [(id, text)]."""
    missing = []
    for record_id, text in expectations:
        content = store.text_of(record_id)
        if content is None or (text is not None and text not in content):
            missing.append((record_id, text))
    return missing


def wait_for_group(pgid, seconds=20):
    """Waits until no process of the group is left (git steps a killed
    command started finish on their own); False when some are still there."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return True
        time.sleep(0.005)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return False


def shorten(text, limit=1500):
    return text if len(text) <= limit else text[:limit] + f"... ({len(text) - limit} more)"


def new_rng(seed):
    if seed is None:
        seed = random.SystemRandom().randrange(10**9)
    return seed, random.Random(seed)
