// minutes/signing: who must sign, freezing, and what frozen minutes allow.
#include "minutes/signing.h"

#include <doctest/doctest.h>

#include "minutes/digest.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::ExitCode;
using pd::Role;
using pd::SealState;
using pd::test::class_meeting;
using pd::test::error_of;

TEST_CASE("parent meetings need the chair and the secretary; other kinds need none") {
  using Roles = std::vector<Role>;
  CHECK(pd::required_signatures("class_meeting") == Roles{Role::chair, Role::secretary});
  CHECK(pd::required_signatures("school_meeting") == Roles{Role::chair, Role::secretary});
  CHECK(pd::required_signatures("pta") == Roles{Role::chair, Role::secretary});
  for (const char* kind : {"leadership", "education", "event", "diagnostics", "survey"})
    CHECK(pd::required_signatures(kind).empty());
  CHECK(pd::missing_signatures(class_meeting()) == Roles{Role::chair, Role::secretary});
  pd::Value leadership = class_meeting();
  leadership.set("kind", "leadership");
  CHECK(pd::missing_signatures(leadership).empty());
}

TEST_CASE("the chair's signature fixes the text; the secretary's freezes the minutes") {
  pd::Value minutes = class_meeting();
  CHECK(pd::seal_state(minutes) == SealState::open);
  CHECK(minutes.get("digest") == nullptr);
  CHECK(pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19)) ==
        SealState::signing);
  CHECK(pd::seal_state(minutes) == SealState::signing);
  // The first signature seals what it signed.
  CHECK(minutes.text("digest") == pd::minutes_digest(minutes));
  CHECK(pd::missing_signatures(minutes) == std::vector<Role>{Role::secretary});
  const pd::Value* chair = pd::signature_of(minutes, Role::chair);
  REQUIRE(chair != nullptr);
  CHECK(chair->text("name") == "Иванова Мария Петровна");
  CHECK(chair->date("date") == Date(2026, 9, 19));

  // No secretary was named: the signer becomes the secretary.
  CHECK(pd::sign(minutes, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 21)) ==
        SealState::frozen);
  CHECK(minutes.text("secretary") == "Сулейменова Айгуль");
  CHECK(pd::missing_signatures(minutes).empty());
  CHECK(minutes.text("digest") == pd::minutes_digest(minutes));
  CHECK(minutes.text("digest").substr(0, 7) == "sha256:");
}

TEST_CASE("signatures are kept chair first, whoever signs first") {
  pd::Value minutes = class_meeting();
  pd::sign(minutes, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 18));
  pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 20));
  const pd::List& signatures = *minutes.get("signatures")->as_list();
  REQUIRE(signatures.size() == 2);
  CHECK(signatures[0].text("role") == "chair");
  CHECK(signatures[1].text("role") == "secretary");
}

TEST_CASE("open minutes allow everything") {
  pd::Value minutes = class_meeting();
  for (pd::Action action :
       {pd::Action::edit, pd::Action::decide, pd::Action::sign, pd::Action::done})
    CHECK_NOTHROW(pd::require_allowed(minutes, action));
}

TEST_CASE("once one has signed, edit and decide are refused: both sign the same text") {
  pd::Value minutes = class_meeting();
  pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  auto [code, message] = error_of([&] { pd::require_allowed(minutes, pd::Action::decide); });
  CHECK(code == ExitCode::refused);
  CHECK(message ==
        "'M-20260918-K7QM': cannot add a decision to minutes the chair signed on 2026-09-19: the "
        "secretary is to sign the same text; only marking a decision done is allowed");
  auto edit = error_of([&] { pd::require_allowed(minutes, pd::Action::edit); });
  CHECK(edit.first == ExitCode::refused);
  CHECK(edit.second ==
        "'M-20260918-K7QM': cannot edit minutes the chair signed on 2026-09-19: the secretary is "
        "to sign the same text; only marking a decision done is allowed");
  CHECK_NOTHROW(pd::require_allowed(minutes, pd::Action::sign));
  CHECK_NOTHROW(pd::require_allowed(minutes, pd::Action::done));

  pd::Value by_secretary = class_meeting();
  pd::sign(by_secretary, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 18));
  CHECK(error_of([&] { pd::require_allowed(by_secretary, pd::Action::decide); }).second ==
        "'M-20260918-K7QM': cannot add a decision to minutes the secretary signed on 2026-09-18: "
        "the chair is to sign the same text; only marking a decision done is allowed");
  CHECK(error_of([&] { pd::require_allowed(by_secretary, pd::Action::edit); }).second ==
        "'M-20260918-K7QM': cannot edit minutes the secretary signed on 2026-09-18: the chair is "
        "to sign the same text; only marking a decision done is allowed");
}

