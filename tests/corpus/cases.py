"""The cases of the bad input corpus (run by run_corpus.py).

A case is a name, a setup of the store (bad files, links, FIFOs; none for a
bad command line) and the runs to make, each with its exit code and its exact
standard output and error: a string is the whole text, Has(text) a stable
part of it, a compiled pattern the whole text by a regular expression. Every
run must leave every file of the store as it was.

The messages are those of lib/yaml/strict_yaml.cpp (the loader),
lib/store/validate.cpp (the schemas), lib/store/read_file.cpp and
lib/cli/ (the command line), in English (PARENTDESK_LANG=en).
"""

import os
import re
import shutil
import unicodedata

SOURCE = os.environ["PARENTDESK_SOURCE"]
DEMO = os.path.join(SOURCE, "records")
TODAY = "2026-11-24"


class Has:
    """A stable part of an output."""

    def __init__(self, text):
        self.text = text


class Probe:
    def __init__(self, args, code, out="", err="", stdin=None, env=None, store=True, timeout=20):
        self.args, self.code, self.out, self.err = args, code, out, err
        self.stdin, self.env, self.store, self.timeout = stdin, env, store, timeout


class Case:
    def __init__(self, name, runs, setup=None):
        self.name, self.runs, self.setup = name, runs, setup


