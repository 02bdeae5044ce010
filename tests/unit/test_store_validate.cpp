// store/validate: a parsed file checked against its record schema, with
// messages that name the line, the column and the field.
#include "store/validate.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "store/schema.h"
#include "test_support.h"
#include "yaml/strict_yaml.h"

using pd::Value;

namespace {

struct Result {
  Value value;
  std::vector<std::string> problems;  // "line:col: message"
};

Result check(std::string_view type, std::string_view text) {
  pd::yaml::Node tree = pd::yaml::parse_strict(text, "f.yaml");
  std::vector<pd::Diagnostic> problems;
  Result result;
  result.value = pd::validate(tree, pd::schema_for(type), "f.yaml", problems);
  for (const auto& d : problems) {
    CHECK_EQ(d.file, "f.yaml");
    result.problems.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) +
                              ": " + d.message);
  }
  return result;
}

using Problems = std::vector<std::string>;

const std::string kStaff = "id: abenova\nname: Абенова Мадина Асхатовна\nroles: [class_teacher]\n";

const std::string kAppealHead =
    "id: A-20261124-K7QM\nstatus: received\nkind: complaint\nchannel: email\nlang: ru\n";
const std::string kAppealTail =
    "from: Иванова Анна\nsubject: Питание\ndue: 2026-12-09\nhistory:\n"
    "  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n    action: received\n";
const std::string kAppeal = kAppealHead + "received: 2026-11-24\n" + kAppealTail;

}  // namespace

TEST_CASE("a valid record gives typed values with their positions") {
  Result r = check("appeal", kAppeal);
  CHECK_EQ(r.problems, Problems{});
  CHECK_EQ(r.value.text("id"), "A-20261124-K7QM");
  CHECK_EQ(r.value.text("from"), "Иванова Анна");
  CHECK_EQ(r.value.date("received"), pd::Date(2026, 11, 24));
  CHECK_EQ(r.value.date("due"), pd::Date(2026, 12, 9));
  REQUIRE(r.value.get("received"));
  CHECK_EQ(r.value.get("received")->pos().line, 6);
  CHECK_EQ(r.value.get("received")->pos().column, 11);
  const pd::List* history = r.value.get("history")->as_list();
  REQUIRE(history);
  REQUIRE_EQ(history->size(), 1u);
  CHECK_EQ((*history)[0].text("at"), "2026-11-24T15:30:00+05:00");
  CHECK_EQ((*history)[0].text("action"), "received");

  Result klass = check("class", "id: 7B\nname: 7Б\nteacher: ivanova\nstudents: 24\nparents: 41\n");
  CHECK_EQ(klass.problems, Problems{});
  CHECK_EQ(klass.value.integer("students"), 24);
  CHECK_EQ(klass.value.text("teacher"), "ivanova");
}

TEST_CASE("an unknown field, with a did-you-mean when one is close") {
  CHECK_EQ(check("staff", "id: abenova\nnmae: X\nroles: [teacher]\n").problems,
           Problems{"2:1: 'nmae': unknown field (did you mean 'name'?)",
                    "1:1: 'name': required field is missing"});
  CHECK_EQ(check("appeal", kAppeal + "lnag: kk\n").problems,
           Problems{"14:1: 'lnag': unknown field (did you mean 'lang'?)"});
}

TEST_CASE("an unknown field without a close match lists the expected fields") {
  std::string staff_fields;
  for (const auto& field : pd::schema_for("staff").root.fields)
    staff_fields += (staff_fields.empty() ? "" : ", ") + field.name;
  CHECK_EQ(staff_fields.substr(0, 20), "id, name, roles, are");
  CHECK_EQ(check("staff", kStaff + "favourite: tea\n").problems,
           Problems{"4:1: 'favourite': unknown field; expected one of: " + staff_fields});
  CHECK_EQ(check("staff", kStaff + "reception: {days: [tue], from: \"15:30\", to: \"17:00\", "
                                   "room: 12}\n")
               .problems,
           Problems{"4:54: 'reception.room': unknown field; expected one of: days, from, to"});
}

