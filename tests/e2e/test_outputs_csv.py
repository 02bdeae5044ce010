"""CSV of every reading command (issue 15): one writer, RFC 4180 with CRLF
line ends, a header row also when nothing is listed, --bom wherever csv is
offered, and text a spreadsheet would run as a formula neutralised with a
leading apostrophe, while the JSON of the same records keeps the true value."""

import csv
import io
import json
import os
import shutil
import subprocess
import unittest

from harness import BIN, StoreTest

TODAY = "2026-11-24"
LINK = '=HYPERLINK("http://x","Нажми")'
BOM = b"\xef\xbb\xbf"

# The reading commands that offer csv: (name, arguments, arguments that list
# nothing or None, the day they run on for nothing).
COMMANDS = [
    ("appeal list", ["appeal", "list", "--status", "all"],
     ["appeal", "list", "--grep", "nothing like this"], TODAY),
    ("book list", ["book", "list", "--from", "2026-09-01"],
     ["book", "list", "--date", "2030-01-01"], TODAY),
    ("book visitors", ["book", "visitors", "--date", "2026-12-10"],
     ["book", "visitors", "--date", "2026-11-25"], TODAY),
    ("book slots", ["book", "slots", "--with", "nurlanova", "--from", "2026-12-01", "--days", "30"],
     ["book", "slots", "--with", "nurlanova", "--days", "7"], TODAY),
    ("minutes list", ["minutes", "list"], ["minutes", "list", "--since", "2030-01-01"], TODAY),
    ("report overdue", ["report", "overdue", "--due-soon", "--with-names"],
     ["report", "overdue", "--with-names"], "2026-10-11"),
    ("report appeals", ["report", "appeals"], None, None),
    ("report year", ["report", "year"], None, None),
    ("report compliance", ["report", "compliance"], None, None),
    ("report consent", ["report", "consent"], None, None),
    ("report check", ["report", "check"], None, None),
]

# Headers that scripts rely on, exactly.
HEADERS = {
    "appeal list": "id,number,status,kind,channel,lang,received,from,contact,student,class,"
                   "class_name,subject,route,assignee,due,repeat_of,due_soon,overdue,days_late,"
                   "on_time,delivered_on",
    "book list": "id,status,host,date,time,end,length,parent,contact,class,class_name,student,"
                 "topic,source,appeal,attendees,minutes,reason",
    "book visitors": "time,until,parent,host_name,room",
    "book slots": "date,day,time,end",
    "report overdue": "section,due,days_late,days_left,what,id,decision,class,class_name,staff,"
                      "detail,parent",
    "report appeals": "group,value,count",
    "report year": "criterion,value,basis",
    "report compliance": "class,class_name,kind,every,period,held,required,unsigned,planned,"
                         "status,due",
    "report consent": "class,class_name,student,consent,signed,year,count",
    "report check": "file,line,column,message",
}


