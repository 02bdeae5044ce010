// minutes/decisions: numbering, done, and the status of a decision.
#include "minutes/decisions.h"

#include <doctest/doctest.h>

#include "minutes/signing.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::DecisionStatus;
using pd::ExitCode;
using pd::test::class_meeting;
using pd::test::error_of;

TEST_CASE("decisions are numbered from 1, one more than the highest so far") {
  pd::Value minutes = class_meeting();
  CHECK(pd::next_decision_number(minutes) == 1);
  CHECK(pd::add_decision(minutes, {"Провести опрос", "omarova", Date(2026, 10, 15)}) == 1);
  CHECK(pd::add_decision(minutes, {"Экскурсия", "ivanova", Date(2026, 9, 18)}) == 2);
  const pd::Value* second = pd::find_decision(minutes, 2);
  REQUIRE(second != nullptr);
  CHECK(second->text("text") == "Экскурсия");
  CHECK(second->text("owner") == "ivanova");
  CHECK(second->date("due") == Date(2026, 9, 18));
  CHECK(second->get("done") == nullptr);

  // A hand edit removed decision 2 and numbered one 7: numbers are not reused.
  pd::List& list = *minutes.get("decisions")->as_list();
  list.pop_back();
  list[0].set("number", 7);
  CHECK(pd::next_decision_number(minutes) == 8);
  CHECK(pd::add_decision(minutes, {"Ещё одно", "omarova", Date(2026, 11, 1)}) == 8);
}

TEST_CASE("a decision due before the meeting is refused") {
  pd::Value minutes = class_meeting();
  auto [code, message] = error_of([&] {
    pd::add_decision(minutes, {"Поздно", "omarova", Date(2026, 9, 17)});
  });
  CHECK(code == ExitCode::refused);
  CHECK(message == "'--due': 2026-09-17 is before the meeting on 2026-09-18");
  CHECK(minutes.get("decisions") == nullptr);
}

TEST_CASE("no decision can be added to frozen minutes; done still can be marked") {
  pd::Value minutes = class_meeting();
  pd::add_decision(minutes, {"Провести опрос", "omarova", Date(2026, 10, 15)});
  pd::sign(minutes, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  pd::sign(minutes, pd::Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 19));
  CHECK(error_of([&] {
          pd::add_decision(minutes, {"Ещё", "omarova", Date(2026, 10, 15)});
        }).first == ExitCode::refused);
  CHECK(pd::next_decision_number(minutes) == 2);

  pd::mark_done(minutes, 1, Date(2026, 10, 2));
  CHECK(pd::find_decision(minutes, 1)->date("done") == Date(2026, 10, 2));
}

TEST_CASE("no decision can be added once the chair alone has signed; done still can be marked") {
  pd::Value minutes = class_meeting();
  pd::add_decision(minutes, {"Провести опрос", "omarova", Date(2026, 10, 15)});
  pd::sign(minutes, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  auto [code, message] = error_of([&] {
    pd::add_decision(minutes, {"Ещё", "omarova", Date(2026, 10, 15)});
  });
  CHECK(code == ExitCode::refused);
  CHECK(message ==
        "'M-20260918-K7QM': cannot add a decision to minutes the chair signed on 2026-09-19: the "
        "secretary is to sign the same text; only marking a decision done is allowed");
  CHECK(pd::next_decision_number(minutes) == 2);
  pd::mark_done(minutes, 1, Date(2026, 9, 20));
  CHECK(pd::find_decision(minutes, 1)->date("done") == Date(2026, 9, 20));
}

TEST_CASE("a decision of a meeting still to come cannot be done before it; on its day it can") {
  pd::Value minutes = class_meeting();  // 2026-09-18
  pd::add_decision(minutes, {"Провести опрос", "omarova", Date(2026, 10, 15)});
  auto [code, message] = error_of([&] { pd::mark_done(minutes, 1, Date(2026, 9, 17)); });
  CHECK(code == ExitCode::refused);
  CHECK(message == "'M-20260918-K7QM': decision 1 cannot be done before the meeting on 2026-09-18");
  CHECK(pd::find_decision(minutes, 1)->get("done") == nullptr);
  pd::mark_done(minutes, 1, Date(2026, 9, 18));
  CHECK(pd::find_decision(minutes, 1)->date("done") == Date(2026, 9, 18));
}

TEST_CASE("done: an unknown number is not found, a done decision is refused") {
  pd::Value minutes = class_meeting();
  auto none = error_of([&] { pd::mark_done(minutes, 1, Date(2026, 10, 2)); });
  CHECK(none.first == ExitCode::not_found);
  CHECK(none.second == "'M-20260918-K7QM': no decision 1; the minutes have no decisions");

  pd::add_decision(minutes, {"Провести опрос", "omarova", Date(2026, 10, 15)});
  auto unknown = error_of([&] { pd::mark_done(minutes, 3, Date(2026, 10, 2)); });
  CHECK(unknown.first == ExitCode::not_found);
  CHECK(unknown.second == "'M-20260918-K7QM': no decision 3 (the last is 1)");

  pd::mark_done(minutes, 1, Date(2026, 10, 2));
  auto twice = error_of([&] { pd::mark_done(minutes, 1, Date(2026, 10, 3)); });
  CHECK(twice.first == ExitCode::refused);
  CHECK(twice.second == "'M-20260918-K7QM': decision 1 is already done (2026-10-02)");
  CHECK(pd::find_decision(minutes, 1)->date("done") == Date(2026, 10, 2));
}

TEST_CASE("a decision is open until its due date, overdue after, done once marked") {
  pd::Value minutes = class_meeting();
  pd::add_decision(minutes, {"Провести опрос", "omarova", Date(2026, 10, 15)});
  const pd::Value& decision = *pd::find_decision(minutes, 1);
  CHECK(pd::decision_status(decision, Date(2026, 10, 14)) == DecisionStatus::open);
  CHECK(pd::decision_status(decision, Date(2026, 10, 15)) == DecisionStatus::open);
  CHECK(pd::decision_status(decision, Date(2026, 10, 16)) == DecisionStatus::overdue);
  pd::mark_done(minutes, 1, Date(2026, 10, 20));
  CHECK(pd::decision_status(*pd::find_decision(minutes, 1), Date(2026, 11, 24)) ==
        DecisionStatus::done);
  CHECK(pd::status_name(DecisionStatus::overdue) == "overdue");
}