class Setup:
    """Changes to a worker's store, each with the way to undo it."""

    def __init__(self, store, undo):
        self.store, self.undo = store, undo

    def path(self, rel):
        return os.path.join(self.store, rel)

    def _remove(self, path):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        elif os.path.lexists(path):
            os.remove(path)

    def _created(self, rel):
        """Undoes the creation of rel, or puts back the file it replaces."""
        path = self.path(rel)
        if os.path.isfile(path) and not os.path.islink(path):
            with open(path, "rb") as f:
                old = f.read()

            def put_back():
                self._remove(path)
                with open(path, "wb") as f:
                    f.write(old)
            self.undo.append(put_back)
        else:
            self.undo.append(lambda: self._remove(path))

    def write(self, rel, content):
        os.makedirs(os.path.dirname(self.path(rel)), exist_ok=True)
        self._created(rel)
        with open(self.path(rel), "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))

    def symlink(self, rel, target):
        self._created(rel)
        os.symlink(target, self.path(rel))

    def fifo(self, rel):
        self._created(rel)
        os.mkfifo(self.path(rel))

    def mkdir(self, rel):
        self._created(rel)
        os.makedirs(self.path(rel))

    def move(self, rel, to):
        os.rename(self.path(rel), self.path(to))
        self.undo.append(lambda: os.rename(self.path(to), self.path(rel)))


def demo(rel):
    with open(os.path.join(DEMO, rel), "rb") as f:
        return f.read()


def position(text, needle, start=0):
    """1-based line and column (in characters) of needle in text (str), the
    first at or after start."""
    at = text.index(needle, start)
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return line, column


# The store the cases run on: the demo store's settings, staff and classes and
# the records the cases name (a whole demo store would make `report check`
# three times slower, for nothing more).
STORE = ["school.yaml", "staff", "classes", "appeals/2026/A-20261107-RZ80.yaml",
         "appeals/2026/A-20261030-7MHP.yaml", "bookings/2026/B-20261116-H1P0.yaml",
         "bookings/2026/B-20261120-EV2W.yaml", "minutes/2026/M-20261120-XG9X.yaml"]

APPEAL = "appeals/2026/A-20261107-RZ80.yaml"
BOOKING = "bookings/2026/B-20261116-H1P0.yaml"
MINUTES = "minutes/2026/M-20261120-XG9X.yaml"
STAFF = "staff/abenova.yaml"
CLASS = "classes/7B.yaml"
SCHOOL = "school.yaml"
CHECKED = re.compile(r"report: \d+ files checked, 1 problem\n")

# A command that reads the record the cases break and would write it:
# refused, with the first problem. (It reads no other record: issue 12.)
MUTATIONS = {
    "appeals": ["appeal", "note", "RZ80", "Позвонили родителю."],
    "bookings": ["book", "cancel", "H1P0", "--reason", "Родитель заболел"],
    "minutes": ["minutes", "sign", "XG9X", "--as", "chair", "--name", "Иванова Мария Петровна"],
}

CASES = []


def file_case(name, rel, content, line, column, message, mutate=True, also=(), exact=True):
    """A bad file at rel: `report check` names it, and a mutation that reads
    it is refused, both with the same line. `also`: more problems that
    `report check` lists, (line, column, message) in its order; exact=False:
    the message is a stable part of the line."""
    where = f"{rel}:{line}:{column}: " if line else f"{rel}: "
    lines = sorted([(line, column, message)] + list(also))
    out = "".join(f"{rel}:{l}:{c}: {m}\n" if l else f"{rel}: {m}\n" for l, c, m in lines)
    count = re.compile(r"report: \d+ files checked, %d problems?\n" % len(lines))
    runs = [Probe(["report", "check"], 1, out=out if exact else Has(where + message), err=count)]
    top = rel.split("/")[0]
    if mutate and not also and exact and (top in MUTATIONS or rel == SCHOOL):
        args = MUTATIONS.get(top, MUTATIONS["appeals"])
        runs.append(Probe(args, 5, err=f"{args[0]}: error: {where}{message}\n"))
    CASES.append(Case(name, runs, setup=lambda s: s.write(rel, content)))


def edit_case(name, rel, old, new, message, at=None, line=None, column=None, **kwargs):
    """The demo file rel with `old` replaced by `new`; the problem is at the
    first `at` (default: `new`) in or after the edit, or at line:column."""
    text = demo(rel).decode("utf-8")
    assert old in text, (rel, old)
    edited = text.replace(old, new, 1)
    if line is None:
        line, column = position(edited, new if at is None else at, text.index(old))
    file_case(name, rel, edited.encode("utf-8"), line, column, message, **kwargs)


def bytes_case(name, rel, old, new, line, column, message):
    """As edit_case, on bytes (for what is not UTF-8)."""
    data = demo(rel)
    assert old in data, (rel, old)
    file_case(name, rel, data.replace(old, new, 1), line, column, message)


# --- The strict loader: bytes -------------------------------------------------

appeal_text = demo(APPEAL).decode("utf-8")
SUBJECT_LINE, _ = position(appeal_text, "subject:")

bytes_case("loader: byte-order mark", APPEAL, b"id:", b"\xef\xbb\xbfid:", 1, 1,
           "byte-order mark at the start of the file: save it as UTF-8 without BOM")
file_case("loader: CRLF line ends", APPEAL, demo(APPEAL).replace(b"\n", b"\r\n"), 1, 20,
          "carriage return: line ends must be LF, not CRLF")
bytes_case("loader: a lone CR in a value", APPEAL, b"Exam resit", b"Exam\rresit",
           SUBJECT_LINE, 14, "carriage return: line ends must be LF, not CRLF")
bytes_case("loader: CR at the end of one line", APPEAL, b"status: received\n",
           b"status: received\r\n", 3, 17, "carriage return: line ends must be LF, not CRLF")
for label, raw, byte in (("0xFF", b"\xff", "FF"), ("overlong 0xC0 0xAF", b"\xc0\xaf", "C0"),
                         ("a truncated sequence", b"\xd0", "D0"),
                         ("a surrogate 0xED 0xA0 0x80", b"\xed\xa0\x80", "ED"),
                         ("Latin-1 0xE9", b"\xe9", "E9"), ("0xF8", b"\xf8", "F8"),
                         ("a lone continuation byte 0x80", b"\x80", "80")):
    bytes_case(f"loader: invalid UTF-8, {label}", APPEAL, b"Exam resit", b"Exam" + raw + b"resit",
               SUBJECT_LINE, 14, f"invalid UTF-8 byte 0x{byte}: save the file as UTF-8")
for code in (0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F):
    bytes_case(f"loader: control character U+{code:04X}", APPEAL, b"Exam resit",
               b"Exam" + bytes([code]) + b"resit", SUBJECT_LINE, 14,
               f"control character U+{code:04X} is not allowed")
for code in (0x80, 0x85, 0x9B, 0x9F):
    bytes_case(f"loader: C1 control U+{code:04X}", APPEAL, b"Exam resit",
               b"Exam" + chr(code).encode("utf-8") + b"resit", SUBJECT_LINE, 14,
               f"control character U+{code:04X} is not allowed")
bytes_case("loader: a control character counts columns in characters", APPEAL,
           "Тұрсынова Аружан".encode(), "Тұрсынова\x07Аружан".encode(),
           position(appeal_text, "student:")[0], 19, "control character U+0007 is not allowed")

# --- The strict loader: YAML --------------------------------------------------

edit_case("loader: git conflict marker <<<<<<<", APPEAL, "status: received\n",
          "<<<<<<< HEAD\nstatus: received\n=======\nstatus: assigned\n>>>>>>> theirs\n",
          "git conflict marker: resolve the merge conflict in this file first", at="<<<<<<<")
edit_case("loader: git conflict marker =======", APPEAL, "kind: application\n",
          "=======\nkind: application\n",
          "git conflict marker: resolve the merge conflict in this file first", at="=======")
edit_case("loader: git conflict marker >>>>>>>", APPEAL, "kind: application\n",
          ">>>>>>> b\nkind: application\n",
          "git conflict marker: resolve the merge conflict in this file first", at=">>>>>>>")
edit_case("loader: diff3 marker |||||||", APPEAL, "kind: application\n",
          "|||||||\nkind: application\n",
          "git conflict marker: resolve the merge conflict in this file first", at="|||||||")
edit_case("loader: a second document after ---", APPEAL, "kind: application\n",
          "---\nkind: application\n",
          "a second YAML document: a record file holds exactly one document", at="---")
edit_case("loader: a document end ...", APPEAL, "kind: application\n", "...\nkind: application\n",
          "a second YAML document: a record file holds exactly one document", at="...")
edit_case("loader: a directive", APPEAL, "id: A-", "%YAML 1.2\nid: A-",
          "YAML directives are not allowed", at="%YAML")
edit_case("loader: an anchor", APPEAL, "status: received", "status: &s received",
          "anchors ('&name') are not allowed", at="&s")
edit_case("loader: an alias", APPEAL, "route: administration", "route: *r",
          "aliases ('*name') are not allowed", at="*r")
edit_case("loader: an anchor and its alias", APPEAL, "route: administration",
          "route: &r administration\nto: *r", "anchors ('&name') are not allowed", at="&r")
edit_case("loader: a tag !!str", APPEAL, "status: received", "status: !!str received",
          "tags ('!!str') are not allowed", at="!!str")
edit_case("loader: a local tag", APPEAL, "status: received", "status: !mine received",
          "tags ('!mine') are not allowed", at="!mine")
edit_case("loader: a tag on a mapping", APPEAL, "history:\n", "history: !!seq\n",
          "tags ('!!seq') are not allowed", at="!!seq")
edit_case("loader: duplicate key", APPEAL, "kind: application\n",
          "kind: application\nstatus: assigned\n", "duplicate key 'status' (first at line 3)",
          at="status: assigned")
edit_case("loader: duplicate key in a history entry", APPEAL, "    action: received",
          "    by: Другой\n    action: received", "duplicate key 'by' (first at line 21)",
          at="by: Другой")
edit_case("loader: a key that is a list", APPEAL, "kind: application", "[kind]: application",
          "a key must be a plain name", at="[kind]")
edit_case("loader: a complex key", APPEAL, "kind: application\n", "? {a: b}\n: application\n",
          "a key must be a plain name", at="{a: b}")
edit_case("loader: nesting deeper than 8", APPEAL, "route: administration",
          "route: [[[[[[[[x]]]]]]]]", "nesting deeper than 8 levels", at="[x")
edit_case("loader: an unterminated double quote", APPEAL, "subject: Exam resit after illness",
          'subject: "Exam resit after illness',
          "unterminated quoted string: a quoted value must end on its line", at='"Exam')
edit_case("loader: an unterminated single quote", APPEAL, "subject: Exam resit after illness",
          "subject: 'Exam resit after illness",
          "unterminated quoted string: a quoted value must end on its line", at="'Exam")
edit_case("loader: an escape \\e", APPEAL, "subject: Exam resit after illness",
          'subject: "Exam\\e resit"',
          "control character U+001B (written as an escape) is not allowed", at='"Exam')
edit_case("loader: an escape \\0", APPEAL, "subject: Exam resit after illness",
          'subject: "Exam\\0resit"',
          "control character U+0000 (written as an escape) is not allowed", at='"Exam')
edit_case("loader: an escape \\x85", APPEAL, "subject: Exam resit after illness",
          'subject: "Exam\\x85resit"',
          "control character U+0085 (written as an escape) is not allowed", at='"Exam')
edit_case("loader: an escape \\r", APPEAL, "subject: Exam resit after illness",
          'subject: "Exam\\rresit"',
          "control character U+000D (written as an escape) is not allowed", at='"Exam')
edit_case("loader: an unknown escape", APPEAL, "subject: Exam resit after illness",
          'subject: "Exam\\q"', "not valid YAML: unknown escape character: q", line=SUBJECT_LINE,
          column=17)
edit_case("loader: a tab in the indentation", APPEAL, "    action: received, for",
          "\taction: received, for", "not valid YAML: illegal tab when looking for indentation",
          at="\taction", mutate=False)
edit_case("loader: an unclosed flow sequence", STAFF, "roles: [class_teacher, teacher]",
          "roles: [class_teacher, teacher", "not valid YAML: end of sequence flow not found",
          line=4, column=6, mutate=False)
edit_case("loader: an unclosed flow mapping", BOOKING, "attendees: [omarova, smirnova]",
          "attendees: {omarova: smirnova", "not valid YAML: end of map flow not found",
          line=14, column=8, mutate=False)
edit_case("loader: a value continued on an indented line", APPEAL, "kind: application",
          "kind: application\n   extra", "'kind': expected one of request, application, "
          "complaint, got 'application extra'", at="application")
edit_case("loader: a block entry in a mapping", APPEAL, "kind: application",
          "kind: application\n- item", "not valid YAML: end of map not found", at="- item",
          mutate=False)
file_case("loader: an empty file", APPEAL, b"", 1, 1, "empty file: expected a mapping of fields")
file_case("loader: only comments", APPEAL, b"# nothing here\n# at all\n", 1, 1,
          "empty file: expected a mapping of fields")
file_case("loader: only blank lines", APPEAL, b"\n\n   \n", 1, 1,
          "empty file: expected a mapping of fields")
file_case("loader: only a document marker", APPEAL, b"---\n", 1, 1,
          "empty file: expected a mapping of fields")
file_case("loader: a scalar document", APPEAL, b"hello\n", 1, 1,
          "expected a mapping of fields, got 'hello'")
file_case("loader: a list document", APPEAL, b"- id: A-20261107-RZ80\n", 1, 1,
          "expected a mapping of fields, got a list")

# --- The files themselves -----------------------------------------------------

file_case("file: over 1 MiB", APPEAL, demo(APPEAL) + b"# " + b"x" * (1 << 20) + b"\n", 0, 0,
          "is larger than 1048576 bytes: not a parentdesk record")


def symlinked_record(s):
    s.move(APPEAL, "appeals/real.txt")
    s.symlink(APPEAL, "../real.txt")


CASES.append(Case("file: a record that is a symbolic link", [
    Probe(["report", "check"], 1,
          out=f"{APPEAL}: is a symbolic link: records must be regular files\n", err=CHECKED),
    Probe(MUTATIONS["appeals"], 5,
          err=f"appeal: error: {APPEAL}: is a symbolic link: records must be regular files\n"),
], setup=symlinked_record))
CASES.append(Case("file: a link to /dev/zero", [
    Probe(["report", "check"], 1,
          out="appeals/2026/A-20261101-ZER0.yaml: is a symbolic link: records must be regular "
              "files\n", err=CHECKED),
], setup=lambda s: s.symlink("appeals/2026/A-20261101-ZER0.yaml", "/dev/zero")))
CASES.append(Case("file: a FIFO named as a record", [
    Probe(["report", "check"], 1,
          out="appeals/2026/A-20261101-F1F0.yaml: is not a regular file\n", err=CHECKED),
    Probe(["appeal", "note", "F1F0", "Позвонили родителю."], 5,
          err="appeal: error: appeals/2026/A-20261101-F1F0.yaml: is not a regular file\n"),
], setup=lambda s: s.fifo("appeals/2026/A-20261101-F1F0.yaml")))
CASES.append(Case("file: a directory named as a record", [
    Probe(["report", "check"], 1,
          out="appeals/2026/A-20261101-D1R0.yaml: is not a regular file\n", err=CHECKED),
], setup=lambda s: s.mkdir("appeals/2026/A-20261101-D1R0.yaml")))


def symlinked_year(s):
    s.move("bookings/2026", "bookings-2026")
    s.symlink("bookings/2026", "../bookings-2026")


CASES.append(Case("file: a year directory that is a symbolic link", [
    Probe(["report", "check"], 5,
          err="report: error: bookings/2026: is a symbolic link: records must be in the store "
              "itself\n"),
    Probe(["book", "list"], 5,
          err="book: error: bookings/2026: is a symbolic link: records must be in the store "
              "itself\n"),
], setup=symlinked_year))
CASES.append(Case("file: a record copied under another ID's name", [
    Probe(["report", "check"], 1,
          out="appeals/2026/A-20261107-RZ81.yaml:1:5: 'id': the appeal 'A-20261107-RZ80' "
              "belongs in appeals/2026/A-20261107-RZ80.yaml\n", err=CHECKED),
], setup=lambda s: s.write("appeals/2026/A-20261107-RZ81.yaml", demo(APPEAL))))
CASES.append(Case("file: a traversal in a file name is not a record", [
    Probe(["report", "check"], 0, out="", err=re.compile(r"report: \d+ files checked, no "
                                                         r"problems\n")),
], setup=lambda s: s.write("appeals/2026/..yaml.tmp-abcdef", b"x")))

# --- The schemas: fields and values --------------------------------------------

edit_case("field: unknown, with a guess", APPEAL, "subject:", "subjet:",
          "'subjet': unknown field (did you mean 'subject'?)",
          also=[(1, 1, "'subject': required field is missing")])
edit_case("field: unknown, far from any", APPEAL, "route: administration",
          "route: administration\nzzz: 1",
          "'zzz': unknown field; expected one of: id, number, status, kind, channel, lang,",
          at="zzz", exact=False)
edit_case("field: unknown, with Cyrillic letters", APPEAL, "subject:", "subjеct:",
          "'subjеct': unknown field (did you mean 'subject'?)",
          also=[(1, 1, "'subject': required field is missing")])
edit_case("field: required, missing", APPEAL, "kind: application\n", "",
          "'kind': required field is missing", line=1, column=1)
edit_case("field: required, empty", APPEAL, "kind: application", "kind:",
          "'kind': required field is missing", line=1, column=1)
edit_case("field: required, null", APPEAL, "kind: application", "kind: null",
          "'kind': required field is missing", line=1, column=1)
edit_case("field: required, ~", APPEAL, "kind: application", "kind: ~",
          "'kind': required field is missing", line=1, column=1)
edit_case("field: required text, empty", APPEAL, "from: Tomiris Tursynova", 'from: ""',
          "'from': must not be empty", at='""')
edit_case("field: a line field over two lines", APPEAL, "subject: Exam resit after illness",
          'subject: "Exam resit\\nafter illness"', "'subject': expected a single line of text",
          at='"Exam')
edit_case("field: a line field as a block", APPEAL, "subject: Exam resit after illness",
          "subject: |\n  Exam resit\n  after illness", "'subject': expected a single line of text",
          at="|")
edit_case("field: a list where a value goes", APPEAL, "kind: application", "kind: [application]",
          "'kind': expected a single value, got a list", at="[application]")
edit_case("field: a mapping where a value goes", APPEAL, "kind: application",
          "kind: {a: application}", "'kind': expected a single value, got a mapping",
          at="{a: application}")
edit_case("field: a value where a list goes", STAFF, "roles: [class_teacher, teacher]",
          "roles: class_teacher", "'roles': expected a list, got 'class_teacher'",
          at="class_teacher", mutate=False)
edit_case("field: a mapping where a list goes", BOOKING, "attendees: [omarova, smirnova]",
          "attendees: {omarova: smirnova}", "'attendees': expected a list, got a mapping",
          at="{omarova")
edit_case("field: a value where a mapping goes", APPEAL, "  - at: 2026-11-07T10:09:23+05:00\n"
          "    by: Федорова И. О.\n"
          "    action: received, for the administration; due 2026-11-22", "  - received",
          "'history[1]': expected a mapping of fields, got 'received'", at="received")
edit_case("field: a history entry without an action", APPEAL,
          "    action: received, for the administration; due 2026-11-22\n", "",
          "'history[1].action': required field is missing", line=20, column=5)

# Enumerations.
for label, value, hint in (("misspelt", "recieved", " (did you mean 'received'?)"),
                           ("capitalised", "Received", " (did you mean 'received'?)"),
                           ("far from any", "lost", ""),
                           ("in Russian", "получено", ""),
                           ("with a trailing space, quoted", '"received "',
                            " (did you mean 'received'?)"),
                           ("with a no-break space", "received\u00a0x",
                            " (did you mean 'received'?)"),
                           ("with a zero-width space", "rece\u200bived",
                            " (did you mean 'received'?)"),
                           ("a number", "1", ""),
                           ("a boolean", "true", "")):
    shown = value.strip('"')
    edit_case(f"enum: status {label}", APPEAL, "status: received", f"status: {value}",
              "'status': expected one of received, assigned, answered, delivered, closed, "
              f"withdrawn, redirected{hint}, got '{shown}'", at=value)
edit_case("enum: kind in Russian", APPEAL, "kind: application", "kind: жалоба",
          "'kind': expected one of request, application, complaint, got 'жалоба'",
          at="жалоба")
edit_case("enum: channel", APPEAL, "channel: website", "channel: fax",
          "'channel': expected one of email, in_person, website, phone, messenger, e_journal, "
          "got 'fax'",
          at="fax")
edit_case("enum: lang", APPEAL, "lang: en", "lang: de",
          "'lang': expected one of kk, ru, en, got 'de'", at="de\n")
edit_case("enum: lang upper case", APPEAL, "lang: en", "lang: EN",
          "'lang': expected one of kk, ru, en (did you mean 'en'?), got 'EN'", at="EN")
edit_case("enum: booking source", BOOKING, "source: coordinator", "source: phone",
          "'source': expected one of coordinator, website, got 'phone'", at="phone")

# Dates.
RECEIVED_AT = "received: "
for value in ("2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-11-00",
              "2026-04-31", "26-11-07", "07.11.2026", "2026-11-7", "2026/11/07",
              "2026-11-07T10:00", "20261107", "２０２６-11-07", "'2026-11-07x'",
              "tomorrow", "0000-00-00"):
    shown = value.strip().strip("'")
    edit_case(f"date: received {value!r}", APPEAL, "received: 2026-11-07", f"received: {value}",
              f"'received': expected a date YYYY-MM-DD that exists, got '{shown}'",
              at=value.strip())
edit_case("date: a trailing space is not canonical", APPEAL, "received: 2026-11-07",
          "received: 2026-11-07 ", "not in canonical form: expected 'received: 2026-11-07' "
          "('report check --fix' rewrites it)", line=7, column=1, mutate=False)
edit_case("date: an empty quoted date", APPEAL, "received: 2026-11-07", 'received: ""',
          "'received': expected a date YYYY-MM-DD that exists, got ''", at='""')
edit_case("date: in a nested decision", MINUTES, "due: 2026-12-20", "due: 2026-12-32",
          "'decisions[1].due': expected a date YYYY-MM-DD that exists, got '2026-12-32'",
          at="2026-12-32")
edit_case("date: a consent signed on 31 September", CLASS, "signed: 2026-09-08}",
          "signed: 2026-09-31}",
          "'photo_consent[1].signed': expected a date YYYY-MM-DD that exists, got '2026-09-31'",
          at="2026-09-31")

# Times.
for value in ("15:5", "24:00", "15:60", "3pm", "1550", "15.50", "15:50:00", "-1:00", "１５:５０"):
    edit_case(f"time: booking {value!r}", BOOKING, 'time: "15:50"', f'time: "{value}"',
              f"'time': expected a time HH:MM, got '{value}'", at=f'"{value}"')

# Timestamps.
for value in ("2026-11-07 10:09:23+05:00", "2026-11-07T25:00:00+05:00",
              "2026-11-07T10:09:23", "2026-11-07T10:09:23+15:00", "2026-11-07T10:60:00+05:00",
              "2026-02-30T10:00:00+05:00", "2026-11-07T10:09+05:00", "2026-11-07T10:09:23+0500"):
    edit_case(f"timestamp: {value!r}", APPEAL, "at: 2026-11-07T10:09:23+05:00", f'at: "{value}"',
              "'history[1].at': expected a timestamp like 2026-11-24T15:30:00+05:00, "
              f"got '{value}'", at=f'"{value}"')

# Numbers.
for value, expected in (("twenty", "expected a whole number"), ('"20"', "expected a whole number"),
                        ("2.5", "expected a whole number"), ("0x14", "expected a whole number"),
                        ("1e2", "expected a whole number"), ("+20", "expected a whole number"),
                        ("99999999999999999999", "expected a whole number"),
                        ("4", "expected at least 5"), ("241", "expected at most 240"),
                        ("-20", "expected at least 5"), ("２０", "expected a whole number")):
    edit_case(f"number: booking length {value}", BOOKING, "length: 20", f"length: {value}",
              f"'length': {expected}, got '{value.strip(chr(34))}'", at=value)
edit_case("number: students in words", CLASS, "students: 24", "students: много",
          "'students': expected a whole number, got 'много'", at="много")

# Booleans and time zones (school.yaml).
for value in ("yes", "on", "True", '"true"', "1"):
    edit_case(f"boolean: autocommit {value}", SCHOOL, "git: {autocommit: true}",
              f"git: {{autocommit: {value}}}",
              f"'git.autocommit': expected true or false, got '{value.strip(chr(34))}'",
              at=value + "}")
for value in ("Asia/Almatyy", "../../etc/passwd", "UTC+5", "asia/almaty", ""):
    shown = value
    edit_case(f"timezone: {value!r}", SCHOOL, "timezone: Asia/Almaty", f'timezone: "{value}"',
              f"'timezone': expected a time zone such as Asia/Almaty, got '{shown}'",
              at=f'"{value}"')

# IDs and references.
for value in ("A-2026110-RZ80", "a-20261107-rz80", "A-20261107-RZ8U", "B-20261107-RZ80",
              "A-20261107-RZ80/../x", "../../etc/passwd", "A-20261107-RZ80 ", "A-20261307-RZ80"):
    edit_case(f"id: appeal {value!r}", APPEAL, "id: A-20261107-RZ80", f'id: "{value}"',
              f"'id': expected an ID like A-20261124-K7QM, got '{value}'", at=f'"{value}"')
for value in ("7Б", "../x", "7b", "7 B", ""):
    edit_case(f"ref: class {value!r}", APPEAL, "class: 11A", f'class: "{value}"',
              f"'class': expected a class ID like 7B, got '{value}'", at=f'"{value}"')
for value in ("Sidorenko", "../sidorenko", "сидоренко", "sido renko"):
    edit_case(f"ref: booking host {value!r}", BOOKING, "host: sidorenko", f'host: "{value}"',
              f"'host': expected a staff ID like abenova, got '{value}'", at=f'"{value}"')
edit_case("ref: a booking's appeal", BOOKING, "source: coordinator",
          "source: coordinator\nappeal: A-1",
          "'appeal': expected an ID like A-20261124-K7QM, got 'A-1'", at="A-1")
edit_case("id: the file names another ID", APPEAL, "id: A-20261107-RZ80",
          "id: A-20261107-RZ81", "'id': the appeal 'A-20261107-RZ81' belongs in "
          "appeals/2026/A-20261107-RZ81.yaml", at="A-20261107-RZ81")

# Unicode normalisation: a class ID typed with Cyrillic letters that look Latin,
# and a staff ID decomposed (NFD) are not the IDs they look like.
edit_case("unicode: a class ID with a Cyrillic В", APPEAL, "class: 11A", "class: 11А",
          "'class': expected a class ID like 7B, got '11А'", at="11А")
nfd = unicodedata.normalize("NFD", "abénova")
edit_case("unicode: a decomposed staff ID", BOOKING, "host: sidorenko", f"host: {nfd}",
          f"'host': expected a staff ID like abenova, got '{nfd}'", at=nfd)

# --- school.yaml ---------------------------------------------------------------

edit_case("school: a negative deadline", SCHOOL, "official: {days: 15,", "official: {days: -1,",
          "'deadlines.official.days': expected at least 1, got '-1'", at="-1")
edit_case("school: reception hours 25:00", SCHOOL, 'to: "17:00"', 'to: "25:00"',
          "'reception.director.to': expected a time HH:MM, got '25:00'", at='"25:00"')
edit_case("school: a weekday misspelt", SCHOOL, "days: [tue, thu], from: \"15:30\", to: \"17:00\"",
          "days: [tue, thur], from: \"15:30\", to: \"17:00\"",
          "'reception.director.days[2]': expected one of mon, tue, wed, thu, fri, sat, sun "
          "(did you mean 'thu'?), got 'thur'", at="thur")
edit_case("school: slot_minutes 0", SCHOOL, "slot_minutes: 20", "slot_minutes: 0",
          "'slot_minutes': expected at least 5, got '0'", at="0\n")
edit_case("school: ui_language de", SCHOOL, "ui_language: ru", "ui_language: de",
          "'ui_language': expected one of kk, ru, en, got 'de'", at="de ")
edit_case("school: a term that ends on 31 November", SCHOOL, "end: 2026-12-26}",
          "end: 2026-11-31}",
          "'terms[2].end': expected a date YYYY-MM-DD that exists, got '2026-11-31'",
          at="2026-11-31")
edit_case("school: the name missing", SCHOOL, "name: Школа-лицей № 27 «Болашак»\n", "",
          "'name': required field is missing", line=4, column=1)
edit_case("school: a holiday 2026-02-29", SCHOOL, "holidays: [2025-09-01,",
          "holidays: [2026-02-29,",
          "'holidays[1]': expected a date YYYY-MM-DD that exists, got '2026-02-29'",
          at="2026-02-29")

# --- The command line: IDs -------------------------------------------------------

USAGE_HINT = "Run '{tool} --help' for more information.\n"


def cli(name, args, code, err, out="", **kwargs):
    CASES.append(Case(name, [Probe(args, code, out=out, err=err, **kwargs)]))


for value in ("../x", "../../etc/passwd", "7MHP/../../x", "appeals/2026/A-20261030-7MHP",
              "A-20261030-7MHP.yaml", "****", "A-20261030-7MHP\u200b", "7MHP\u202e"):
    cli(f"id: appeal show {value!r}", ["appeal", "show", value], 4,
        f"appeal: error: no appeal matches '{value}'\n")
cli("id: appeal note ../../x", ["appeal", "note", "../../../x", "Текст"], 4,
    "appeal: error: no appeal matches '../../../x'\n")
cli("id: book cancel a traversal", ["book", "cancel", "../../school", "--reason", "x"], 4,
    "book: error: no booking matches '../../school'\n")
cli("id: minutes sign a traversal", ["minutes", "sign", "../../../etc", "--as", "chair",
                                     "--name", "Иванова М. П."], 4,
    "minutes: error: no minutes matches '../../../etc'\n")
for value in ("", "K7", "7MH", "*", "-"):
    cli(f"id: a suffix too short {value!r}", ["appeal", "show", value], 2,
        f"appeal: error: '{value}': an ID or a suffix of at least 4 characters is needed\n")
CASES.append(Case("id: an ambiguous suffix", [
    Probe(["appeal", "note", "RZ80", "Текст"], 4,
          err="appeal: error: 'RZ80' is ambiguous: A-20261107-RZ80, A-20261108-RZ80\n"),
], setup=lambda s: s.write("appeals/2026/A-20261108-RZ80.yaml", demo(APPEAL).replace(
    b"id: A-20261107-RZ80", b"id: A-20261108-RZ80"))))

# --- The command line: text ------------------------------------------------------

NEW = ["appeal", "new", "--from", "Сергеева Анна", "--class", "7B", "--to", "class_teacher",
       "--kind", "request", "--channel", "email", "--lang", "ru", "--subject", "Расписание",
       "--text", "Просим сообщить расписание."]


def new_with(option, value):
    args = list(NEW)
    if option in args:
        args[args.index(option) + 1] = value
    else:
        args += [option, value]
    return args


for label, value in (("RLO U+202E", "Анна\u202eанна"), ("LRO U+202D", "\u202dАнна"),
                     ("RLI U+2067", "Анна\u2067x\u2069"), ("PDF U+202C", "Анна\u202c"),
                     ("RLM U+200F", "Анна\u200f"), ("ALM U+061C", "Анна\u061c")):
    code = ord([c for c in value if unicodedata.category(c) == "Cf"][0])
    cli(f"text: a bidi control {label} in --from", new_with("--from", value), 2,
        f"appeal: error: --from: a bidirectional control (U+{code:04X}) is not allowed here: it "
        "can disguise the text on screen\n" + USAGE_HINT.format(tool="appeal"))
cli("text: a bidi control in --subject", new_with("--subject", "Оценки\u202e"), 2,
    "appeal: error: --subject: a bidirectional control (U+202E) is not allowed here: it can "
    "disguise the text on screen\n" + USAGE_HINT.format(tool="appeal"))
cli("text: a newline in --subject", new_with("--subject", "Оценки\nи расписание"), 2,
    "appeal: error: --subject: expected one line, got a line break\n"
    + USAGE_HINT.format(tool="appeal"))
cli("text: a carriage return in --from", new_with("--from", "Анна\r"), 2,
    "appeal: error: --from: expected one line, got a line break\n"
    + USAGE_HINT.format(tool="appeal"))
for code in (0x07, 0x1B, 0x7F, 0x09):
    cli(f"text: control U+{code:04X} in --from", new_with("--from", f"Анна{chr(code)}x"), 2,
        f"appeal: error: --from: a control character (U+{code:04X}) is not allowed here\n"
        + USAGE_HINT.format(tool="appeal"))
cli("text: an empty --from", new_with("--from", ""), 2, Has("appeal: error: "))
cli("text: a bidi control in the booking's parent",
    ["book", "add", "--with", "zhumabekova", "--date", "2026-12-01", "--time", "15:50",
     "--parent", "Сергеева\u202eАнна", "--class", "7B", "--topic", "Оценки"], 2,
    "book: error: --parent: a bidirectional control (U+202E) is not allowed here: it can "
    "disguise the text on screen\n" + USAGE_HINT.format(tool="book"))
cli("text: --text over the cap on stdin", new_with("--text", "-"), 2,
    "appeal: error: standard input: the text is over 512 KiB, more than a record may hold\n",
    stdin=b"x" * (2 << 20))
cli("text: invalid UTF-8 on stdin", new_with("--text", "-"), 2,
    "appeal: error: the text is not valid UTF-8\n", stdin=b"\xff\xfe")
cli("text: an empty decision on stdin", ["minutes", "decide", "XG9X", "--text", "-", "--owner",
                                         "ivanova", "--due", "2026-12-25"], 2,
    "minutes: error: the text is empty: give --text, --text-file or - for stdin\n", stdin=b"\n \n")
OVER = "the text is over 512 KiB, more than a record may hold\n"
cli("text: --text-file /dev/zero", NEW[:-2] + ["--text-file", "/dev/zero"], 2,
    "appeal: error: --text-file: " + OVER)
cli("text: --text-file /dev/stdin, endless", NEW[:-2] + ["--text-file", "/dev/stdin"], 2,
    "appeal: error: --text-file: " + OVER, stdin=b"y\n" * (1 << 20))
cli("text: --text-file a directory", NEW[:-2] + ["--text-file", "{store}"], 2,
    "appeal: error: --text-file: '{store}' is a directory\n")
cli("text: --text-file missing", NEW[:-2] + ["--text-file", "/nonexistent/letter.txt"], 2,
    "appeal: error: --text-file: cannot read '/nonexistent/letter.txt': No such file or "
    "directory\n")
cli("text: --text and --text-file", NEW + ["--text-file", "/etc/hostname"], 2,
    "appeal: error: give either --text or --text-file, not both\n")
CASES.append(Case("text: --text-file a huge file", [
    Probe(NEW[:-2] + ["--text-file", "{store}/big.txt"], 2,
          err="appeal: error: --text-file: " + OVER),
], setup=lambda s: s.write("big.txt", b"a" * (3 << 20))))
CASES.append(Case("text: --text-file with invalid UTF-8", [
    Probe(NEW[:-2] + ["--text-file", "{store}/latin1.txt"], 2,
          err="appeal: error: the text is not valid UTF-8\n"),
], setup=lambda s: s.write("latin1.txt", "Просим".encode("cp1251"))))
CASES.append(Case("text: minutes --notes-file /dev/zero", [
    Probe(["minutes", "new", "--kind", "class_meeting", "--date", "2026-11-23", "--class", "5A",
           "--title", "Итоги", "--notes-file", "/dev/zero"], 2,
          err=Has(OVER)),
]))

# --- The command line: dates, times, numbers, enums --------------------------------

for value in ("2026-02-30", "31.11.2026", "tomorrow", "2026-11-24T10:00", "24/11/2026",
              "2026-1-5", " 2026-11-24", "2026-11-24\u200b", "٢٠٢٦-١١-٢٤"):
    cli(f"date: --today {value!r}", ["appeal", "list", "--today", value], 2,
        f"appeal: error: --today: expected a date YYYY-MM-DD or DD.MM.YYYY that exists, got "
        f"'{value}'\n")
cli("date: $PARENTDESK_TODAY bad", ["appeal", "list"], 2,
    "appeal: error: $PARENTDESK_TODAY: expected a date YYYY-MM-DD or DD.MM.YYYY that exists, "
    "got '2026-13-01'\n", env={"PARENTDESK_TODAY": "2026-13-01"})
BOOK = ["book", "add", "--with", "zhumabekova", "--date", "2026-12-01", "--time", "15:50",
        "--parent", "Сергеева Анна", "--class", "7B", "--topic", "Оценки"]


def book_with(option, value):
    args = list(BOOK)
    if option in args:
        args[args.index(option) + 1] = value
    else:
        args += [option, value]
    return args


for value in ("2026-13-01", "30.02.2026", "1 December"):
    cli(f"date: book add --date {value!r}", book_with("--date", value), 2,
        f"book: error: --date: expected a date YYYY-MM-DD or DD.MM.YYYY that exists, got "
        f"'{value}'\n")
cli("time: book add --time ''", book_with("--time", ""), 2,
    "book: error: missing --time (stdin is not a terminal, so nothing is asked)\n")
for value in ("25:00", "15:5", "3pm", "15:50:00"):
    cli(f"time: book add --time {value!r}", book_with("--time", value), 2,
        Has(f"'{value}'"))
for value in ("0", "-5", "4", "241", "100000"):
    cli(f"number: book add --minutes {value}", book_with("--minutes", value), 2,
        f"book: error: --minutes: expected 5 to 240 minutes, got {value}\n")
for value in ("abc", "2.5", "20m", "twenty"):
    cli(f"number: book add --minutes {value!r}", book_with("--minutes", value), 2,
        "book: error: --minutes: the value is not allowed here\n"
        + USAGE_HINT.format(tool="book"))
cli("number: minutes new --present over --invited",
    ["minutes", "new", "--kind", "class_meeting", "--date", "2026-11-23", "--class", "5A",
     "--title", "Итоги", "--invited", "10", "--present", "20"], 3, Has("minutes: error: "))
cli("number: minutes new --invited -1",
    ["minutes", "new", "--kind", "class_meeting", "--date", "2026-11-23", "--class", "5A",
     "--title", "Итоги", "--invited", "-1"], 2, Has("--invited"))
for option, value in (("--kind", "letter"), ("--channel", "fax"), ("--lang", "de"),
                      ("--to", "mayor")):
    cli(f"enum: appeal new {option} {value}", new_with(option, value), 2,
        Has(f"appeal: error: {option}: expected one of "))
cli("enum: appeal new --kind misspelt in Russian", new_with("--kind", "жалобаа"), 2,
    "appeal: error: --kind: expected one of request, application, complaint, got 'жалобаа'\n"
    + USAGE_HINT.format(tool="appeal"))
cli("enum: deliver --via pigeon", ["appeal", "deliver", "80Q3", "--via", "pigeon"], 2,
    Has("appeal: error: --via: expected one of "))
cli("enum: minutes sign --as boss", ["minutes", "sign", "XG9X", "--as", "boss", "--name", "X"], 2,
    Has("minutes: error: --as: expected one of "))
cli("enum: minutes new --kind party", ["minutes", "new", "--kind", "party", "--date",
                                       "2026-11-23", "--title", "x"], 2,
    Has("minutes: error: --kind: expected one of "))
cli("enum: appeal list --status lost", ["appeal", "list", "--status", "lost"], 2,
    Has("appeal: error: --status: "))
cli("enum: --format xml", ["appeal", "list", "--format", "xml"], 2,
    Has("appeal: error: --format: expected one of "))
cli("ref: appeal new --class 7Я", new_with("--class", "7Я"), 4,
    "appeal: error: no class '7Я'\n")
cli("ref: appeal new --class ../x", new_with("--class", "../x"), 4,
    "appeal: error: no class '../x'\n")
cli("ref: appeal new --class ../../classes/7B", new_with("--class", "../../classes/7B"), 4,
    "appeal: error: no class '../../classes/7B'\n")
cli("ref: book add --with nobody", book_with("--with", "nobody"), 4,
    "book: error: no staff member 'nobody' in staff/\n")
cli("ref: book add --with ../omarova", book_with("--with", "../omarova"), 4,
    "book: error: no staff member '../omarova' in staff/ (did you mean 'omarova'?)\n")
cli("ref: minutes decide --owner ../x",
    ["minutes", "decide", "XG9X", "--text", "Сделать", "--owner", "../x", "--due",
     "2026-12-25"], 4, Has("minutes: error: "))
cli("unicode: --class in NFD is no class", new_with("--class", unicodedata.normalize(
    "NFD", "7Й")), 4, Has("appeal: error: no class "))

# --- The command line: options and stores ---------------------------------------------

cli("cli: an unknown option", ["appeal", "list", "--frobnicate"], 2,
    Has("appeal: error: "))
cli("cli: an unknown subcommand", ["appeal", "frobnicate"], 2, Has("appeal: error: "))
cli("cli: no subcommand", ["report"], 2, Has("report: error: "))
cli("cli: a missing option value", ["appeal", "list", "--status"], 2, Has("appeal: error: "))
cli("store: --store that does not exist", ["report", "check", "--store", "/nonexistent"], 4,
    "report: error: no store at '/nonexistent' (--store): school.yaml is missing; `report init` "
    "creates a store\n", store=False)
cli("store: --store a file", ["report", "check", "--store", "{store}/school.yaml"], 4,
    Has("report: error: no store at '"), store=False)
cli("store: $PARENTDESK_STORE empty directory", ["report", "check"], 4,
    "report: error: no store at '/' ($PARENTDESK_STORE): school.yaml is missing; `report init` "
    "creates a store\n", env={"PARENTDESK_STORE": "/"}, store=False)
CASES.append(Case("store: school.yaml is a FIFO", [
    Probe(["report", "check"], 1, out="school.yaml: is not a regular file\n", err=CHECKED),
    Probe(["appeal", "list"], 5, err="appeal: error: school.yaml: is not a regular file\n"),
], setup=lambda s: (s.move(SCHOOL, "school.orig"), s.fifo(SCHOOL))))
CASES.append(Case("store: school.yaml is a symbolic link", [
    Probe(["appeal", "list"], 5,
          err="appeal: error: school.yaml: is a symbolic link: records must be regular files\n"),
], setup=lambda s: (s.move(SCHOOL, "school.orig"), s.symlink(SCHOOL, "school.orig"))))
