// store/schema: the record schemas of schemas/*.yaml, compiled in.
#include "store/schema.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.h"
#include "test_support.h"

using pd::FieldType;

namespace {

std::vector<std::string> field_names(const pd::FieldSpec& spec) {
  std::vector<std::string> names;
  for (const auto& field : spec.fields)
    names.push_back(field.name);
  return names;
}

// True when `known` appear in `names` in the same order (others may be between).
bool in_order(const std::vector<std::string>& names, const std::vector<std::string>& known) {
  size_t at = 0;
  for (const auto& name : names)
    if (at < known.size() && name == known[at]) ++at;
  return at == known.size();
}

}  // namespace

TEST_CASE("every schema loads, in dependency order") {
  const auto& schemas = pd::record_schemas();
  REQUIRE_EQ(schemas.size(), 7u);
  CHECK_EQ(schemas[0].name, "school");
  CHECK_EQ(schemas[1].name, "staff");
  CHECK_EQ(schemas[2].name, "class");
  CHECK_EQ(schemas[3].name, "appeal");
  CHECK_EQ(schemas[4].name, "booking");
  CHECK_EQ(schemas[5].name, "minutes");
  CHECK_EQ(schemas[6].name, "incident");
  for (const auto& schema : schemas) {
    CAPTURE(schema.name);
    CHECK_EQ(schema.root.type, FieldType::object);
    CHECK_FALSE(schema.root.fields.empty());
  }
  CHECK_EQ(&pd::schema_for("appeal"), &schemas[3]);
}

TEST_CASE("an unknown record type is an error") {
  try {
    pd::schema_for("parent");
    FAIL("expected pd::Error");
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::system);
    CHECK_EQ(std::string(e.what()), "no schema for record type 'parent'");
  }
}

TEST_CASE("ID prefixes and canonical form") {
  CHECK_EQ(pd::schema_for("appeal").id_prefix, 'A');
  CHECK_EQ(pd::schema_for("booking").id_prefix, 'B');
  CHECK_EQ(pd::schema_for("minutes").id_prefix, 'M');
  CHECK_EQ(pd::schema_for("staff").id_prefix, 0);
  CHECK_EQ(pd::schema_for("class").id_prefix, 0);
  CHECK_EQ(pd::schema_for("school").id_prefix, 0);
  CHECK_FALSE(pd::schema_for("school").canonical);  // hand-edited, with comments
  CHECK(pd::schema_for("appeal").canonical);
  CHECK(pd::schema_for("staff").canonical);
}

TEST_CASE("path_for and directory") {
  CHECK_EQ(pd::schema_for("appeal").path_for("A-20261124-K7QM"),
           "appeals/2026/A-20261124-K7QM.yaml");
  CHECK_EQ(pd::schema_for("booking").path_for("B-20270115-0000"),
           "bookings/2027/B-20270115-0000.yaml");
  CHECK_EQ(pd::schema_for("minutes").path_for("M-20261231-ZZZZ"),
           "minutes/2026/M-20261231-ZZZZ.yaml");
  CHECK_EQ(pd::schema_for("staff").path_for("abenova"), "staff/abenova.yaml");
  CHECK_EQ(pd::schema_for("class").path_for("7B"), "classes/7B.yaml");
  CHECK_EQ(pd::schema_for("school").path_for(""), "school.yaml");

  CHECK_EQ(pd::schema_for("appeal").directory(), "appeals");
  CHECK_EQ(pd::schema_for("booking").directory(), "bookings");
  CHECK_EQ(pd::schema_for("minutes").directory(), "minutes");
  CHECK_EQ(pd::schema_for("staff").directory(), "staff");
  CHECK_EQ(pd::schema_for("class").directory(), "classes");
  CHECK_EQ(pd::schema_for("school").directory(), "");
}

TEST_CASE("fields keep their order: it is the order of every written file") {
  // New fields may be added; moving or removing one would rewrite every
  // record of every store.
  CHECK(
      in_order(field_names(pd::schema_for("appeal").root),
               {"id", "status", "kind", "channel", "lang", "received", "from", "contact", "student",
                "class", "subject", "text", "route", "assignee", "due", "repeat_of", "history"}));
  CHECK(
      in_order(field_names(pd::schema_for("staff").root),
               {"id", "name", "roles", "area", "email", "phone", "room", "reception", "history"}));
  CHECK(in_order(field_names(pd::schema_for("class").root),
                 {"id", "name", "teacher", "students", "parents", "history"}));
  CHECK(in_order(field_names(pd::schema_for("booking").root),
                 {"id", "status", "host", "date", "time", "parent", "history"}));
  CHECK(in_order(field_names(pd::schema_for("minutes").root),
                 {"id", "kind", "date", "class", "title", "history"}));
  CHECK_FALSE(in_order({"id", "name", "roles"}, {"name", "id"}));  // the check itself

  // Records made by commands begin with their ID and end with their history.
  for (std::string_view type : {"appeal", "booking", "minutes"}) {
    CAPTURE(type);
    std::vector<std::string> names = field_names(pd::schema_for(type).root);
    CHECK_EQ(names.front(), "id");
    CHECK_EQ(names.back(), "history");
  }
}

TEST_CASE("named types are expanded with the field's own settings") {
  const pd::FieldSpec& root = pd::schema_for("appeal").root;

  const pd::FieldSpec* lang = root.field("lang");
  REQUIRE(lang);
  CHECK_EQ(lang->type, FieldType::enumeration);
  CHECK(lang->required);
  CHECK_EQ(lang->values, std::vector<std::string>{"kk", "ru", "en"});

  const pd::FieldSpec* history = root.field("history");
  REQUIRE(history);
  CHECK_EQ(history->name, "history");
  CHECK_EQ(history->type, FieldType::list);
  CHECK(history->required);
  REQUIRE(history->items);
  CHECK_EQ(history->items->type, FieldType::object);
  CHECK_EQ(field_names(*history->items), std::vector<std::string>{"at", "by", "action"});
  CHECK_EQ(history->items->field("at")->type, FieldType::timestamp);

  const pd::FieldSpec* assignee = root.field("assignee");
  REQUIRE(assignee);
  CHECK_EQ(assignee->type, FieldType::ref);
  CHECK_EQ(assignee->ref_to, "staff");
  CHECK_FALSE(assignee->required);
  CHECK(root.field("nope") == nullptr);

  // history is optional for staff, required for appeals.
  CHECK_FALSE(pd::schema_for("staff").root.field("history")->required);

  const pd::FieldSpec* reception = pd::schema_for("staff").root.field("reception");
  REQUIRE(reception);
  CHECK(reception->flow);
  CHECK_EQ(reception->field("from")->type, FieldType::time);
  CHECK(reception->field("days")->flow);

  const pd::FieldSpec* students = pd::schema_for("class").root.field("students");
  REQUIRE(students);
  CHECK_EQ(students->type, FieldType::integer);
  CHECK_EQ(students->min, std::optional<long long>(0));
  CHECK_EQ(students->max, std::optional<long long>(60));

  const pd::FieldSpec* id = pd::schema_for("staff").root.field("id");
  REQUIRE(id);
  CHECK_EQ(id->example, "abenova");
  REQUIRE(id->pattern);
  CHECK(std::regex_match("kim-ys", *id->pattern));
  CHECK_FALSE(std::regex_match("Kim", *id->pattern));
}
