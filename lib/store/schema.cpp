#include "store/schema.h"

#include <map>

#include "core/error.h"
#include "core/i18n.h"
#include "store/embedded_schemas.h"
#include "yaml/strict_yaml.h"

namespace pd {

const FieldSpec* FieldSpec::field(std::string_view field_name) const {
  for (const auto& f : fields)
    if (f.name == field_name) return &f;
  return nullptr;
}

const FieldSpec* FieldSpec::field_for_key(std::string_view key) const {
  if (const FieldSpec* named = field(key)) return named;
  for (const auto& f : fields)
    if (!f.former_name.empty() && f.former_name == key) return &f;
  return nullptr;
}

std::string RecordSchema::directory() const {
  size_t slash = path_pattern.find('/');
  return slash == std::string::npos ? std::string() : path_pattern.substr(0, slash);
}

std::string RecordSchema::path_for(std::string_view id) const {
  std::string path = path_pattern;
  auto replace = [&](std::string_view placeholder, std::string_view with) {
    if (size_t at = path.find(placeholder); at != std::string::npos)
      path.replace(at, placeholder.size(), with);
  };
  // A record ID is <T>-<yyyymmdd>-<XXXX>: the year is its characters 2..5.
  if (id_prefix && id.size() >= 6) replace("{year}", id.substr(2, 4));
  replace("{id}", id);
  return path;
}

namespace {

// The schema files are part of the program: an error in one is a defect of
// the build, reported with its position like any other file.
class SchemaLoader {
 public:
  void load_types(const yaml::Node& root, const std::string& file) {
    file_ = file;
    expect_keys(root, {"types"});
    const yaml::Node* types = root.find("types");
    if (!types || types->kind != yaml::NodeKind::mapping)
      fail(root, tr("'types': expected a mapping"));
    for (const auto& entry : types->entries)
      named_[entry.key] = spec(entry.value, entry.key);
  }

  RecordSchema load_record(const yaml::Node& root, const std::string& file) {
    file_ = file;
    expect_keys(root, {"record", "path", "id_prefix", "canonical", "fields"});
    RecordSchema schema;
    schema.name = scalar(root, "record");
    schema.path_pattern = scalar(root, "path");
    std::string prefix = optional_scalar(root, "id_prefix");
    if (prefix.size() > 1) fail(root, tr("'id_prefix': expected one letter"));
    schema.id_prefix = prefix.empty() ? 0 : prefix[0];
    schema.canonical = optional_scalar(root, "canonical") != "false";
    schema.root.name = schema.name;
    schema.root.type = FieldType::object;
    schema.root.fields = fields(*root.find("fields"));
    return schema;
  }

 private:
  [[noreturn]] void fail(const yaml::Node& at, const std::string& message) const {
    throw Error(ExitCode::system,
                msg("invalid schema: {}", Diagnostic{file_, at.pos, message}.str()));
  }

  void expect_keys(const yaml::Node& node, std::initializer_list<std::string_view> allowed) {
    if (node.kind != yaml::NodeKind::mapping) fail(node, tr("expected a mapping"));
    for (const auto& entry : node.entries)
      if (std::find(allowed.begin(), allowed.end(), entry.key) == allowed.end())
        fail(entry.value, msg("unknown schema key '{}'", entry.key));
  }

  std::string optional_scalar(const yaml::Node& node, std::string_view key) {
    const yaml::Node* value = node.find(key);
    if (!value) return {};
    if (value->kind != yaml::NodeKind::scalar) fail(*value, tr("expected a scalar"));
    return value->scalar;
  }

  std::string scalar(const yaml::Node& node, std::string_view key) {
    std::string value = optional_scalar(node, key);
    if (value.empty()) fail(node, msg("missing '{}'", key));
    return value;
  }

  std::vector<FieldSpec> fields(const yaml::Node& node) {
    if (node.kind != yaml::NodeKind::mapping) fail(node, tr("'fields': expected a mapping"));
    std::vector<FieldSpec> result;
    for (const auto& entry : node.entries)
      result.push_back(spec(entry.value, entry.key));
    return result;
  }

