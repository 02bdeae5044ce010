// minutes/digest: what the signatures cover, and its SHA-256.
#include "minutes/digest.h"

#include <doctest/doctest.h>

#include "core/sha256.h"
#include "minutes/decisions.h"
#include "minutes/signing.h"
#include "test_minutes_fixtures.h"

using pd::Date;
using pd::test::class_meeting;

namespace {

pd::Value signed_meeting() {
  pd::Value minutes = class_meeting();
  pd::add_decision(minutes, {"Провести опрос о питании", "omarova", Date(2026, 10, 15)});
  pd::sign(minutes, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  pd::sign(minutes, pd::Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 19));
  return minutes;
}

}  // namespace

TEST_CASE("the signed content is the canonical record without history, digest and done dates") {
  pd::Value minutes = signed_meeting();
  pd::mark_done(minutes, 1, Date(2026, 10, 1));
  CHECK(pd::signed_content(minutes) ==
        "id: M-20260918-K7QM\n"
        "kind: class_meeting\n"
        "date: 2026-09-18\n"
        "class: 7B\n"
        "title: Итоги адаптации\n"
        "organizer: school\n"
        "chair: Иванова Мария Петровна\n"
        "secretary: Сулейменова Айгуль\n"
        "invited: 41\n"
        "present: 30\n"
        "decisions:\n"
        "  - number: 1\n"
        "    text: Провести опрос о питании\n"
        "    owner: omarova\n"
        "    due: 2026-10-15\n"
        "signatures:\n"
        "  - {role: chair, name: Иванова Мария Петровна, date: 2026-09-19}\n"
        "  - {role: secretary, name: Сулейменова Айгуль, date: 2026-09-19}\n");
}

TEST_CASE("the digest is sha256: and the SHA-256 of the signed content") {
  pd::Value minutes = signed_meeting();
  CHECK(pd::minutes_digest(minutes) == "sha256:" + pd::sha256_hex(pd::signed_content(minutes)));
  // Pinned: the same record gives the same digest in every version.
  CHECK(pd::minutes_digest(minutes) ==
        "sha256:3780dd7d822e6ee0bb846754eb6c8e11552a50be3ea30055cf528e7a4d8c5aaa");
}

TEST_CASE("done dates and history leave the digest alone; any signed field changes it") {
  pd::Value minutes = signed_meeting();
  std::string digest = pd::minutes_digest(minutes);
  pd::mark_done(minutes, 1, Date(2026, 10, 1));
  pd::Value entry;
  entry.set("at", "2026-10-01T09:00:00+05:00");
  entry.set("by", "omarova");
  entry.set("action", "decision 1 done");
  minutes.get("history")->as_list()->push_back(entry);
  CHECK(pd::minutes_digest(minutes) == digest);

  for (auto [field, value] :
       {std::pair{"present", pd::Value(31)}, std::pair{"title", pd::Value("Итоги первой четверти")},
        std::pair{"notes", pd::Value("Добавлено позже.")}}) {
    pd::Value changed = minutes;
    changed.set(field, value);
    CHECK_MESSAGE(pd::minutes_digest(changed) != digest, field);
  }
  pd::Value due = minutes;
  (*due.get("decisions")->as_list())[0].set("due", Date(2026, 12, 1));
  CHECK(pd::minutes_digest(due) != digest);
  pd::Value unsigned_ = minutes;
  unsigned_.get("signatures")->as_list()->pop_back();
  CHECK(pd::minutes_digest(unsigned_) != digest);
}