TEST_CASE("a bad enum value, with a suggestion when one is close") {
  CHECK_EQ(check("appeal",
                 "id: A-20261124-K7QM\nstatus: recieved\nkind: complaint\nchannel: "
                 "mail\nlang: kz\nreceived: 2026-11-24\n" +
                     kAppealTail)
               .problems,
           Problems{"2:9: 'status': expected one of received, assigned, answered, delivered, "
                    "closed, withdrawn, redirected (did you mean 'received'?), got 'recieved'",
                    "4:10: 'channel': expected one of email, in_person, website, phone, "
                    "messenger, e_journal (did you mean 'email'?), got 'mail'",
                    "5:7: 'lang': expected one of kk, ru, en (did you mean 'kk'?), got 'kz'"});
  CHECK_EQ(check("staff", "id: abenova\nname: X\nroles: [teacher, cook]\n").problems,
           Problems{"3:18: 'roles[2]': expected one of director, deputy, coordinator, "
                    "class_teacher, psychologist, social_pedagogue, teacher, secretary, got "
                    "'cook'"});
}

TEST_CASE("missing required fields are reported at the mapping that lacks them") {
  CHECK_EQ(check("staff", "id: abenova\n").problems,
           Problems{"1:1: 'name': required field is missing",
                    "1:1: 'roles': required field is missing"});
  CHECK_EQ(check("appeal", "id: A-20261124-K7QM\nstatus: received\n").problems.at(0),
           "1:1: 'kind': required field is missing");
  // `key:` with nothing is an absent field.
  CHECK_EQ(check("staff", "id: abenova\nname:\nroles: [teacher]\n").problems,
           Problems{"1:1: 'name': required field is missing"});
  CHECK_EQ(check("staff", "id: abenova\nname: \"\"\nroles: [teacher]\n").problems,
           Problems{"2:7: 'name': must not be empty"});
  CHECK_EQ(check("staff", kStaff + "reception: {days: [tue], to: \"17:00\"}\n").problems,
           Problems{"4:12: 'reception.from': required field is missing"});
}

TEST_CASE("dates must exist") {
  CHECK_EQ(check("appeal", kAppealHead + "received: 2026-02-30\n" + kAppealTail).problems,
           Problems{"6:11: 'received': expected a date YYYY-MM-DD that exists, got "
                    "'2026-02-30'"});
  CHECK_EQ(check("appeal", kAppealHead + "received: 24.11.2026\n" + kAppealTail).problems,
           Problems{"6:11: 'received': expected a date YYYY-MM-DD that exists, got "
                    "'24.11.2026'"});
  CHECK_EQ(check("appeal", kAppealHead + "received: [2026-11-24]\n" + kAppealTail).problems,
           Problems{"6:11: 'received': expected a single value, got a list"});
}

TEST_CASE("times are exactly HH:MM") {
  CHECK_EQ(
      check("staff", kStaff + "reception: {days: [tue], from: \"9:30\", to: \"17:00\"}\n").problems,
      Problems{"4:32: 'reception.from': expected a time HH:MM, got '9:30'"});
  CHECK_EQ(check("staff", kStaff + "reception: {days: [tue], from: \"15:30\", to: \"24:00\"}\n")
               .problems,
           Problems{"4:45: 'reception.to': expected a time HH:MM, got '24:00'"});
}

