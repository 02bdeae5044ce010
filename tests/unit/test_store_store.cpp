// store/store: discovery, reading, finding and mutating records.
#include "store/store.h"

#include <doctest/doctest.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/error.h"
#include "store/canonical.h"
#include "store/record_id.h"
#include "store/store_init.h"
#include "test_support.h"

namespace fs = std::filesystem;
using pd::Value;
using pd::test::TempDir;
using Names = std::vector<std::string>;

namespace {

// A new store made by `report init`, removed at the end of the test.
struct TempStore {
  TempDir dir;
  TempStore() { pd::init_store(dir.path(), "Школа", pd::Date(2026, 11, 24)); }
  const fs::path& root() const { return dir.path(); }
};

std::string appeal_yaml(std::string_view id) {
  return "id: " + std::string(id) +
         "\nstatus: received\nkind: request\nchannel: email\nlang: ru\nreceived: 2026-11-24\n"
         "from: Иванова Анна\nsubject: Питание\ndue: 2026-12-09\nhistory:\n"
         "  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n    action: received\n";
}

// Writes an appeal file where its ID says.
void add_appeal(const TempStore& store, std::string_view id) {
  pd::test::write_file(store.root() / pd::schema_for("appeal").path_for(id), appeal_yaml(id));
}

Value appeal_value(const std::string& id) {
  Value record;
  record.set("id", id);
  record.set("status", "received");
  record.set("kind", "complaint");
  record.set("channel", "in_person");
  record.set("lang", "kk");
  record.set("received", pd::Date(2026, 11, 24));
  record.set("from", "Әсем Ғалымқызы");
  record.set("subject", "Тамақтану");
  record.set("text", "Сәлеметсіз бе.\nТамақ сапасы туралы.\n");
  record.set("due", pd::Date(2026, 12, 9));
  Value entry;
  entry.set("at", "2026-11-24T15:30:00+05:00");
  entry.set("by", "coordinator");
  entry.set("action", "received");
  record.set("history", pd::List{entry});
  return record;
}

template <typename F>
pd::Error error_of(F&& f) {
  try {
    f();
  } catch (const pd::Error& e) {
    return e;
  }
  return pd::Error(pd::ExitCode::ok, "(no error)");
}

}  // namespace

TEST_CASE("discover_store: --store, then $PARENTDESK_STORE, then upward from the cwd") {
  TempStore store, other;
  fs::path deep = store.root() / "appeals" / "2026";
  fs::create_directories(deep);

  CHECK_EQ(pd::discover_store(store.root().string(), nullptr, "/"), store.root());
  CHECK_EQ(pd::discover_store(store.root().string(), other.root().c_str(), deep),
           store.root());  // the flag wins
  CHECK_EQ(pd::discover_store("", other.root().c_str(), deep), other.root());
  CHECK_EQ(pd::discover_store("", "", deep), store.root());  // an empty $PARENTDESK_STORE
  CHECK_EQ(pd::discover_store("", nullptr, deep), store.root());
  CHECK_EQ(pd::discover_store("", nullptr, store.root()), store.root());
}

TEST_CASE("discover_store: no store is not_found, with a hint") {
  TempDir empty;
  pd::Error upward = error_of([&] { pd::discover_store("", nullptr, empty.path()); });
  CHECK_EQ(upward.code(), pd::ExitCode::not_found);
  CHECK_EQ(std::string(upward.what()),
           "no store found in '" + empty.path().string() +
               "' or above (no school.yaml); use --store DIR or $PARENTDESK_STORE, or create one "
               "with `report init`");

  TempStore store;
  pd::Error flag =
      error_of([&] { pd::discover_store(empty.path().string(), nullptr, store.root()); });
  CHECK_EQ(flag.code(), pd::ExitCode::not_found);
  CHECK_EQ(std::string(flag.what()), "no store at '" + empty.path().string() +
                                         "' (--store): school.yaml is missing; `report init` "
                                         "creates a store");

  pd::Error env = error_of([&] { pd::discover_store("", empty.path().c_str(), store.root()); });
  CHECK_EQ(env.code(), pd::ExitCode::not_found);
  CHECK_EQ(std::string(env.what()), "no store at '" + empty.path().string() +
                                        "' ($PARENTDESK_STORE): school.yaml is missing; `report "
                                        "init` creates a store");
}