TEST_CASE("the second signer cannot sign a text changed after the first signature") {
  pd::Value minutes = class_meeting();
  pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  pd::Value changed = minutes;
  changed.set("present", 31);  // a hand edit in between
  auto [code, message] = error_of(
      [&] { pd::sign(changed, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 20)); });
  CHECK(code == ExitCode::invalid_data);
  CHECK(message ==
        "'M-20260918-K7QM': the minutes were changed after they were first signed (their content "
        "no longer matches the digest, see report check); both must sign the same text");
  CHECK(changed.get("signatures")->as_list()->size() == 1);
  // A decision marked done in between is no change of the text.
  pd::Value decision;
  decision.set("number", 1);
  decision.set("text", "Провести опрос");
  decision.set("owner", "omarova");
  decision.set("due", Date(2026, 10, 1));
  pd::Value with_decision = class_meeting();
  with_decision.set("decisions", pd::List{decision});
  pd::sign(with_decision, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  with_decision.get("decisions")->as_list()->front().set("done", Date(2026, 9, 20));
  CHECK(pd::sign(with_decision, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 20)) ==
        SealState::frozen);
  // Minutes signed once before the digest was stored at the first signature
  // carry none: the second signature is accepted.
  pd::Value older = minutes;
  older.erase("digest");
  CHECK(pd::sign(older, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 20)) ==
        SealState::frozen);
  CHECK(older.text("digest") == pd::minutes_digest(older));
}

TEST_CASE("frozen minutes refuse edit, decide and sign, and allow done") {
  pd::Value minutes = class_meeting();
  pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  pd::sign(minutes, Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 19));

  auto [code, message] = error_of([&] { pd::require_allowed(minutes, pd::Action::decide); });
  CHECK(code == ExitCode::refused);
  CHECK(message ==
        "'M-20260918-K7QM': cannot add a decision to frozen minutes (signed by the chair and the "
        "secretary); only marking a decision done is allowed");
  CHECK(error_of([&] { pd::require_allowed(minutes, pd::Action::edit); }).second ==
        "'M-20260918-K7QM': cannot edit frozen minutes (signed by the chair and the secretary); "
        "only marking a decision done is allowed");
  pd::Value before = minutes;
  auto [sign_code, sign_message] =
      error_of([&] { pd::sign(minutes, Role::chair, "Кто-то", Date(2026, 9, 20)); });
  CHECK(sign_code == ExitCode::refused);
  CHECK(sign_message ==
        "'M-20260918-K7QM': cannot sign frozen minutes (signed by the chair and the secretary); "
        "only marking a decision done is allowed");
  CHECK(minutes.get("signatures")->as_list()->size() == 2);
  CHECK_NOTHROW(pd::require_allowed(minutes, pd::Action::done));
}

TEST_CASE("sign refuses a second signature, a signature before the meeting, another name") {
  pd::Value minutes = class_meeting();
  pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 18));
  auto twice = error_of(
      [&] { pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19)); });
  CHECK(twice.first == ExitCode::refused);
  CHECK(twice.second ==
        "'M-20260918-K7QM': the chair has already signed (Иванова Мария Петровна, 2026-09-18)");

  pd::Value early = class_meeting();
  auto before =
      error_of([&] { pd::sign(early, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 17)); });
  CHECK(before.first == ExitCode::refused);
  CHECK(before.second == "'M-20260918-K7QM': cannot sign before the meeting on 2026-09-18");

  auto other = error_of([&] { pd::sign(early, Role::chair, "Петрова Н. И.", Date(2026, 9, 18)); });
  CHECK(other.first == ExitCode::refused);
  CHECK(other.second ==
        "'M-20260918-K7QM': the chair of this meeting is 'Иванова Мария Петровна', not 'Петрова "
        "Н. И.'");
  CHECK(early.get("signatures") == nullptr);
}

TEST_CASE("minutes of other kinds freeze too once both have signed") {
  pd::Value minutes = class_meeting();
  minutes.set("kind", "leadership");
  CHECK(pd::sign(minutes, Role::secretary, "Омарова Динара Талгатовна", Date(2026, 9, 18)) ==
        SealState::signing);
  CHECK(pd::sign(minutes, Role::chair, "Иванова Мария Петровна", Date(2026, 9, 18)) ==
        SealState::frozen);
  CHECK(minutes.text("digest") == pd::minutes_digest(minutes));
}

TEST_CASE("role names") {
  CHECK(pd::role_name(Role::chair) == "chair");
  CHECK(pd::parse_role("secretary") == Role::secretary);
  CHECK_FALSE(pd::parse_role("director").has_value());
}
