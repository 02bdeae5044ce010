// appeal/intake, routing, escalation, answer, closing, extension, redirect,
// notes, record_check: what each change does to the record, and what it
// refuses.
#include <doctest/doctest.h>

#include <string>

#include "appeal/answer.h"
#include "appeal/closing.h"
#include "appeal/escalation.h"
#include "appeal/extension.h"
#include "appeal/intake.h"
#include "appeal/notes.h"
#include "appeal/record_check.h"
#include "appeal/redirect.h"
#include "appeal/routing.h"
#include "core/error.h"
#include "store/canonical.h"
#include "store/schema.h"
#include "test_appeal_support.h"

using pd::Date;
using pd::Value;
namespace ap = pd::appeal;

namespace {

ap::NewAppeal request(std::string lang = "kk", std::string route = "administration") {
  ap::NewAppeal a;
  a.from = "Әсем Ғалымқызы";
  a.kind = "request";
  a.channel = "email";
  a.lang = lang;
  a.subject = "Үй тапсырмасы";
  a.class_id = "7B";
  a.route = route;
  return a;
}

// The code and message of the error `f` throws.
template <typename F>
std::pair<pd::ExitCode, std::string> error_of(F&& f) {
  try {
    f();
  } catch (const pd::Error& e) {
    return {e.code(), e.what()};
  }
  return {pd::ExitCode::ok, ""};
}

std::string last_action(const Value& appeal) {
  return std::string(appeal.get("history")->as_list()->back().text("action"));
}

}  // namespace

TEST_CASE("new: to the administration, the coordinator and 15 days") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  ap::NewAppeal input = request();
  input.text = "Сәлеметсіз бе.  \n\nСұрағым бар.\n\n\n";
  Value v = ap::new_appeal("A-20261124-K7QM", input, *on);
  CHECK_EQ(v.text("status"), "assigned");
  CHECK_EQ(v.text("route"), "administration");
  CHECK_EQ(v.text("assignee"), "omarova");
  CHECK_EQ(v.date("received"), Date(2026, 11, 24));
  CHECK_EQ(v.date("due"), Date(2026, 12, 9));
  CHECK_EQ(v.text("text"), "Сәлеметсіз бе.\n\nСұрағым бар.\n");
  CHECK_EQ(last_action(v), "received, for the administration; assigned to omarova; due 2026-12-09");
  // what new_appeal makes is a valid record
  CHECK_NOTHROW(pd::to_canonical_yaml(v, pd::schema_for("appeal")));
}

TEST_CASE("new: to the class teacher, the class's teacher and 5 days from receipt") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  ap::NewAppeal input = request("kk", "class_teacher");
  input.class_id = "5Ә";  // the class's name finds it too
  input.received = Date(2026, 11, 23);
  Value v = ap::new_appeal("A-20261124-K7QM", input, *on);
  CHECK_EQ(v.text("class"), "5B");
  CHECK_EQ(v.text("assignee"), "kasymova");
  CHECK_EQ(v.text("route"), "class_teacher");
  CHECK_EQ(v.date("due"), Date(2026, 11, 28));
}

TEST_CASE("new: what is refused") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  auto refuse = [&](ap::NewAppeal input) {
    return error_of([&] { ap::new_appeal("A-20261124-K7QM", input, *on); });
  };
  ap::NewAppeal a = request("kk", "class_teacher");
  a.class_id = "";
  CHECK_EQ(refuse(a), std::pair{pd::ExitCode::usage,
                                std::string("--to class_teacher needs --class: whose class "
                                            "teacher?")});
  a.class_id = "9A";
  CHECK_EQ(refuse(a).first, pd::ExitCode::refused);
  a.class_id = "9Z";
  CHECK_EQ(refuse(a).first, pd::ExitCode::not_found);
  a = request("kz");
  CHECK_EQ(refuse(a), std::pair{pd::ExitCode::usage,
                                std::string("--lang: expected one of kk, ru, en, got 'kz' (did "
                                            "you mean 'kk'?)")});
  a = request();
  a.kind = "complain";
  CHECK_EQ(refuse(a).second,
           "--kind: expected one of request, application, complaint, got 'complain' (did you "
           "mean 'complaint'?)");
  a = request();
  a.route = "director";
  CHECK_EQ(refuse(a).first, pd::ExitCode::usage);
  a = request();
  a.received = Date(2026, 11, 25);
  CHECK_EQ(refuse(a).second, "--received: 2026-11-25 is after today (2026-11-24)");
  a = request();
  a.subject = "   ";
  CHECK_EQ(refuse(a).first, pd::ExitCode::usage);
  a = request();
  on.settings().languages = {"kk", "ru"};
  a.lang = "en";
  CHECK_EQ(refuse(a).first, pd::ExitCode::usage);
}