  FieldSpec spec(const yaml::Node& node, const std::string& name) {
    expect_keys(node, {"type", "required", "flow", "values", "pattern", "example", "min", "max",
                       "to", "items", "fields", "was"});
    std::string type = scalar(node, "type");
    FieldSpec result;
    static const std::map<std::string, FieldType, std::less<>> kTypes = {
        {"string", FieldType::string},
        {"text", FieldType::text},
        {"int", FieldType::integer},
        {"bool", FieldType::boolean},
        {"date", FieldType::date},
        {"time", FieldType::time},
        {"timestamp", FieldType::timestamp},
        {"enum", FieldType::enumeration},
        {"id", FieldType::id},
        {"ref", FieldType::ref},
        {"timezone", FieldType::timezone},
        {"list", FieldType::list},
        {"object", FieldType::object}};
    if (auto named = named_.find(type); named != named_.end()) {
      result = named->second;
    } else if (auto builtin = kTypes.find(type); builtin != kTypes.end()) {
      result.type = builtin->second;
    } else {
      fail(node, msg("unknown type '{}'", type));
    }
    result.name = name;
    if (node.find("required")) result.required = optional_scalar(node, "required") == "true";
    if (node.find("flow")) result.flow = optional_scalar(node, "flow") == "true";
    if (const yaml::Node* values = node.find("values")) {
      for (const auto& item : values->items)
        result.values.push_back(item.scalar);
    }
    if (node.find("pattern")) {
      result.pattern_text = optional_scalar(node, "pattern");
      result.pattern = std::make_shared<const std::regex>(result.pattern_text);
    }
    if (node.find("example")) result.example = optional_scalar(node, "example");
    if (node.find("min")) result.min = std::stoll(optional_scalar(node, "min"));
    if (node.find("max")) result.max = std::stoll(optional_scalar(node, "max"));
    if (node.find("was")) result.former_name = optional_scalar(node, "was");
    if (node.find("to")) result.ref_to = optional_scalar(node, "to");
    if (const yaml::Node* items = node.find("items"))
      result.items = std::make_shared<const FieldSpec>(spec(*items, name));
    if (const yaml::Node* object_fields = node.find("fields"))
      result.fields = fields(*object_fields);

    if (result.type == FieldType::enumeration && result.values.empty())
      fail(node, tr("an enum needs 'values'"));
    if (result.type == FieldType::list && !result.items) fail(node, tr("a list needs 'items'"));
    if (result.type == FieldType::object && result.fields.empty())
      fail(node, tr("an object needs 'fields'"));
    if (result.type == FieldType::ref && result.ref_to.empty()) fail(node, tr("a ref needs 'to'"));
    return result;
  }

  std::string file_;
  std::map<std::string, FieldSpec, std::less<>> named_;
};

yaml::Node parse_embedded(std::string_view name, std::string& file) {
  for (const auto& schema : embedded_schemas()) {
    if (schema.name == name) {
      file = "schemas/" + std::string(name) + ".yaml";
      return yaml::parse_strict(schema.text, file);
    }
  }
  throw Error(ExitCode::system, msg("schema '{}' is missing from this build", name));
}

std::vector<RecordSchema> load_all() {
  SchemaLoader loader;
  std::string file;
  loader.load_types(parse_embedded("types", file), file);
  std::vector<RecordSchema> schemas;
  for (std::string_view name :
       {"school", "staff", "class", "appeal", "booking", "minutes", "incident"}) {
    yaml::Node root = parse_embedded(name, file);
    schemas.push_back(loader.load_record(root, file));
  }
  return schemas;
}

}  // namespace

const std::vector<RecordSchema>& record_schemas() {
  static const std::vector<RecordSchema> schemas = load_all();
  return schemas;
}

const RecordSchema& schema_for(std::string_view record_type) {
  for (const auto& schema : record_schemas())
    if (schema.name == record_type) return schema;
  throw Error(ExitCode::system, msg("no schema for record type '{}'", record_type));
}

}  // namespace pd
