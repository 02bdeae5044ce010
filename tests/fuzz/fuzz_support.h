// What the fuzz targets share: the strict loader and the validator run on
// one input, and the checks every target makes of what they return.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "store/schema.h"
#include "store/validate.h"
#include "store/value.h"
#include "yaml/strict_yaml.h"

namespace pd::fuzz {

// A finding: printed, then abort() so that libFuzzer saves the input.
[[noreturn]] inline void defect(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz defect: %s\n%.*s\n", what, int(detail.size()), detail.data());
  std::abort();
}

// Every diagnostic names the file and points inside the text (or at the
// whole file), and says something.
inline void check_diagnostics(const std::vector<Diagnostic>& problems, std::string_view text,
                              const std::string& file) {
  int lines = 1;
  for (char c : text)
    lines += c == '\n';
  for (const auto& d : problems) {
    if (d.file != file) defect("a diagnostic names another file", d.str());
    if (d.message.empty()) defect("a diagnostic without a message", d.str());
    if (d.pos.line < 0 || d.pos.line > lines || d.pos.column < 0 ||
        (d.pos.line == 0) != (d.pos.column == 0))
      defect("a diagnostic points outside the file", d.str());
  }
}

// The strict loader, then the validator against `schema`: the record when
// the text is a valid record, nullopt otherwise (the diagnostics checked).
inline std::optional<Value> load(std::string_view text, const RecordSchema& schema,
                                 const std::string& file) {
  std::vector<Diagnostic> problems;
  try {
    yaml::Node tree = yaml::parse_strict(text, file);
    Value value = validate(tree, schema, file, problems);
    check_diagnostics(problems, text, file);
    if (problems.empty()) return value;
  } catch (const DataError& e) {
    if (e.diagnostics().empty()) defect("a DataError without diagnostics", e.what());
    check_diagnostics(e.diagnostics(), text, file);
  }
  return std::nullopt;
}

// The schema a file is most likely written for, as a person would tell it:
// by the prefix of its `id:` (A-, B-, M-, I-), a class ID (7B) or a staff ID,
// and school.yaml when it has no `id:`. One schema per input keeps the
// fuzzer fast; a mutated ID moves an input to another schema.
inline const RecordSchema& schema_of(std::string_view text) {
  size_t at = text.starts_with("id:") ? 0 : text.find("\nid:");
  if (at == std::string_view::npos) return schema_for("school");
  std::string_view id = text.substr(at + (text[at] == '\n' ? 4 : 3));
  id.remove_prefix(std::min(id.find_first_not_of(" \"'"), id.size()));
  for (const RecordSchema& schema : record_schemas())
    if (schema.id_prefix && id.size() > 1 && id[0] == schema.id_prefix && id[1] == '-')
      return schema;
  if (!id.empty() && id[0] >= '0' && id[0] <= '9') return schema_for("class");
  return schema_for("staff");
}

// The same value, whatever the positions it was read at.
inline bool same_value(const Value& a, const Value& b) {
  if (a.data().index() != b.data().index()) return false;
  if (const List* la = a.as_list()) {
    const List& lb = *b.as_list();
    if (la->size() != lb.size()) return false;
    for (size_t i = 0; i < la->size(); ++i)
      if (!same_value((*la)[i], lb[i])) return false;
    return true;
  }
  if (const Object* oa = a.as_object()) {
    const Object& ob = *b.as_object();
    if (oa->size() != ob.size()) return false;
    for (const auto& [key, member] : *oa) {
      const Value* other = b.get(key);
      if (!other || !same_value(member, *other)) return false;
    }
    return true;
  }
  if (a.as_string()) return *a.as_string() == *b.as_string();
  if (a.as_int()) return *a.as_int() == *b.as_int();
  if (a.as_bool()) return *a.as_bool() == *b.as_bool();
  if (a.as_date()) return *a.as_date() == *b.as_date();
  if (a.as_time()) return *a.as_time() == *b.as_time();
  return true;  // null
}

}  // namespace pd::fuzz