TEST_CASE("assign: another member of staff; route and due stay") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  Value v = ap::new_appeal("A-20261124-K7QM", request(), *on);
  ap::assign(v, "ivanova", *on);
  CHECK_EQ(v.text("assignee"), "ivanova");
  CHECK_EQ(v.text("route"), "administration");
  CHECK_EQ(v.date("due"), Date(2026, 12, 9));
  CHECK_EQ(last_action(v), "assigned to ivanova");
  CHECK_EQ(error_of([&] { ap::assign(v, "ivanova", *on); }).first, pd::ExitCode::refused);
  CHECK_EQ(error_of([&] { ap::assign(v, "ivanva", *on); }),
           std::pair{pd::ExitCode::not_found,
                     std::string("no staff member 'ivanva' (did you mean 'ivanova'?)")});
}

TEST_CASE("A2: escalate: to the coordinator, due the official deadline after escalation") {
  pd::test::AppealStore s;
  Value v;
  {
    pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
    v = ap::new_appeal("A-20261124-K7QM", request("kk", "class_teacher"), *on);
  }
  pd::test::ActionOn later(s.store(), Date(2026, 11, 27));
  ap::escalate(v, "Мұғалім шеше алмады", *later);
  CHECK_EQ(v.text("route"), "administration");
  CHECK_EQ(v.text("assignee"), "omarova");
  CHECK_EQ(v.text("status"), "assigned");
  CHECK_EQ(v.date("due"), Date(2026, 12, 12));
  const Value* e = v.get("escalated");
  REQUIRE(e);
  CHECK_EQ(e->date("date"), Date(2026, 11, 27));
  CHECK_EQ(e->text("from"), "ivanova");
  CHECK_EQ(e->date("previous_due"), Date(2026, 11, 29));
  CHECK_EQ(e->text("reason"), "Мұғалім шеше алмады");
  CHECK_EQ(last_action(v),
           "escalated to the administration; assigned to omarova; due 2026-12-12 (was "
           "2026-11-29)");
  CHECK_EQ(error_of([&] { ap::escalate(v, "", *later); }),
           std::pair{pd::ExitCode::refused,
                     std::string("'A-20261124-K7QM': already with the administration; only a "
                                 "request to the class teacher is escalated")});
}

TEST_CASE("A1: respond in the appeal's language only; deliver on or before today") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  Value v = ap::new_appeal("A-20261124-K7QM", request("ru"), *on);
  Value before = v;
  CHECK_EQ(error_of([&] { ap::respond(v, "en", "Dear parent", *on); }),
           std::pair{pd::ExitCode::refused,
                     std::string("'A-20261124-K7QM': the answer must be in the language of the "
                                 "appeal, 'ru', not 'en' (A1)")});
  CHECK_EQ(pd::to_canonical_yaml(v, pd::schema_for("appeal")),
           pd::to_canonical_yaml(before, pd::schema_for("appeal")));
  CHECK_EQ(error_of([&] { ap::deliver(v, "email", std::nullopt, *on); }).first,
           pd::ExitCode::refused);
  ap::respond(v, "ru", "Уважаемая Анна Петровна,\nответ.\n", *on);
  CHECK_EQ(v.text("status"), "answered");
  CHECK_EQ(v.get("response")->text("lang"), "ru");
  CHECK_EQ(v.get("response")->text("by"), "Тест");
  CHECK_EQ(v.get("response")->date("date"), Date(2026, 11, 24));
  ap::respond(v, "ru", "Исправленный ответ", *on);
  CHECK_EQ(last_action(v), "answer replaced in ru");
  CHECK_EQ(error_of([&] { ap::deliver(v, "post", std::nullopt, *on); }).first, pd::ExitCode::usage);
  CHECK_EQ(error_of([&] { ap::deliver(v, "email", Date(2026, 11, 25), *on); }).second,
           "'A-20261124-K7QM': cannot record a delivery on 2026-11-25, after today (2026-11-24)");
  CHECK_EQ(error_of([&] { ap::deliver(v, "email", Date(2026, 11, 23), *on); }).first,
           pd::ExitCode::refused);
  ap::deliver(v, "in_person", std::nullopt, *on);
  CHECK_EQ(v.text("status"), "delivered");
  CHECK_EQ(v.get("delivered")->text("via"), "in_person");
  CHECK_EQ(last_action(v), "delivered 2026-11-24 via in_person, on time");
}

TEST_CASE("deliver after the due date says how late") {
  pd::test::AppealStore s;
  Value v;
  {
    pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
    v = ap::new_appeal("A-20261124-K7QM", request("ru"), *on);
    ap::respond(v, "ru", "Ответ", *on);
  }
  pd::test::ActionOn late(s.store(), Date(2026, 12, 11));
  ap::deliver(v, "email", std::nullopt, *late);
  CHECK_EQ(last_action(v), "delivered 2026-12-11 via email, 2 days late");
}

