"""report check: the demo store is clean, and each kind of broken file is
reported at its line with exit 1 and no file changed."""

import os
import unittest

from harness import APPEAL, APPEAL_FILE, StoreTest, position



class DemoStore(StoreTest):
    def test_demo_store_is_clean(self):
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertRegex(r.err, r"^report: \d+ files checked, no problems\n$")

    def test_a_valid_appeal_is_clean(self):
        self.write(APPEAL_FILE, APPEAL)
        r = self.run_tool("report", "check")
        self.assertEqual((r.code, r.out), (0, ""), r)

    def test_json_lists_nothing_when_clean(self):
        r = self.run_tool("report", "check", "--format", "json", "-q")
        self.assertEqual((r.code, r.out, r.err), (0, "[]\n", ""), r)


class BrokenStore(StoreTest):
    """Each test breaks one thing and expects exactly these stdout lines."""

    def expect(self, *lines):
        before = self.snapshot_now()
        r = self.run_tool("report", "check")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.out, "".join(line + "\n" for line in lines), r)
        self.assertRegex(r.err, r"report: \d+ files checked, \d+ problems?\n")
        self.assertEqual(self.snapshot_now(), before, "report check changed a file")

    def snapshot_now(self):
        from harness import snapshot

        return snapshot(self.store)

    def at(self, rel, needle, occurrence=1):
        line, column = position(self.read(rel), needle, occurrence)
        return f"{rel}:{line}:{column}"

    def test_bad_date(self):
        self.replace("school.yaml", "2027-03-08", "2027-02-30")
        self.expect(f"{self.at('school.yaml', '2027-02-30')}: 'holidays[22]': expected a date "
                    "YYYY-MM-DD that exists, got '2027-02-30'")

    def test_date_in_another_format(self):
        self.write(APPEAL_FILE, APPEAL.replace("received: 2026-11-10", "received: 10.11.2026"))
        self.expect(f"{self.at(APPEAL_FILE, '10.11.2026')}: 'received': expected a date "
                    "YYYY-MM-DD that exists, got '10.11.2026'")

    def test_wrong_type(self):
        self.replace("classes/7B.yaml", "students: 24", "students: много")
        self.expect(f"{self.at('classes/7B.yaml', 'много')}: 'students': expected a whole number, "
                    "got 'много'")

    def test_number_out_of_range(self):
        self.replace("classes/7B.yaml", "students: 24", "students: 240")
        self.expect(f"{self.at('classes/7B.yaml', '240')}: 'students': expected at most 60, got '240'")

    def test_unknown_field(self):
        self.replace("staff/abenova.yaml", "email:", "emial:")
        self.expect(f"{self.at('staff/abenova.yaml', 'emial')}: 'emial': unknown field "
                    "(did you mean 'email'?)")

    def test_bad_enum(self):
        self.replace("staff/abenova.yaml", "roles: [class_teacher, teacher]",
                     "roles: [class_teacher, techer]")
        self.expect(f"{self.at('staff/abenova.yaml', 'techer')}: 'roles[2]': expected one of "
                    "director, deputy, coordinator, class_teacher, psychologist, social_pedagogue, "
                    "teacher, secretary (did you mean 'teacher'?), got 'techer'")

    def test_bad_language_suggests_the_code(self):
        self.write(APPEAL_FILE, APPEAL.replace("lang: ru", "lang: kz"))
        self.expect(f"{self.at(APPEAL_FILE, 'kz')}: 'lang': expected one of kk, ru, en "
                    "(did you mean 'kk'?), got 'kz'")

    def test_missing_required_field(self):
        self.replace("classes/7B.yaml", "name: 7Б\n", "")
        self.expect("classes/7B.yaml:1:1: 'name': required field is missing")

    def test_bad_id(self):
        self.write(APPEAL_FILE, APPEAL.replace("id: A-20261110-K7QM", "id: A-2026-1"))
        self.expect(f"{self.at(APPEAL_FILE, 'A-2026-1')}: 'id': expected an ID like "
                    "A-20261124-K7QM, got 'A-2026-1'")

    def test_duplicate_id(self):
        self.write(APPEAL_FILE, APPEAL)
        other = "appeals/2025/A-20261110-K7QM.yaml"
        self.write(other, APPEAL)
        # The copy is invalid (its file name is another ID's): no duplicate on top.
        self.expect(f"{other}:1:5: 'id': the appeal 'A-20261110-K7QM' belongs in {APPEAL_FILE}")

    def test_dangling_staff_reference(self):
        self.replace("classes/7B.yaml", "teacher: ivanova", "teacher: ivanov")
        self.expect(f"{self.at('classes/7B.yaml', 'ivanov')}: 'teacher': no staff 'ivanov' "
                    "in the store")

    def test_dangling_class_reference(self):
        self.write(APPEAL_FILE, APPEAL.replace("class: 7B", "class: 7Z"))
        self.expect(f"{self.at(APPEAL_FILE, '7Z')}: 'class': no class '7Z' in the store")

    def test_dangling_appeal_reference(self):
        self.write(APPEAL_FILE, APPEAL.replace("due: 2026-11-25\n",
                                               "due: 2026-11-25\nrepeat_of: A-20261001-AAAA\n"))
        self.expect(f"{self.at(APPEAL_FILE, 'A-20261001-AAAA')}: 'repeat_of': no appeal "
                    "'A-20261001-AAAA' in the store")

    def test_file_in_the_wrong_place(self):
        os.rename(self.path("classes/7B.yaml"), self.path("classes/7A.yaml"))
        self.expect("classes/7A.yaml:1:5: 'id': the class '7B' belongs in classes/7B.yaml")

    def test_file_outside_the_layout(self):
        self.write("appeals/A-20261110-K7QM.yaml", APPEAL)
        self.expect("appeals/A-20261110-K7QM.yaml: not where a record of type 'appeal' belongs "
                    "(appeals/{year}/{id}.yaml)")

    def test_invalid_utf8(self):
        self.write("classes/7B.yaml", self.read("classes/7B.yaml").encode().replace(
            "7Б".encode(), b"7\xd0"))
        self.expect("classes/7B.yaml:2:8: invalid UTF-8 byte 0xD0: save the file as UTF-8")

    def test_duplicate_key(self):
        self.replace("classes/7B.yaml", "students: 24\n", "students: 24\nstudents: 25\n")
        self.expect(f"{self.at('classes/7B.yaml', 'students', 2)}: duplicate key 'students' "
                    f"(first at line {position(self.read('classes/7B.yaml'), 'students')[0]})")

    def test_unterminated_quote(self):
        self.replace("staff/abenova.yaml", "name: Абенова", 'name: "Абенова')
        quote = self.at("staff/abenova.yaml", '"')
        self.expect(f"{quote}: unterminated quoted string: "
                    "a quoted value must end on its line")

    def test_nul_byte(self):
        self.write("classes/7B.yaml", self.read("classes/7B.yaml").replace("7Б", "7\0Б").encode())
        self.expect("classes/7B.yaml:2:8: control character U+0000 is not allowed")

    def test_two_documents(self):
        self.write("classes/7B.yaml", self.read("classes/7B.yaml") + "---\nid: 7V\n")
        line = self.read("classes/7B.yaml").count("\n") - 1
        self.expect(f"classes/7B.yaml:{line}:1: a second YAML document: a record file holds "
                    "exactly one document")

    def test_conflict_markers(self):
        self.write("classes/7B.yaml", "<<<<<<< HEAD\nid: 7B\n=======\nid: 7V\n>>>>>>> theirs\n")
        self.expect("classes/7B.yaml:1:1: git conflict marker: resolve the merge conflict in this "
                    "file first")

    def test_not_yaml(self):
        self.write("classes/7B.yaml", "id: 7B\nname: [7Б\nteacher: ivanova\n")
        self.expect("classes/7B.yaml:3:8: not valid YAML: end of sequence flow not found")

    def test_plain_text(self):
        self.write("classes/7B.yaml", "Классный руководитель: Иванова\n")
        self.expect("classes/7B.yaml:1:1: 'Классный руководитель': unknown field; expected one "
                    "of: id, name, teacher, students, parents, photo_consent, history",
                    "classes/7B.yaml:1:1: 'id': required field is missing",
                    "classes/7B.yaml:1:1: 'name': required field is missing")

    def test_empty_file(self):
        self.write("classes/7B.yaml", "")
        self.expect("classes/7B.yaml:1:1: empty file: expected a mapping of fields")

    def test_crlf_line_ends(self):
        self.write("classes/7B.yaml", self.read("classes/7B.yaml").replace("\n", "\r\n"))
        self.expect("classes/7B.yaml:1:7: carriage return: line ends must be LF, not CRLF")

    def test_anchor(self):
        self.replace("classes/7B.yaml", "students: 24", "students: &n 24")
        self.expect(f"{self.at('classes/7B.yaml', '&n')}: anchors ('&name') are not allowed")

    def test_symlink(self):
        os.symlink("7B.yaml", self.path("classes/7V.yaml"))
        self.expect("classes/7V.yaml: is a symbolic link: records must be regular files")

    def test_file_too_large(self):
        self.replace("classes/7B.yaml", "students: 24\n", "students: 24\n" + "#" * (1 << 20) + "\n")
        self.expect("classes/7B.yaml: is larger than 1048576 bytes: not a parentdesk record")

    def test_not_canonical(self):
        self.replace("classes/7B.yaml", "teacher: ivanova", 'teacher: "ivanova"')
        self.expect("classes/7B.yaml:3:1: not in canonical form: expected 'teacher: ivanova' "
                    "('report check --fix' rewrites it)")

    def test_unknown_time_zone(self):
        self.replace("school.yaml", "timezone: Asia/Almaty", "timezone: Asia/Almati")
        self.expect(f"{self.at('school.yaml', 'Asia/Almati')}: 'timezone': expected a time zone "
                    "such as Asia/Almaty, got 'Asia/Almati'")

    def test_minutes_changed_after_signing(self):
        rel = "minutes/2026/M-20260910-56CM.yaml"
        self.replace(rel, "Установить навигационные указатели для посетителей",
                     "Установить указатели")
        self.expect(f"{self.at(rel, 'sha256:')}: 'digest': the minutes were changed after they "
                    "were signed (their content no longer matches the digest)")

    def test_two_live_bookings_of_one_host_overlap(self):
        # Two clones booked the same slot offline, and git merged both files.
        rel = "bookings/2026/B-20261116-H1P0.yaml"
        copy = "bookings/2026/B-20261120-ZZZZ.yaml"
        self.write(copy, self.read(rel).replace("B-20261116-H1P0", "B-20261120-ZZZZ"))
        line = position(self.read(copy), "time:")[0]
        self.expect(f"{copy}:{line}:7: 'time': 2026-11-24 15:50-16:10 overlaps booking "
                    "'B-20261116-H1P0' (15:50-16:10), and 'sidorenko' cannot be at both")

    def test_every_problem_of_the_store_is_listed(self):
        self.replace("classes/7B.yaml", "students: 24", "students: много")
        self.replace("staff/abenova.yaml", "email:", "emial:")
        r = self.run_tool("report", "check")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(len(r.out.splitlines()), 2, r)
        files = sum(name.endswith(".yaml") for _, _, names in os.walk(self.store) for name in names)
        self.assertEqual(r.err, f"report: {files} files checked, 2 problems\n")


class Fix(StoreTest):
    def test_fix_rewrites_what_is_not_canonical_and_nothing_else(self):
        self.replace("classes/7B.yaml", "teacher: ivanova", 'teacher: "ivanova"')
        other = self.read("classes/5A.yaml")
        r = self.run_tool("report", "check", "--fix")
        self.assertEqual((r.code, r.out), (0, ""), r)
        self.assertIn("rewrote 1 file in canonical form", r.err)
        self.assertIn("teacher: ivanova\n", self.read("classes/7B.yaml"))
        self.assertEqual(self.read("classes/5A.yaml"), other)

    def test_fix_leaves_invalid_files_alone(self):
        text = self.replace("classes/7B.yaml", "students: 24", "students: много")
        r = self.run_tool("report", "check", "--fix")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(self.read("classes/7B.yaml"), text)


if __name__ == "__main__":
    unittest.main()