TEST_CASE("unreadable_store: a store that may not be read is a system error, not a missing one") {
  // The e2e test of chmod 000 cannot run as root; the message is pinned here.
  pd::Error e =
      pd::unreadable_store("/srv/school", std::error_code(EACCES, std::generic_category()));
  CHECK_EQ(e.code(), pd::ExitCode::system);
  CHECK_EQ(std::string(e.what()), "cannot read the store '/srv/school': Permission denied");
}

TEST_CASE("school() reads and validates school.yaml") {
  TempStore store;
  pd::Store s(store.root());
  CHECK_EQ(s.root(), store.root());
  CHECK_EQ(s.school().value.text("name"), "Школа");
  CHECK_EQ(s.school().file, "school.yaml");
  CHECK_EQ(s.school().schema, &pd::schema_for("school"));
}

TEST_CASE("find: by full ID or by a unique suffix") {
  TempStore store;
  add_appeal(store, "A-20261124-K7QM");
  add_appeal(store, "A-20261201-M0QA");
  add_appeal(store, "A-20270110-K7QM");
  pd::Store s(store.root());

  CHECK_EQ(s.find("appeal", "A-20261201-M0QA").id(), "A-20261201-M0QA");
  CHECK_EQ(s.find("appeal", "M0QA").id(), "A-20261201-M0QA");
  CHECK_EQ(s.find("appeal", "moqa").id(), "A-20261201-M0QA");
  CHECK_EQ(s.find("appeal", "24-K7QM").id(), "A-20261124-K7QM");
  const pd::Record& found = s.find("appeal", "a-20270110-k7qm");
  CHECK_EQ(found.id(), "A-20270110-K7QM");
  CHECK_EQ(found.file, "appeals/2027/A-20270110-K7QM.yaml");
  CHECK_EQ(found.value.text("from"), "Иванова Анна");
}

TEST_CASE("find: too short, no match, ambiguous") {
  TempStore store;
  add_appeal(store, "A-20261124-K7QM");
  add_appeal(store, "A-20270110-K7QM");
  pd::Store s(store.root());

  pd::Error short_suffix = error_of([&] { s.find("appeal", "K7Q"); });
  CHECK_EQ(short_suffix.code(), pd::ExitCode::usage);
  CHECK_EQ(std::string(short_suffix.what()),
           "'K7Q': an ID or a suffix of at least 4 characters is needed");

  pd::Error none = error_of([&] { s.find("appeal", "ZZZZ"); });
  CHECK_EQ(none.code(), pd::ExitCode::not_found);
  CHECK_EQ(std::string(none.what()), "no appeal matches 'ZZZZ'");

  pd::Error wrong_type = error_of([&] { s.find("booking", "K7QM"); });
  CHECK_EQ(wrong_type.code(), pd::ExitCode::not_found);
  CHECK_EQ(std::string(wrong_type.what()), "no booking matches 'K7QM'");

  pd::Error ambiguous = error_of([&] { s.find("appeal", "k7qm"); });
  CHECK_EQ(ambiguous.code(), pd::ExitCode::not_found);
  CHECK_EQ(std::string(ambiguous.what()), "'k7qm' is ambiguous: A-20261124-K7QM, A-20270110-K7QM");
}

// Staff and classes are found by their own IDs, exactly: the suffix rules
// (upper case, O read as 0, four characters at least) are for A/B/M IDs.
TEST_CASE("find: staff and classes by their full IDs") {
  TempStore store;
  pd::test::write_file(store.root() / "staff/omarova.yaml",
                       "id: omarova\nname: Омарова Айгуль\nroles: [coordinator]\n");
  pd::test::write_file(store.root() / "classes/7B.yaml", "id: 7B\nname: 7Б\n");
  pd::Store s(store.root());
  CHECK_EQ(s.find("staff", "omarova").id(), "omarova");
  CHECK_EQ(s.find("class", "7B").id(), "7B");
}