TEST_CASE("close needs a reason unless delivered; withdraw does not") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  Value v = ap::new_appeal("A-20261124-K7QM", request(), *on);
  CHECK_EQ(error_of([&] { ap::close(v, ap::Closing::closed, "", *on); }).second,
           "'A-20261124-K7QM': closing an appeal that was not delivered needs --reason");
  Value w = v;
  ap::close(w, ap::Closing::withdrawn, "", *on);
  CHECK_EQ(w.text("status"), "withdrawn");
  CHECK_EQ(w.get("closed")->date("date"), Date(2026, 11, 24));
  ap::close(v, ap::Closing::closed, "Дубликат A-20261120-AAAA", *on);
  CHECK_EQ(v.text("status"), "closed");
  CHECK_EQ(v.get("closed")->text("reason"), "Дубликат A-20261120-AAAA");
}

TEST_CASE("extend: once, with a reason, after the due date, within 60 days of receipt") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  Value v = ap::new_appeal("A-20261124-K7QM", request(), *on);
  CHECK_EQ(error_of([&] { ap::extend(v, Date(2027, 1, 10), " ", std::nullopt, *on); }).first,
           pd::ExitCode::usage);
  CHECK_EQ(
      error_of([&] { ap::extend(v, Date(2026, 12, 9), "Проверка", std::nullopt, *on); }).second,
      "'A-20261124-K7QM': --until 2026-12-09 is not after the due date 2026-12-09");
  CHECK_EQ(
      error_of([&] { ap::extend(v, Date(2027, 1, 24), "Проверка", std::nullopt, *on); }).second,
      "'A-20261124-K7QM': --until 2027-01-24 is past the latest possible due date "
      "2027-01-23 (60 days after receipt on 2026-11-24)");
  ap::extend(v, Date(2027, 1, 23), "Проверка комиссии", std::nullopt, *on);
  CHECK_EQ(v.date("due"), Date(2027, 1, 23));
  CHECK_EQ(v.get("extension")->date("previous_due"), Date(2026, 12, 9));
  CHECK_EQ(last_action(v), "extended; due 2027-01-23 (was 2026-12-09)");
  CHECK_EQ(error_of([&] { ap::extend(v, Date(2027, 1, 20), "Ещё", std::nullopt, *on); }).second,
           "'A-20261124-K7QM': already extended once, on 2026-11-24 to 2027-01-23; an appeal is "
           "extended only once");
}

TEST_CASE("redirect: closes it, due the redirect deadline from receipt") {
  pd::test::AppealStore s;
  Value v;
  {
    pd::test::ActionOn on(s.store(), Date(2026, 11, 27));
    v = ap::new_appeal("A-20261127-K7QM", request("ru"), *on);
  }
  pd::test::ActionOn on(s.store(), Date(2026, 12, 3));
  CHECK_EQ(error_of([&] { ap::redirect(v, " ", "", *on); }).first, pd::ExitCode::usage);
  ap::redirect(v, "Управление образования г. Алматы", "Вопрос о зачислении", *on);
  CHECK_EQ(v.text("status"), "redirected");
  CHECK_EQ(v.date("due"), Date(2026, 12, 2));
  CHECK_EQ(v.get("redirect")->date("previous_due"), Date(2026, 12, 12));
  CHECK_EQ(v.get("redirect")->date("date"), Date(2026, 12, 3));
  CHECK_EQ(error_of([&] { ap::respond(v, "ru", "Ответ", *on); }).first, pd::ExitCode::refused);
}

TEST_CASE("notes are added in any status") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  Value v = ap::new_appeal("A-20261124-K7QM", request(), *on);
  ap::close(v, ap::Closing::withdrawn, "", *on);
  ap::add_note(v, "Ата-анамен телефон арқылы сөйлестік", *on);
  ap::add_note(v, "Екінші жазба\nекі жол", *on);
  const pd::List& notes = *v.get("notes")->as_list();
  REQUIRE_EQ(notes.size(), 2u);
  CHECK_EQ(notes[0].text("text"), "Ата-анамен телефон арқылы сөйлестік");
  CHECK_EQ(notes[1].text("text"), "Екінші жазба\nекі жол\n");
  CHECK_EQ(notes[0].text("by"), "Тест");
  CHECK_EQ(error_of([&] { ap::add_note(v, "\n \n", *on); }).first, pd::ExitCode::usage);
}

TEST_CASE("record_check: the language of the answer and the facts each status needs") {
  pd::test::AppealStore s;
  pd::test::ActionOn on(s.store(), Date(2026, 11, 24));
  Value v = ap::new_appeal("A-20261124-K7QM", request("ru"), *on);
  ap::respond(v, "ru", "Ответ", *on);
  pd::Record record{&pd::schema_for("appeal"), "appeals/2026/A-20261124-K7QM.yaml", v};
  CHECK(ap::check_appeal(record, on.settings()).empty());
  record.value.get("response")->set("lang", "en");
  record.value.set("status", "delivered");
  std::vector<std::string> problems;
  for (const auto& p : ap::check_appeal(record, on.settings()))
    problems.push_back(p.message);
  CHECK_EQ(problems, std::vector<std::string>{
                         "'response.lang': the answer must be in the language of the appeal, "
                         "'ru' (A1)",
                         "'delivered': a delivered appeal needs 'delivered: {on, via}'"});
}
