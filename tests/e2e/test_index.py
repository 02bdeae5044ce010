"""The index of parsed records (<store>/.cache, issue 12) never changes an
answer: every reading command prints the same bytes, and exits the same,
with the index and with --no-cache, on a generated store and after every
kind of change a store sees: hand edits, an edit that keeps the size and the
mtime, deletions, renames, files from a `git pull`, a broken or foreign
index, a read-only store."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from harness import SOURCE, run

GENERATE = os.path.join(SOURCE, "scripts", "bench", "generate-store")
TODAY = "2026-11-24"
HEADER_BYTES = 60  # magic 8, version 4, fingerprint, begun, count, length, sums 8 each
MASK = (1 << 64) - 1


def mix(h):
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & MASK
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & MASK
    h ^= h >> 33
    return h


def index_checksum(data):
    """lib/store/record_index.cpp's index_checksum()."""
    h = 0x9E3779B97F4A7C15 ^ len(data)
    i = 0
    while i + 8 <= len(data):
        h = ((h ^ mix(int.from_bytes(data[i:i + 8], "little"))) * 0x100000001B3) & MASK
        h = ((h << 31) | (h >> 33)) & MASK
        i += 8
    tail = int.from_bytes(data[i:], "little")
    return mix(h ^ mix(tail ^ 0xA5A5A5A5A5A5A5A5))


def generate(directory, n, seed):
    subprocess.run([sys.executable, GENERATE, directory, str(n), "--seed", str(seed), "-q"],
                   check=True, timeout=300)