TEST_CASE("Mutation: new_id, put and commit write canonical files where the ID says") {
  TempStore store;
  pd::Store s(store.root());
  const pd::RecordSchema& schema = pd::schema_for("appeal");
  std::vector<std::string> written;
  std::string first, second;
  {
    pd::Mutation mutation(s);
    first = mutation.new_id(schema, pd::Date(2026, 11, 24));
    second = mutation.new_id(schema, pd::Date(2026, 11, 24));
    CHECK(pd::is_record_id(first, 'A'));
    CHECK(pd::is_record_id(second, 'A'));
    CHECK_EQ(first.substr(0, 11), "A-20261124-");
    CHECK_NE(first, second);
    mutation.put(schema, appeal_value(first));
    mutation.put(schema, appeal_value(second));
    CHECK_FALSE(fs::exists(store.root() / schema.path_for(first)));  // not before commit
    written = mutation.commit();
  }
  CHECK_EQ(written, (Names{schema.path_for(first), schema.path_for(second)}));
  for (const std::string& id : {first, second}) {
    fs::path file = store.root() / schema.path_for(id);
    CAPTURE(file);
    CHECK_EQ(pd::test::read_file(file), pd::to_canonical_yaml(appeal_value(id), schema));
    CHECK_EQ(pd::test::file_mode(file), 0640u);
  }
  CHECK_EQ(pd::test::read_file(store.root() / schema.path_for(first)),
           "id: " + first +
               "\nstatus: received\nkind: complaint\nchannel: in_person\nlang: kk\n"
               "received: 2026-11-24\nfrom: Әсем Ғалымқызы\nsubject: Тамақтану\ntext: |\n"
               "  Сәлеметсіз бе.\n  Тамақ сапасы туралы.\ndue: 2026-12-09\nhistory:\n"
               "  - at: 2026-11-24T15:30:00+05:00\n    by: coordinator\n    action: received\n");

  // The store reads them back.
  CHECK_EQ(s.records("appeal").size(), 2u);
  CHECK_EQ(s.find("appeal", first).value.text("text"), "Сәлеметсіз бе.\nТамақ сапасы туралы.\n");
}

TEST_CASE("Mutation: an invalid record throws DataError and nothing is written") {
  TempStore store;
  pd::Store s(store.root());
  const pd::RecordSchema& schema = pd::schema_for("appeal");
  auto files = [&] {
    Names names;
    for (const auto& name : pd::test::tree(store.root()))
      if (fs::is_regular_file(store.root() / name) && name != ".lock") names.push_back(name);
    return names;
  };
  Names before = files();
  {
    pd::Mutation mutation(s);
    std::string good = mutation.new_id(schema, pd::Date(2026, 11, 24));
    mutation.put(schema, appeal_value(good));
    Value bad = appeal_value("A-20261124-K7QM");
    bad.erase("kind");
    bad.set("lang", "kz");
    try {
      mutation.put(schema, bad);
      FAIL("expected pd::DataError");
    } catch (const pd::DataError& e) {
      REQUIRE_EQ(e.diagnostics().size(), 2u);
      CHECK_EQ(e.diagnostics()[0].str(),
               "appeals/2026/A-20261124-K7QM.yaml:4:7: 'lang': expected one of kk, ru, en (did "
               "you mean 'kk'?), got 'kz'");
      CHECK_EQ(e.diagnostics()[1].str(),
               "appeals/2026/A-20261124-K7QM.yaml:1:1: 'kind': required field is missing");
    }
    // No commit: the valid record staged before is dropped as well.
  }
  CHECK_EQ(files(), before);
}

TEST_CASE("Mutation removes temporary files left by a killed process") {
  TempStore store;
  pd::test::write_file(store.root() / "appeals/2026/.A-20261124-K7QM.yaml.tmp-AbC123", "half");
  pd::Store s(store.root());
  { pd::Mutation mutation(s); }
  CHECK_FALSE(fs::exists(store.root() / "appeals/2026/.A-20261124-K7QM.yaml.tmp-AbC123"));
  CHECK(fs::exists(store.root() / "appeals/2026"));
}

TEST_CASE("a second Mutation waits for the lock") {
  TempStore store;
  pd::Store s1(store.root()), s2(store.root());
  std::atomic<bool> waiting{false}, locked{false};
  std::chrono::milliseconds waited{0};
  std::thread other;
  {
    pd::Mutation first(s1);
    other = std::thread([&] {
      waiting = true;
      auto start = std::chrono::steady_clock::now();
      pd::Mutation second(s2);
      locked = true;
      waited = std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - start);
    });
    while (!waiting)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(locked.load());
  }
  other.join();
  CHECK(locked.load());
  CHECK_GE(waited.count(), 250);
}