def run_bytes(store, today, tool, *args):
    """The tool on the store, its standard output as bytes (CRLF kept)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
    environment.update({"LC_ALL": "C.UTF-8", "PARENTDESK_USER": "Тест", "PARENTDESK_LANG": "en"})
    proc = subprocess.run([os.path.join(BIN, tool), "--store", store, "--today", today, *args],
                          env=environment, capture_output=True, timeout=60)
    return proc


class CsvOutputs(StoreTest):
    def setUp(self):
        super().setUp()
        # Text as a parent or a clerk may type it: a live link, a phone
        # number, a mention, something like a negative number.
        self.overdue_appeal = self.new_id(
            "appeal", "new", "--from", LINK, "--kind", "complaint", "--channel", "email",
            "--lang", "ru", "--subject", "+7 701 000 00 00 перезвоните", "--student", "@ivan",
            "--contact=-5", "--class", "7B", "--received", "2026-10-01")
        self.minus_appeal = self.new_id(
            "appeal", "new", "--from", LINK, "--kind", "request", "--channel", "email",
            "--lang", "ru", "--subject=-5", "--received", "2026-11-20")
        self.booking = self.new_id(
            "book", "add", "--with", "nurlanova", "--date", "2026-12-10", "--time", "15:30",
            "--parent", LINK, "--contact", "+77010000000", "--student", "@ivan", "--class", "7B",
            "--topic=-1")
        self.minutes = self.new_id("minutes", "new", "--kind", "event", "--date", "2026-11-20",
                                   "--title", "@SUM(1+1)", "--chair", "=1+2")
        self.replace("classes/5B.yaml", "{student: Тұрсынов Нұрсұлтан,",
                     '{student: "@Тұрсынов Нұрсұлтан",')

    def new_id(self, tool, *args):
        proc = run_bytes(self.store, TODAY, tool, "--no-commit", *args)
        self.assertEqual(proc.returncode, 0, proc)
        return proc.stdout.decode().split()[0]

    def csv_of(self, args, today=TODAY, bom=True):
        proc = run_bytes(self.store, today, args[0], *args[1:], "--format", "csv",
                         *(["--bom"] if bom else []))
        self.assertIn(proc.returncode, (0, 1), proc)  # report check: 1 with problems
        return proc.stdout

    def rows_of(self, out):
        """The CSV's rows, read by Python's csv module, after checking the BOM,
        that every line ends with CRLF and that every row has the header's
        number of fields."""
        self.assertTrue(out.startswith(BOM), out[:20])
        text = out[len(BOM):].decode("utf-8")
        self.assertTrue(text.endswith("\r\n"), text[-20:])
        # Outside quoted fields every line end is CRLF: no bare LF.
        rows = list(csv.reader(io.StringIO(text, newline="")))
        self.assertEqual(text.replace("\r\n", "").count("\n"),
                         sum(cell.count("\n") for row in rows for cell in row))
        for row in rows:
            self.assertEqual(len(row), len(rows[0]), row)
        return rows

    def json_of(self, args, today=TODAY):
        proc = run_bytes(self.store, today, args[0], *args[1:], "--format", "json")
        self.assertIn(proc.returncode, (0, 1), proc)
        return json.loads(proc.stdout)

    def record(self, rows, key, value):
        """The row (a dict by header) whose `key` is `value`."""
        found = [dict(zip(rows[0], row)) for row in rows[1:] if dict(zip(rows[0], row))[key] == value]
        self.assertEqual(len(found), 1, (key, value, rows))
        return found[0]

    def test_every_command_gives_rfc_4180_with_a_bom_and_its_header(self):
        for name, args, _, _ in COMMANDS:
            with self.subTest(name):
                rows = self.rows_of(self.csv_of(args))
                if name != "report check":  # a valid store: only the header
                    self.assertGreater(len(rows), 1, name)
                if name in HEADERS:
                    self.assertEqual(",".join(rows[0]), HEADERS[name])
                listing = self.json_of(args)
                if isinstance(listing, list):  # an array of objects: the same keys
                    self.assertEqual(len(listing), len(rows) - 1)
                    if listing:
                        self.assertEqual(list(listing[0].keys()), rows[0])

    def test_without_bom_the_first_byte_is_the_header(self):
        for name, args, _, _ in COMMANDS:
            with self.subTest(name):
                out = self.csv_of(args, bom=False)
                self.assertFalse(out.startswith(BOM))
                self.assertTrue(out.split(b"\r\n")[0].decode().startswith(
                    HEADERS.get(name, "id,date,kind")), out[:80])

    def test_nothing_listed_still_prints_the_header(self):
        for name, _, empty, today in COMMANDS:
            if empty is None:
                continue
            with self.subTest(name):
                out = self.csv_of(empty, today=today)
                header = HEADERS.get(name)
                if header is None:  # minutes list: the keys of its JSON
                    header = self.csv_of(["minutes", "list"], bom=False).split(b"\r\n")[0].decode()
                self.assertEqual(out, BOM + header.encode() + b"\r\n")
                self.assertEqual(self.json_of(empty, today=today), [])

    def test_report_overdue_in_table_still_prints_nothing_when_nothing_is_late(self):
        for fmt in ("table", "markdown"):
            proc = run_bytes(self.store, "2026-10-11", "report", "overdue", "--format", fmt)
            self.assertEqual((proc.returncode, proc.stdout, proc.stderr), (0, b"", b""), fmt)

    def test_bom_is_refused_with_json_and_table(self):
        for fmt in ("json", "table"):
            proc = run_bytes(self.store, TODAY, "report", "appeals", "--format", fmt, "--bom")
            self.assertEqual(proc.returncode, 2, proc)
            self.assertIn(b"--bom: only with --format csv", proc.stderr)

    def test_appeal_list_neutralises_text_and_json_keeps_it(self):
        rows = self.rows_of(self.csv_of(["appeal", "list", "--status", "all"]))
        late = self.record(rows, "id", self.overdue_appeal)
        self.assertEqual((late["from"], late["subject"], late["student"], late["contact"]),
                         ("'" + LINK, "'+7 701 000 00 00 перезвоните", "'@ivan", "'-5"))
        self.assertEqual(late["days_late"], "39")  # a number: as it is
        self.assertEqual(late["class"], "7B")
        self.assertEqual(self.record(rows, "id", self.minus_appeal)["subject"], "'-5")
        raw = self.csv_of(["appeal", "list", "--status", "all"], bom=False).decode()
        self.assertIn(',"\'=HYPERLINK(""http://x"",""Нажми"")",\'-5,\'@ivan,7B,7Б,'
                      "'+7 701 000 00 00 перезвоните,", raw)
        listing = {a["id"]: a for a in self.json_of(["appeal", "list", "--status", "all"])}
        a = listing[self.overdue_appeal]
        self.assertEqual((a["from"], a["subject"], a["student"], a["contact"], a["days_late"]),
                         (LINK, "+7 701 000 00 00 перезвоните", "@ivan", "-5", 39))
        self.assertEqual(listing[self.minus_appeal]["subject"], "-5")

    def test_book_list_and_visitors(self):
        rows = self.rows_of(self.csv_of(["book", "list", "--date", "2026-12-10"]))
        b = self.record(rows, "id", self.booking)
        self.assertEqual((b["parent"], b["contact"], b["student"], b["topic"], b["length"]),
                         ("'" + LINK, "'+77010000000", "'@ivan", "'-1", "20"))
        [j] = [b for b in self.json_of(["book", "list", "--date", "2026-12-10"])
               if b["id"] == self.booking]
        self.assertEqual((j["parent"], j["contact"], j["student"], j["topic"], j["length"]),
                         (LINK, "+77010000000", "@ivan", "-1", 20))
        rows = self.rows_of(self.csv_of(["book", "visitors", "--date", "2026-12-10"]))
        self.assertEqual(rows[1], ["15:30", "15:50", "'" + LINK, "Нурланова Асель Кайратовна",
                                   "каб. 206"])
        visitors = self.json_of(["book", "visitors", "--date", "2026-12-10"])
        self.assertEqual(visitors[0]["parent"], LINK)

    def test_minutes_list(self):
        rows = self.rows_of(self.csv_of(["minutes", "list", "--since", "2026-11-20",
                                         "--until", "2026-11-20"]))
        m = self.record(rows, "id", self.minutes)
        self.assertEqual((m["title"], m["chair"]), ("'@SUM(1+1)", "'=1+2"))
        [j] = [m for m in self.json_of(["minutes", "list", "--since", "2026-11-20"])
               if m["id"] == self.minutes]
        self.assertEqual((j["title"], j["chair"]), ("@SUM(1+1)", "=1+2"))

    def test_report_overdue_with_names(self):
        args = ["report", "overdue", "--due-soon", "--with-names"]
        rows = self.rows_of(self.csv_of(args))
        late = self.record(rows, "id", self.overdue_appeal)
        self.assertEqual((late["section"], late["days_late"], late["parent"]),
                         ("overdue", "39", "'" + LINK))
        [j] = [i for i in self.json_of(args) if i["id"] == self.overdue_appeal]
        self.assertEqual((j["parent"], j["days_late"]), (LINK, 39))

    def test_report_consent(self):
        rows = self.rows_of(self.csv_of(["report", "consent", "--class", "5B"]))
        self.assertIn("'@Тұрсынов Нұрсұлтан", [dict(zip(rows[0], r))["student"] for r in rows[1:]])
        students = [r["student"] for r in self.json_of(["report", "consent", "--class", "5B"])]
        self.assertIn("@Тұрсынов Нұрсұлтан", students)

    def test_report_year_gives_keys_and_numbers(self):
        rows = self.rows_of(self.csv_of(["report", "year"]))
        values = {r[0]: r[1] for r in rows[1:]}
        self.assertEqual(values["parents_satisfaction"], "80.4")
        self.assertEqual(values["students_satisfaction"], "")  # no survey: no value, not '-
        self.assertEqual(len(values), 11)

    @unittest.skipUnless(shutil.which("soffice") or shutil.which("libreoffice"),
                         "LibreOffice is not installed (libreoffice-calc-nogui)")
    def test_libreoffice_reads_text_not_formulas(self):
        path = os.path.join(self.tmp, "visitors.csv")
        with open(path, "wb") as f:
            f.write(self.csv_of(["book", "visitors", "--date", "2026-12-10"]))
        office = shutil.which("soffice") or shutil.which("libreoffice")
        # A profile of its own, so that a running office or the user's
        # settings play no part; the CSV read as UTF-8 (76), comma and quote.
        profile = "-env:UserInstallation=file://" + os.path.join(self.tmp, "office")
        subprocess.run([office, profile, "--headless", "--infilter=CSV:44,34,76,1",
                        "--convert-to", "xlsx", "--outdir", self.tmp, path],
                       capture_output=True, timeout=120, check=True)
        xlsx = os.path.join(self.tmp, "visitors.xlsx")
        subprocess.run([office, profile, "--headless", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                        os.path.join(self.tmp, "back"), xlsx],
                       capture_output=True, timeout=120, check=True)
        with open(os.path.join(self.tmp, "back", "visitors.csv"), encoding="utf-8-sig") as f:
            back = list(csv.reader(f))
        # The neutralised cell comes back as the text written, with its
        # leading quote, not as a formula or the link's computed value.
        self.assertEqual(back[1][2], "'" + LINK)
        self.assertEqual(back[1][3], "Нурланова Асель Кайратовна")
        self.assertEqual(back[1][4], "каб. 206")


if __name__ == "__main__":
    unittest.main()