class IndexNeverChangesAnAnswer(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.templates = tempfile.mkdtemp(prefix="parentdesk-index-")
        cls.template = os.path.join(cls.templates, "store")
        cls.pulled = os.path.join(cls.templates, "pulled")
        generate(cls.template, 300, 1)
        generate(cls.pulled, 60, 7)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.templates, ignore_errors=True)

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="parentdesk-index-")
        self.store = os.path.join(self.tmp, "store")
        shutil.copytree(self.template, self.store, symlinks=True)

    def tearDown(self):
        for dirpath, dirnames, filenames in os.walk(self.tmp):
            os.chmod(dirpath, 0o755)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.store, *parts)

    def appeal_files(self):
        found = []
        for dirpath, _, filenames in os.walk(self.path("appeals")):
            found += [os.path.join(dirpath, f) for f in filenames if f.endswith(".yaml")]
        return sorted(found)

    def commands(self):
        suffix = os.path.basename(self.appeal_files()[len(self.appeal_files()) // 2])[-9:-5]
        return [
            ("appeal", "list"),
            ("appeal", "list", "--format", "json"),
            ("appeal", "list", "--status", "all", "--grep", "столов"),
            ("report", "overdue", "--due-soon"),
            ("report", "check"),
            ("report", "appeals"),
            ("report", "compliance"),
            ("book", "list"),
            ("minutes", "list"),
            ("appeal", "show", suffix),
        ]

    def answers(self, *extra, runner=run):
        out = []
        for command in self.commands():
            r = runner(command[0], "--store", self.store, "--today", TODAY, *extra, *command[1:])
            out.append((command, r.code, r.out, r.err))
        return out

    def assert_same_answers(self, runner=run):
        """Without the index, then with it twice: refreshed, and warm."""
        plain = self.answers("--no-cache", runner=runner)
        self.assertEqual(self.answers(runner=runner), plain)
        self.assertEqual(self.answers(runner=runner), plain)
        return plain

    def index(self, kind="appeal"):
        return self.path(".cache", kind + ".index")

    def read_index(self):
        with open(self.index(), "rb") as f:
            return f.read()

    def test_cold_and_warm(self):
        plain = self.assert_same_answers()
        self.assertTrue(os.path.isfile(self.index()))
        # The store is clean, and the index is no stray file.
        check = [a for a in plain if a[0] == ("report", "check")][0]
        self.assertEqual(check[1:3], (0, ""), check)
        with open(self.path(".cache", ".gitignore")) as f:
            self.assertEqual(f.read(), "*\n")

    def test_deleting_the_index_loses_nothing(self):
        plain = self.assert_same_answers()
        shutil.rmtree(self.path(".cache"))
        self.assertEqual(self.answers(), plain)

    def test_no_cache_writes_no_index(self):
        self.answers("--no-cache")
        self.assertFalse(os.path.exists(self.path(".cache")))

    def test_hand_edit(self):
        self.assert_same_answers()
        target = self.appeal_files()[3]
        with open(target, encoding="utf-8") as f:
            text = f.read()
        with open(target, "w", encoding="utf-8") as f:
            f.write(text.replace("\nfrom: ", "\nfrom: Изменено ", 1))
        self.assert_same_answers()
        r = run("appeal", "--store", self.store, "--today", TODAY, "list", "--status", "all",
                "--format", "json")
        self.assertIn("Изменено", r.out)

    def test_edit_keeping_size_and_mtime(self):
        self.assert_same_answers()
        target = self.appeal_files()[5]
        stat = os.stat(target)
        with open(target, "rb") as f:
            data = f.read()
        at = data.index(b"subject: ") + len(b"subject: ")
        changed = data[:at] + (b"Z" if data[at:at + 1] != b"Z" else b"Y") + data[at + 1:]
        with open(target, "r+b") as f:  # in place: the same inode
            f.write(changed)
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        after = os.stat(target)
        self.assertEqual((after.st_size, after.st_mtime_ns, after.st_ino),
                         (stat.st_size, stat.st_mtime_ns, stat.st_ino))
        self.assert_same_answers()

    def test_an_invalid_file_is_told_the_same(self):
        self.assert_same_answers()
        target = self.appeal_files()[7]
        with open(target, encoding="utf-8") as f:
            text = f.read()
        with open(target, "w", encoding="utf-8") as f:
            f.write(text.replace("status: ", "status: nonsense_", 1))
        plain = self.assert_same_answers()
        check = [a for a in plain if a[0] == ("report", "check")][0]
        self.assertEqual(check[1], 1, check)
        self.assertIn(os.path.relpath(target, self.store), check[2])

    def test_not_canonical_is_told_the_same(self):
        self.assert_same_answers()
        target = self.appeal_files()[8]
        with open(target, "a", encoding="utf-8") as f:
            f.write("\n")
        plain = self.assert_same_answers()
        check = [a for a in plain if a[0] == ("report", "check")][0]
        self.assertIn("not in canonical form", check[2])

    def test_deletion(self):
        self.assert_same_answers()
        for target in self.appeal_files()[:4]:
            os.remove(target)
        year = sorted(os.listdir(self.path("bookings")))[0]
        os.remove(self.path("bookings", year, sorted(os.listdir(self.path("bookings", year)))[0]))
        self.assert_same_answers()

    def test_rename(self):
        self.assert_same_answers()
        files = self.appeal_files()
        # Under another ID's name: invalid, and told so the same way.
        os.rename(files[10], files[10][:-9] + "ZZZZ.yaml")
        # Swapped contents: each stat changes, each record must be re-read.
        os.rename(files[11], files[11] + ".swap")
        os.rename(files[12], files[11])
        os.rename(files[11] + ".swap", files[12])
        self.assert_same_answers()

    def test_files_from_a_pull(self):
        self.assert_same_answers()
        copied = 0
        for dirpath, _, filenames in os.walk(self.pulled):
            rel = os.path.relpath(dirpath, self.pulled)
            if rel.split(os.sep)[0] not in ("appeals", "bookings", "minutes"):
                continue
            os.makedirs(self.path(rel), exist_ok=True)
            for name in filenames:
                if not os.path.exists(self.path(rel, name)):
                    shutil.copy2(os.path.join(dirpath, name), self.path(rel, name))
                    copied += 1
        self.assertGreater(copied, 20)
        self.assert_same_answers()

    def test_truncated_index(self):
        plain = self.assert_same_answers()
        for size in (0, 7, HEADER_BYTES - 1, HEADER_BYTES, os.path.getsize(self.index()) - 1):
            with open(self.index(), "r+b") as f:
                f.truncate(size)
            self.assertEqual(self.answers(), plain, size)
            self.assertGreater(os.path.getsize(self.index()), HEADER_BYTES, "rebuilt")

    def test_garbage_index(self):
        plain = self.assert_same_answers()
        size = os.path.getsize(self.index())
        with open(self.index(), "r+b") as f:
            f.seek(size // 2)
            f.write(b"\xff garbage \x00")
        self.assertEqual(self.answers(), plain)
        with open(self.index(), "wb") as f:
            f.write(os.urandom(size))
        self.assertEqual(self.answers(), plain)
        with open(self.index(), "rb") as f:
            self.assertEqual(f.read(8), b"pdindex\n")

    def test_index_of_another_version(self):
        plain = self.assert_same_answers()
        with open(self.index(), "rb") as f:
            data = bytearray(f.read())
        self.assertEqual(int.from_bytes(data[8:12], "little"), 1)
        self.assertEqual(int.from_bytes(data[52:60], "little"), index_checksum(bytes(data[:52])))
        # Version 2 with a header whose checksum holds: read as no index.
        data[8:12] = (2).to_bytes(4, "little")
        data[52:60] = index_checksum(bytes(data[:52])).to_bytes(8, "little")
        with open(self.index(), "wb") as f:
            f.write(data)
        self.assertEqual(self.answers(), plain)
        with open(self.index(), "rb") as f:
            self.assertEqual(int.from_bytes(f.read(12)[8:12], "little"), 1, "rewritten")

    def test_a_symlinked_cache_is_neither_read_nor_written(self):
        plain = self.assert_same_answers()
        elsewhere = os.path.join(self.tmp, "elsewhere")
        shutil.move(self.path(".cache"), elsewhere)
        os.symlink(elsewhere, self.path(".cache"))
        before = sorted(os.listdir(elsewhere))
        with open(os.path.join(elsewhere, "appeal.index"), "r+b") as f:
            f.truncate(HEADER_BYTES)
        self.assertEqual(self.answers(), plain)
        self.assertEqual(os.path.getsize(os.path.join(elsewhere, "appeal.index")), HEADER_BYTES)
        self.assertEqual(sorted(os.listdir(elsewhere)), before)

    def read_only_runner(self):
        if os.geteuid() != 0:
            return run
        if not shutil.which("setpriv"):
            return None

        def as_nobody(tool, *args):
            environment = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
            environment.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест",
                                "PARENTDESK_LANG": "en", "HOME": "/"})
            from harness import BIN, Result
            proc = subprocess.run(
                ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                 os.path.join(BIN, tool), *args],
                env=environment, capture_output=True, text=True, timeout=60)
            return Result(proc)
        return as_nobody

    def test_read_only_store(self):
        runner = self.read_only_runner()
        if runner is None:
            self.skipTest("running as root without setpriv: a read-only store cannot be made")
        writable = self.assert_same_answers()
        for refresh in (False, True):
            if refresh:  # an index that needs refreshing, in a store that cannot take it
                for dirpath, dirnames, filenames in os.walk(self.tmp):
                    os.chmod(dirpath, 0o755)
                os.remove(self.appeal_files()[0])
                with open(self.index(), "r+b") as f:
                    f.truncate(HEADER_BYTES)
                writable = self.answers("--no-cache")
            index_before = self.read_index()
            for dirpath, dirnames, filenames in os.walk(self.tmp):
                os.chmod(dirpath, 0o555)
                for name in filenames:
                    os.chmod(os.path.join(dirpath, name), 0o444)
            self.assertEqual(self.answers("--no-cache", runner=runner), writable)
            self.assertEqual(self.answers(runner=runner), writable)
            self.assertEqual(self.read_index(), index_before)


if __name__ == "__main__":
    unittest.main()