TEST_CASE("integers: in range, and written as numbers") {
  CHECK_EQ(check("class", "id: 7B\nname: 7Б\nstudents: 61\nparents: -1\n").problems,
           Problems{"3:11: 'students': expected at most 60, got '61'",
                    "4:10: 'parents': expected at least 0, got '-1'"});
  CHECK_EQ(check("class", "id: 7B\nname: 7Б\nstudents: \"24\"\nparents: forty\n").problems,
           Problems{"3:11: 'students': expected a whole number, got '24'",
                    "4:10: 'parents': expected a whole number, got 'forty'"});
  CHECK_EQ(check("class", "id: 7B\nname: 7Б\nstudents: 24.0\n").problems,
           Problems{"3:11: 'students': expected a whole number, got '24.0'"});
  CHECK_EQ(check("class", "id: 7B\nname: 7Б\nstudents: 0\nparents: 120\n").problems, Problems{});
}

TEST_CASE("booleans are true or false, unquoted") {
  CHECK_EQ(check("school", "name: X\ngit: {autocommit: yes}\n").problems,
           Problems{"2:19: 'git.autocommit': expected true or false, got 'yes'"});
  CHECK_EQ(check("school", "name: X\ngit: {autocommit: \"true\"}\n").problems,
           Problems{"2:19: 'git.autocommit': expected true or false, got 'true'"});
  CHECK_EQ(check("school", "name: X\ngit: {autocommit: True}\n").problems,
           Problems{"2:19: 'git.autocommit': expected true or false, got 'True'"});
  Result ok = check("school", "name: X\ngit: {autocommit: false}\n");
  CHECK_EQ(ok.problems, Problems{});
  REQUIRE(ok.value.get("git"));
  REQUIRE(ok.value.get("git")->get("autocommit"));
  CHECK_EQ(*ok.value.get("git")->get("autocommit")->as_bool(), false);
}

TEST_CASE("the record's own ID has the form of its type") {
  CHECK_EQ(
      check("appeal", "id: B-20261124-K7QM\n" + kAppeal.substr(kAppeal.find('\n') + 1)).problems,
      Problems{"1:5: 'id': expected an ID like A-20261124-K7QM, got 'B-20261124-K7QM'"});
  CHECK_EQ(
      check("appeal", "id: A-20260230-K7QM\n" + kAppeal.substr(kAppeal.find('\n') + 1)).problems,
      Problems{"1:5: 'id': expected an ID like A-20261124-K7QM, got 'A-20260230-K7QM'"});
  CHECK_EQ(check("staff", "id: Abenova\nname: X\nroles: [teacher]\n").problems,
           Problems{"1:5: 'id': expected a value like abenova, got 'Abenova'"});
  CHECK_EQ(check("class", "id: 7Б\nname: 7Б\n").problems,
           Problems{"1:5: 'id': expected a value like 7B, got '7Б'"});
}

TEST_CASE("references have the ID form of the record type they name") {
  CHECK_EQ(check("appeal", kAppeal + "repeat_of: A-2026-1\n").problems,
           Problems{"14:12: 'repeat_of': expected an ID like A-20261124-K7QM, got 'A-2026-1'"});
  CHECK_EQ(check("appeal", kAppeal + "assignee: A-20261124-K7QM\n").problems,
           Problems{"14:11: 'assignee': expected a staff ID like abenova, got "
                    "'A-20261124-K7QM'"});
  CHECK_EQ(check("appeal", kAppeal + "class: 7b\n").problems,
           Problems{"14:8: 'class': expected a class ID like 7B, got '7b'"});
  CHECK_EQ(check("appeal", kAppeal + "class: 7B\nassignee: abenova\nrepeat_of: "
                                     "A-20261101-ABCD\n")
               .problems,
           Problems{});
}

TEST_CASE("paths name nested fields and list items from 1") {
  std::string history = kAppealHead + "received: 2026-11-24\n" +
                        "from: X\nsubject: S\ndue: 2026-12-09\nhistory:\n"
                        "  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n"
                        "    action: received\n"
                        "  - at: 2026-11-24 15:31\n    by: coordinator\n    action: assigned\n"
                        "  - by: coordinator\n";
  CHECK_EQ(check("appeal", history).problems,
           Problems{"14:9: 'history[2].at': expected a timestamp like "
                    "2026-11-24T15:30:00+05:00, got '2026-11-24 15:31'",
                    "17:5: 'history[3].at': required field is missing",
                    "17:5: 'history[3].action': required field is missing"});
  CHECK_EQ(check("school", "name: X\nterms:\n  - {name: Q1, start: 2026-09-01, end: 2026-10-32}\n")
               .problems,
           Problems{"3:40: 'terms[1].end': expected a date YYYY-MM-DD that exists, got "
                    "'2026-10-32'"});
}

