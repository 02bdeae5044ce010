// minutes/check: signed minutes edited by hand, and counts that break their
// rules, as `report check` reports them.
#include "minutes/check.h"

#include <doctest/doctest.h>

#include "minutes/decisions.h"
#include "minutes/signing.h"
#include "store/store.h"
#include "store/store_init.h"
#include "test_minutes_fixtures.h"
#include "test_support.h"

namespace fs = std::filesystem;
using pd::Date;
using pd::test::class_meeting;

namespace {

constexpr const char* kFile = "minutes/2026/M-20260918-K7QM.yaml";

// A store holding the class meeting, written by the library; signed by both
// when `sealed`.
struct MinutesStore {
  pd::test::TempDir dir;
  explicit MinutesStore(bool sealed) {
    pd::init_store(dir.path(), "Школа", Date(2026, 11, 24));
    pd::Value minutes = class_meeting();
    pd::add_decision(minutes, {"Провести опрос о питании", "omarova", Date(2026, 10, 15)});
    if (sealed) {
      pd::sign(minutes, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
      pd::sign(minutes, pd::Role::secretary, "Сулейменова Айгуль", Date(2026, 9, 19));
    }
    pd::Store store(dir.path());
    pd::Mutation change(store);
    change.put(pd::schema_for("minutes"), minutes);
    change.commit();
  }
  std::string text() const { return pd::test::read_file(dir / kFile); }
  void replace(const std::string& old_text, const std::string& new_text) {
    std::string content = text();
    size_t at = content.find(old_text);
    REQUIRE(at != std::string::npos);
    pd::test::write_file(dir / kFile, content.replace(at, old_text.size(), new_text));
  }
  // The 1-based line of the first line starting with `prefix`.
  int line_of(const std::string& prefix) const {
    std::string content = text();
    size_t at = content.find("\n" + prefix);
    REQUIRE(at != std::string::npos);
    return int(std::count(content.begin(), content.begin() + at + 1, '\n')) + 1;
  }
  std::vector<std::string> changed() const {
    std::vector<std::string> lines;
    for (const auto& d : pd::frozen_minutes_changed(pd::Store(dir.path())))
      lines.push_back(d.str());
    return lines;
  }
  std::vector<std::string> problems() const {
    std::vector<std::string> lines;
    for (const auto& d : pd::check_minutes(pd::Store(dir.path())))
      lines.push_back(d.str());
    return lines;
  }
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("signed minutes as written have nothing to report") {
  MinutesStore store(true);
  CHECK(store.changed() == Lines{});
  CHECK(store.problems() == Lines{});
}

TEST_CASE("a hand edit of signed minutes is reported at the digest line") {
  MinutesStore store(true);
  store.replace("present: 30", "present: 31");
  std::string expected = std::string(kFile) + ":" + std::to_string(store.line_of("digest:")) +
                         ":9: 'digest': the minutes were changed after they were signed (their "
                         "content no longer matches the digest)";
  CHECK(store.changed() == Lines{expected});
  CHECK(store.problems() == Lines{expected});
}

TEST_CASE("marking a decision done by hand is not a change of what was signed") {
  MinutesStore store(true);
  store.replace("    due: 2026-10-15\n", "    due: 2026-10-15\n    done: 2026-10-01\n");
  CHECK(store.changed() == Lines{});
}

TEST_CASE("a signature removed by hand is a change; signatures without digest are reported") {
  MinutesStore removed(true);
  removed.replace("  - {role: secretary, name: Сулейменова Айгуль, date: 2026-09-19}\n", "");
  CHECK(removed.changed().size() == 1);

  MinutesStore stripped(true);
  std::string text = stripped.text();
  size_t at = text.find("digest: ");
  stripped.replace(text.substr(at, text.find('\n', at) + 1 - at), "");
  CHECK(stripped.changed() ==
        Lines{std::string(kFile) + ":" + std::to_string(stripped.line_of("signatures:") + 1) +
              ":3: 'digest': missing in minutes signed by the chair and the secretary"});
}

TEST_CASE("unsigned minutes may change freely") {
  MinutesStore store(false);
  store.replace("present: 30", "present: 31");
  CHECK(store.changed() == Lines{});
  CHECK(store.problems() == Lines{});
}

TEST_CASE("more present than invited, and a decision numbered twice, are reported") {
  MinutesStore store(false);
  store.replace("present: 30", "present: 45");
  store.replace("decisions:\n",
                "decisions:\n  - number: 1\n    text: Дубль\n    owner: omarova\n"
                "    due: 2026-10-15\n");
  int decision_line = store.line_of("decisions:") + 5;  // the original, second
  CHECK(store.problems() ==
        Lines{std::string(kFile) + ":" + std::to_string(store.line_of("present:")) +
                  ":10: 'present': 45 is more than 'invited' (41)",
              std::string(kFile) + ":" + std::to_string(decision_line) +
                  ":13: 'decisions[2].number': decision 1 is numbered twice"});
  CHECK(store.changed() == Lines{});
}

TEST_CASE("a hand edit after the first signature is reported; the signed-once record is not") {
  MinutesStore store(false);
  pd::Store opened(store.dir.path());
  pd::Value minutes = opened.find("minutes", "K7QM").value;
  pd::sign(minutes, pd::Role::chair, "Иванова Мария Петровна", Date(2026, 9, 19));
  {
    pd::Mutation change(opened);
    change.put(pd::schema_for("minutes"), minutes);
    change.commit();
  }
  CHECK(store.problems() == Lines{});
  store.replace("present: 30", "present: 31");
  CHECK(store.changed() ==
        Lines{std::string(kFile) + ":" + std::to_string(store.line_of("digest:")) +
              ":9: 'digest': the minutes were changed after they were signed (their content no "
              "longer matches the digest)"});
}

TEST_CASE("decisions due or done before the meeting, signatures before it, another signer") {
  MinutesStore store(true);
  // Due and done dates written by hand before the meeting on 2026-09-18.
  store.replace("    due: 2026-10-15\n", "    due: 2026-09-17\n    done: 2026-09-10\n");
  store.replace("{role: chair, name: Иванова Мария Петровна, date: 2026-09-19}",
                "{role: chair, name: Петрова Н. И., date: 2026-09-19}");
  store.replace("{role: secretary, name: Сулейменова Айгуль, date: 2026-09-19}",
                "{role: secretary, name: Сулейменова Айгуль, date: 2026-09-01}");
  int due = store.line_of("    due:"), chair = store.line_of("  - {role: chair");
  std::string file = std::string(kFile) + ":";
  Lines problems = store.problems();
  // The digest no longer matches either (the due date and the names are
  // what was signed); the rest says what is wrong.
  CHECK(problems ==
        Lines{file + std::to_string(due) +
                  ":10: 'decisions[1].due': decision 1 is due on "
                  "2026-09-17, before the meeting on 2026-09-18",
              file + std::to_string(due + 1) +
                  ":11: 'decisions[1].done': decision 1 is marked "
                  "done on 2026-09-10, before the meeting on "
                  "2026-09-18",
              file + std::to_string(chair) +
                  ":25: 'signatures[1].name': signed by 'Петрова Н. "
                  "И.', but the chair of the meeting is 'Иванова Мария "
                  "Петровна'",
              file + std::to_string(chair + 1) +
                  ":55: 'signatures[2].date': the secretary "
                  "signed on 2026-09-01, before the meeting on "
                  "2026-09-18",
              file + std::to_string(store.line_of("digest:")) +
                  ":9: 'digest': the minutes were changed after they were signed (their content "
                  "no longer matches the digest)"});
}

TEST_CASE("invalid files are left to the schema check") {
  MinutesStore store(true);
  store.replace("present: 30", "present: много");
  CHECK(store.changed() == Lines{});
  CHECK(store.problems() == Lines{});
}
