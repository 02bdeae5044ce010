// minutes/amendment: correcting minutes signed by both, and rebuilding and
// verifying the versions they had.
#include "minutes/amendment.h"

#include <doctest/doctest.h>

#include "minutes/decisions.h"
#include "minutes/digest.h"
#include "minutes/signing.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::ExitCode;
using pd::Role;
using pd::SealState;
using pd::test::class_meeting;
using pd::test::error_of;

namespace {

// The class meeting with an agenda, notes and a decision, signed by both.
pd::Value frozen_meeting() {
  pd::Value minutes = class_meeting();
  minutes.set("agenda", pd::List{pd::Value("Итоги адаптции"), pd::Value("Разное")});
  minutes.set("notes", "Классный руководитель рассказал об адаптации.\nВопросов нет.\n");
  pd::add_decision(minutes, {"Провести консультацию психолога", "suleimenova", Date(2026, 10, 1)});
  pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  pd::sign(minutes, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 19));
  return minutes;
}

pd::Amendment typo(std::string field, std::string text) {
  return {"Опечатка в тексте", {{std::move(field), std::move(text), ""}}};
}

}  // namespace

TEST_CASE("an amendment opens version 2, keeps version 1's signatures and digest") {
  pd::Value minutes = frozen_meeting();
  const pd::Value signed_minutes = minutes;
  REQUIRE(pd::seal_state(minutes) == SealState::frozen);
  CHECK(pd::minutes_version(minutes) == 1);
  CHECK(pd::last_amendment(minutes) == nullptr);

  pd::Amendment amendment{"Опечатка в повестке",
                          {{"agenda[1]", "Итоги адаптации", "--agenda 1"},
                           {"decisions[1].text", "Провести консультацию педагога-психолога", ""},
                           {"title", "Итоги адаптации пятиклассников", ""}}};
  CHECK(pd::amend(minutes, amendment, "omarova", Date(2026, 11, 25)) == 2);
  CHECK(pd::minutes_version(minutes) == 2);
  CHECK(minutes.get("agenda")->as_list()->front().as_string() != nullptr);
  CHECK(*minutes.get("agenda")->as_list()->front().as_string() == "Итоги адаптации");
  CHECK(pd::find_decision(minutes, 1)->text("text") == "Провести консультацию педагога-психолога");
  CHECK(minutes.text("title") == "Итоги адаптации пятиклассников");
  // Signed by nobody: both are to sign again.
  CHECK(minutes.get("signatures") == nullptr);
  CHECK(minutes.get("digest") == nullptr);
  CHECK(pd::seal_state(minutes) == SealState::open);
  CHECK(pd::missing_signatures(minutes) == std::vector<Role>{Role::chair, Role::secretary});

  const pd::Value* entry = pd::last_amendment(minutes);
  REQUIRE(entry != nullptr);
  CHECK(entry->integer("version") == 2);
  CHECK(entry->date("date") == Date(2026, 11, 25));
  CHECK(entry->text("by") == "omarova");
  CHECK(entry->text("reason") == "Опечатка в повестке");
  CHECK(entry->text("previous_digest") == signed_minutes.text("digest"));
  CHECK(entry->get("previous_chair")->text("name") == "Иванова Мария Петровна");
  CHECK(entry->get("previous_secretary")->date("date") == Date(2026, 9, 19));
  const pd::List& corrections = *minutes.get("corrections")->as_list();
  REQUIRE(corrections.size() == 3);
  CHECK(corrections[0].integer("version") == 2);
  CHECK(corrections[0].text("field") == "agenda[1]");
  CHECK(corrections[0].text("previous") == "Итоги адаптции");
  CHECK(corrections[2].text("previous") == "Итоги адаптации");

  // Version 1 rebuilt is what was signed, digest and all.
  std::optional<pd::Value> first = pd::earlier_version(minutes, 1);
  REQUIRE(first.has_value());
  CHECK(pd::signed_content(*first) == pd::signed_content(signed_minutes));
  CHECK(pd::minutes_digest(*first) == first->text("digest"));
  CHECK(pd::amendment_problems(minutes).empty());
  CHECK_FALSE(pd::earlier_version(minutes, 2).has_value());
  CHECK_FALSE(pd::earlier_version(minutes, 0).has_value());
}

TEST_CASE("the new version is signed again, and amended again once frozen") {
  pd::Value minutes = frozen_meeting();
  pd::amend(minutes, typo("title", "Итоги адаптации 5-х классов"), "omarova", Date(2026, 11, 25));
  CHECK(pd::sign(minutes, Role::secretary, "Сулейменова Айгуль", Date(2026, 11, 25)) ==
        SealState::signing);
  CHECK(pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 11, 26)) ==
        SealState::frozen);
  // The re-signed digest covers the amendment too.
  CHECK(minutes.text("digest") == pd::minutes_digest(minutes));
  CHECK(pd::amendment_problems(minutes).empty());

  CHECK(pd::amend(minutes, typo("place", "Актовый зал"), "omarova", Date(2026, 11, 27)) == 3);
  // A field the record did not have: version 2 had no place.
  const pd::Value& place = minutes.get("corrections")->as_list()->back();
  CHECK(place.integer("version") == 3);
  CHECK(place.get("previous") == nullptr);
  CHECK(pd::amendment_problems(minutes).empty());
  std::optional<pd::Value> second = pd::earlier_version(minutes, 2);
  REQUIRE(second.has_value());
  CHECK(second->get("place") == nullptr);
  CHECK(second->text("title") == "Итоги адаптации 5-х классов");
  CHECK(second->get("amendments")->as_list()->size() == 1);
  CHECK(second->get("corrections")->as_list()->size() == 1);
  CHECK(second->text("digest") == pd::minutes_digest(*second));
  std::optional<pd::Value> first = pd::earlier_version(minutes, 1);
  REQUIRE(first.has_value());
  CHECK(first->text("title") == "Итоги адаптации");
  CHECK(first->get("amendments") == nullptr);
  CHECK(first->get("corrections") == nullptr);
}