TEST_CASE("records: every invalid file is named") {
  TempStore store;
  add_appeal(store, "A-20261124-K7QM");
  pd::test::write_file(store.root() / "appeals/2026/A-20261124-BAD0.yaml",
                       "id: A-20261124-BAD0\nstatus: lost\n");
  pd::test::write_file(store.root() / "appeals/2026/A-20261125-BAD1.yaml", "id: [\n");
  pd::Store s(store.root());
  try {
    s.records("appeal");
    FAIL("expected pd::DataError");
  } catch (const pd::DataError& e) {
    CHECK_EQ(e.code(), pd::ExitCode::invalid_data);
    REQUIRE_GE(e.diagnostics().size(), 3u);
    CHECK_EQ(e.diagnostics()[0].str(),
             "appeals/2026/A-20261124-BAD0.yaml:2:9: 'status': expected one of received, "
             "assigned, answered, delivered, closed, withdrawn, redirected, got 'lost'");
    CHECK_EQ(e.diagnostics()[1].str(),
             "appeals/2026/A-20261124-BAD0.yaml:1:1: 'kind': required field is missing");
    CHECK_EQ(e.diagnostics().back().file, "appeals/2026/A-20261125-BAD1.yaml");
    CHECK_EQ(std::string(e.what()).substr(0, 34), "appeals/2026/A-20261124-BAD0.yaml:");
  }
  // One valid file alone reads fine.
  fs::remove(store.root() / "appeals/2026/A-20261124-BAD0.yaml");
  fs::remove(store.root() / "appeals/2026/A-20261125-BAD1.yaml");
  pd::Store fresh(store.root());
  REQUIRE_EQ(fresh.records("appeal").size(), 1u);
  CHECK_EQ(fresh.records("appeal")[0].file, "appeals/2026/A-20261124-K7QM.yaml");
  CHECK(fresh.records("booking").empty());
}

TEST_CASE("check_file: the record when valid, every problem otherwise") {
  TempStore store;
  add_appeal(store, "A-20261124-K7QM");
  pd::test::write_file(store.root() / "appeals/2026/A-20261124-BAD0.yaml", "a: 1\na: 2\n");
  pd::Store s(store.root());

  pd::FileCheck good = s.check_file("appeals/2026/A-20261124-K7QM.yaml", pd::schema_for("appeal"));
  REQUIRE(good.record);
  CHECK_EQ(good.record->id(), "A-20261124-K7QM");
  CHECK(good.problems.empty());
  CHECK_EQ(good.text, appeal_yaml("A-20261124-K7QM"));

  pd::FileCheck bad = s.check_file("appeals/2026/A-20261124-BAD0.yaml", pd::schema_for("appeal"));
  CHECK_FALSE(bad.record);
  REQUIRE_EQ(bad.problems.size(), 1u);
  CHECK_EQ(bad.problems[0].str(),
           "appeals/2026/A-20261124-BAD0.yaml:2:1: duplicate key 'a' (first at line 1)");
  CHECK_EQ(bad.text, "a: 1\na: 2\n");
}

TEST_CASE("files: the record files of a type, sorted, without temporary files") {
  TempStore store;
  add_appeal(store, "A-20270110-K7QM");
  add_appeal(store, "A-20261124-K7QM");
  pd::test::write_file(store.root() / "appeals/2026/.A-20261124-ZZZZ.yaml.tmp-AbC123", "x");
  pd::test::write_file(store.root() / "appeals/2026/notes.txt", "x");
  pd::test::write_file(store.root() / "classes/7B.yaml", "id: 7B\nname: 7Б\n");
  pd::Store s(store.root());
  CHECK_EQ(s.files(pd::schema_for("appeal")),
           (Names{"appeals/2026/A-20261124-K7QM.yaml", "appeals/2027/A-20270110-K7QM.yaml"}));
  CHECK_EQ(s.files(pd::schema_for("class")), Names{"classes/7B.yaml"});
  CHECK_EQ(s.files(pd::schema_for("school")), Names{"school.yaml"});
  CHECK_EQ(s.files(pd::schema_for("booking")), Names{});
}

TEST_CASE("the demo store reads without a problem") {
  pd::Store demo(fs::path(PARENTDESK_SOURCE_DIR) / "records");
  CHECK_EQ(demo.school().value.text("name"), "Школа-лицей № 27 «Болашак»");
  CHECK_FALSE(demo.records("staff").empty());
  CHECK_FALSE(demo.records("class").empty());
  for (const auto& schema : pd::record_schemas()) {
    CAPTURE(schema.name);
    CHECK_EQ(demo.records(schema.name).size(), demo.files(schema).size());
  }
}
