// The record schemas of schemas/*.yaml, loaded once: the single source of
// truth for the fields of every record type, their order and their types.
#pragma once

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace pd {

enum class FieldType {
  string,  // one line
  text,    // several lines
  integer,
  boolean,
  date,
  time,
  timestamp,
  enumeration,
  id,   // the record's own ID
  ref,  // the ID of another record
  timezone,
  list,
  object,
};

struct FieldSpec {
  std::string name;
  // The name older files use for this field (`was:` in the schema), read as
  // this one and written under `name`: a key renamed because YAML 1.1 readers
  // took it for something else (`on` for true) migrates with `report check
  // --fix`.
  std::string former_name;
  FieldType type = FieldType::string;
  bool required = false;
  bool flow = false;
  std::vector<std::string> values;            // enumeration
  std::string pattern_text, example;          // string
  std::shared_ptr<const std::regex> pattern;  // string
  std::optional<long long> min, max;          // integer
  std::string ref_to;                         // ref: a record type name
  std::shared_ptr<const FieldSpec> items;     // list
  std::vector<FieldSpec> fields;              // object

  const FieldSpec* field(std::string_view name) const;
  // The field `key` names in a file: by its name or its former name.
  const FieldSpec* field_for_key(std::string_view key) const;
};

// One record type: where its files live and what they hold.
struct RecordSchema {
  std::string name;          // "appeal"
  std::string path_pattern;  // "appeals/{year}/{id}.yaml"
  char id_prefix = 0;        // 'A' for records whose IDs the store makes
  bool canonical = true;     // files must be byte-identical to their canonical form
  FieldSpec root;            // an object

  // The top directory of the files of this type ("appeals"), empty for a
  // single file at the store's root.
  std::string directory() const;
  // The relative path the file of the record with this ID must have.
  std::string path_for(std::string_view id) const;
};

// All record schemas, in dependency order (school, staff, class, appeal,
// booking, minutes, incident). Throws Error if a schema file is itself invalid.
const std::vector<RecordSchema>& record_schemas();

// The schema of a record type by name; throws Error for an unknown name.
const RecordSchema& schema_for(std::string_view record_type);

}  // namespace pd