TEST_CASE("a one-line string field refuses several lines") {
  CHECK_EQ(check("staff", "id: abenova\nname: |\n  Абенова\n  Мадина\nroles: [teacher]\n").problems,
           Problems{"2:7: 'name': expected a single line of text"});
  CHECK_EQ(check("appeal", kAppealHead + "received: 2026-11-24\nfrom: X\nsubject: \"a\\nb\"\n" +
                               "due: 2026-12-09\nhistory: []\n")
               .problems,
           Problems{"8:10: 'subject': expected a single line of text"});
  // A text field takes them.
  Result text = check("appeal", kAppeal + "text: |\n  Строка 1\n  Строка 2\n");
  CHECK_EQ(text.problems, Problems{});
  CHECK_EQ(text.value.text("text"), "Строка 1\nСтрока 2\n");
}

TEST_CASE("string patterns, shown by their example") {
  CHECK_EQ(check("staff", kStaff + "email: not-an-address\n").problems,
           Problems{"4:8: 'email': expected a value like name@school.kz, got 'not-an-address'"});
  CHECK_EQ(
      check("staff", kStaff + "email: m.abenova@school27.kz\nphone: +7 727 000 00 00\n").problems,
      Problems{});
}

TEST_CASE("timestamps and time zones") {
  CHECK_EQ(check("school", "name: X\ntimezone: Mars/Base\n").problems,
           Problems{"2:11: 'timezone': expected a time zone such as Asia/Almaty, got 'Mars/Base'"});
  CHECK_EQ(check("school", "name: X\ntimezone: Asia/Almaty\n").problems, Problems{});
}

TEST_CASE("the shape of a value: mapping, list or single value") {
  CHECK_EQ(check("staff", "id: abenova\nname: X\nroles: teacher\n").problems,
           Problems{"3:8: 'roles': expected a list, got 'teacher'"});
  CHECK_EQ(check("staff", kStaff + "reception: tue\n").problems,
           Problems{"4:12: 'reception': expected a mapping of fields, got 'tue'"});
  CHECK_EQ(check("staff", "id: abenova\nname: {first: M}\nroles: [teacher]\n").problems,
           Problems{"2:7: 'name': expected a single value, got a mapping"});
  CHECK_EQ(check("staff", "- id: abenova\n").problems,
           Problems{"1:1: expected a mapping of fields, got a list"});
}

TEST_CASE("every problem is reported, not only the first") {
  Result r =
      check("class", "id: 7b\nname: \"\"\nteacher: X\nstudents: 100\nparents: -5\nstudnets: 1\n");
  CHECK_EQ(r.problems, Problems{"1:5: 'id': expected a value like 7B, got '7b'",
                                "2:7: 'name': must not be empty",
                                "3:10: 'teacher': expected a staff ID like abenova, got 'X'",
                                "4:11: 'students': expected at most 60, got '100'",
                                "5:10: 'parents': expected at least 0, got '-5'",
                                "6:1: 'studnets': unknown field (did you mean 'students'?)"});
}

TEST_CASE("Diagnostic::str renders file:line:col: message") {
  pd::Diagnostic d{"appeals/2026/A-20261124-K7QM.yaml", {6, 11}, "'received': bad"};
  CHECK_EQ(d.str(), "appeals/2026/A-20261124-K7QM.yaml:6:11: 'received': bad");
  pd::Diagnostic whole{"big.yaml", {}, "too large"};
  CHECK_EQ(whole.str(), "big.yaml: too large");
}