TEST_CASE("only minutes signed by both are amended; the amended text waits for both") {
  pd::Value open = class_meeting();
  CHECK(error_of([&] {
          pd::amend(open, typo("title", "Другое"), "omarova", Date(2026, 11, 25));
        }).first == ExitCode::refused);
  pd::Value signing = class_meeting();
  pd::sign(signing, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  auto [code, message] =
      error_of([&] { pd::amend(signing, typo("title", "Другое"), "omarova", Date(2026, 11, 25)); });
  CHECK(code == ExitCode::refused);
  CHECK(message.find("the chair signed on 2026-09-19") != std::string::npos);

  pd::Value minutes = frozen_meeting();
  pd::amend(minutes, typo("title", "Другое"), "omarova", Date(2026, 11, 25));
  // Neither edited nor amended again before both sign; done stays allowed.
  for (pd::Action action : {pd::Action::edit, pd::Action::decide, pd::Action::amend}) {
    auto [refused, text] = error_of([&] { pd::require_allowed(minutes, action); });
    CHECK(refused == ExitCode::refused);
    CHECK(text.find("2026-11-25") != std::string::npos);
    CHECK(text.find("version 2") != std::string::npos);
  }
  pd::require_allowed(minutes, pd::Action::sign);
  pd::mark_done(minutes, 1, Date(2026, 11, 26));
  CHECK(pd::amendment_problems(minutes).empty());
}

TEST_CASE("an amendment needs a reason and a real correction") {
  pd::Value minutes = frozen_meeting();
  const pd::Value before = minutes;
  auto code = [&](pd::Amendment amendment) {
    return error_of([&] { pd::amend(minutes, amendment, "omarova", Date(2026, 11, 25)); }).first;
  };
  CHECK(code({"Опечатка", {}}) == ExitCode::usage);
  CHECK(code({" ", {{"title", "Другое", ""}}}) == ExitCode::usage);
  CHECK(code(typo("title", "Итоги адаптации")) == ExitCode::usage);  // the same text
  CHECK(code(typo("title", "  ")) == ExitCode::usage);
  CHECK(code(typo("history", "x")) == ExitCode::usage);
  CHECK(code({"Опечатка", {{"title", "А", ""}, {"title", "Б", ""}}}) == ExitCode::usage);
  CHECK(code(typo("agenda[3]", "Третий")) == ExitCode::not_found);
  CHECK(code(typo("decisions[2].text", "Второе")) == ExitCode::not_found);
  CHECK(code(typo("decisions[1].due", "2026-09-01")) == ExitCode::refused);  // before the meeting
  CHECK(code(typo("decisions[1].due", "1 октября")) == ExitCode::usage);
  // Nothing changed by a refusal.
  CHECK(pd::signed_content(minutes) == pd::signed_content(before));
  CHECK(minutes.text("digest") == before.text("digest"));

  // Minutes changed by hand after signing are not amended.
  minutes.set("notes", "Вопросов нет.\n");
  CHECK(code(typo("title", "Другое")) == ExitCode::invalid_data);
}

TEST_CASE("a due date corrected is a date again in the version rebuilt") {
  pd::Value minutes = frozen_meeting();
  pd::amend(minutes, typo("decisions[1].due", "2026-10-15"), "omarova", Date(2026, 11, 25));
  CHECK(pd::find_decision(minutes, 1)->date("due") == Date(2026, 10, 15));
  CHECK(minutes.get("corrections")->as_list()->front().text("previous") == "2026-10-01");
  std::optional<pd::Value> first = pd::earlier_version(minutes, 1);
  REQUIRE(first.has_value());
  CHECK(pd::find_decision(*first, 1)->date("due") == Date(2026, 10, 1));
  CHECK(pd::amendment_problems(minutes).empty());
}

TEST_CASE("an earlier version changed by hand no longer matches its digest") {
  pd::Value minutes = frozen_meeting();
  pd::amend(minutes, typo("title", "Итоги адаптации пятиклассников"), "omarova",
            Date(2026, 11, 25));
  pd::Value tampered = minutes;
  tampered.get("corrections")->as_list()->front().set("previous", "Итоги года");
  std::vector<pd::AmendmentProblem> problems = pd::amendment_problems(tampered);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("'amendments[1].previous_digest': version 1") == 0);

  // A field of the current record the amendment did not correct, edited.
  tampered = minutes;
  tampered.set("notes", "Вопросов нет.\n");
  CHECK(pd::amendment_problems(tampered).size() == 1);

  // A correction that cannot be undone, and a version out of sequence.
  tampered = minutes;
  tampered.get("corrections")->as_list()->front().set("field", "agenda[9]");
  tampered.get("amendments")->as_list()->front().set("version", pd::Value(std::int64_t(3)));
  problems = pd::amendment_problems(tampered);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].message.find("'amendments[1].version': expected 2") == 0);
  CHECK(problems[1].message.find("'amendments[1]': version 1") == 0);

  // A correction naming no amendment.
  tampered = minutes;
  tampered.get("corrections")->as_list()->front().set("version", pd::Value(std::int64_t(5)));
  problems = pd::amendment_problems(tampered);
  REQUIRE(!problems.empty());
  CHECK(problems[0].message.find("'corrections[1].version': no amendment opened version 5") == 0);
}
