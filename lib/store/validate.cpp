#include "store/validate.h"

#include <fmt/format.h>

#include <charconv>

#include "core/clock.h"
#include "core/did_you_mean.h"
#include "core/i18n.h"
#include "store/record_id.h"

namespace pd {

namespace {

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += separator;
    out += w;
  }
  return out;
}

class Validator {
 public:
  Validator(const std::string& file, std::string_view record_type,
            std::vector<Diagnostic>& problems)
      : file_(file), record_type_(record_type), problems_(problems) {}

  Value object(const yaml::Node& node, const FieldSpec& spec, const std::string& path) {
    if (node.kind != yaml::NodeKind::mapping) {
      problem(node.pos, path, tr("expected a mapping of fields"), node);
      return {};
    }
    Value result{Object{}};
    result.set_pos(node.pos);
    std::vector<std::string> known;
    for (const auto& field : spec.fields)
      known.push_back(field.name);
    for (const auto& entry : node.entries) {
      std::string field_path = path.empty() ? entry.key : path + "." + entry.key;
      const FieldSpec* field = spec.field_for_key(entry.key);
      if (!field) {
        if (auto guess = did_you_mean(entry.key, known))
          report(entry.key_pos, field_path, msg("unknown field (did you mean '{}'?)", *guess));
        else
          report(entry.key_pos, field_path,
                 msg("unknown field; expected one of: {}", join(known, ", ")));
        continue;
      }
      if (entry.value.kind == yaml::NodeKind::null) continue;  // `key:` is an absent field
      if (entry.key != field->name && node.find(field->name)) {
        report(entry.key_pos, field_path,
               msg("'{}' is the former name of '{}', which is also given", entry.key, field->name));
        continue;
      }
      Value value = any(entry.value, *field, field_path);
      if (!value.is_null()) result.as_object()->emplace_back(field->name, std::move(value));
    }
    for (const auto& field : spec.fields) {
      const yaml::Node* given = node.find(field.name);
      if (!given && !field.former_name.empty()) given = node.find(field.former_name);
      if (field.required && (!given || given->kind == yaml::NodeKind::null))
        report(node.pos, path.empty() ? field.name : path + "." + field.name,
               tr("required field is missing"));
    }
    return result;
  }

 private:
  void report(Position pos, const std::string& path, std::string message) {
    problems_.push_back(
        Diagnostic{file_, pos, path.empty() ? message : fmt::format("'{}': {}", path, message)});
  }

  // A problem with a value, quoting what was found.
  void problem(Position pos, const std::string& path, std::string_view expected,
               const yaml::Node& found) {
    std::string got;
    switch (found.kind) {
      case yaml::NodeKind::scalar:
        got = fmt::format("'{}'", found.scalar);
        break;
      case yaml::NodeKind::sequence:
        got = tr("a list");
        break;
      case yaml::NodeKind::mapping:
        got = tr("a mapping");
        break;
      case yaml::NodeKind::null:
        got = tr("nothing");
        break;
    }
    report(pos, path, msg("{}, got {}", expected, got));
  }

  Value any(const yaml::Node& node, const FieldSpec& spec, const std::string& path) {
    Value value;
    switch (spec.type) {
      case FieldType::list:
        value = list(node, spec, path);
        break;
      case FieldType::object:
        value = object(node, spec, path);
        break;
      default:
        value = scalar(node, spec, path);
        break;
    }
    value.set_pos(node.pos);
    return value;
  }

  Value list(const yaml::Node& node, const FieldSpec& spec, const std::string& path) {
    if (node.kind != yaml::NodeKind::sequence) {
      problem(node.pos, path, tr("expected a list"), node);
      return {};
    }
    List items;
    for (size_t i = 0; i < node.items.size(); ++i) {
      Value item = any(node.items[i], *spec.items, fmt::format("{}[{}]", path, i + 1));
      if (!item.is_null()) items.push_back(std::move(item));
    }
    return Value(std::move(items));
  }

  Value scalar(const yaml::Node& node, const FieldSpec& spec, const std::string& path) {
    if (node.kind != yaml::NodeKind::scalar) {
      problem(node.pos, path, tr("expected a single value"), node);
      return {};
    }
    const std::string& text = node.scalar;
    bool plain = node.style == yaml::ScalarStyle::plain;
    switch (spec.type) {
      case FieldType::string:
        if (text.find('\n') != std::string::npos) {
          report(node.pos, path, tr("expected a single line of text"));
          return {};
        }
        if (spec.required && text.empty()) {
          report(node.pos, path, tr("must not be empty"));
          return {};
        }
        if (spec.pattern && !std::regex_match(text, *spec.pattern)) {
          problem(node.pos, path,
                  spec.example.empty() ? msg("expected text matching {}", spec.pattern_text)
                                       : msg("expected a value like {}", spec.example),
                  node);
          return {};
        }
        return Value(text);
      case FieldType::text:
        if (spec.required && text.empty()) {
          report(node.pos, path, tr("must not be empty"));
          return {};
        }
        return Value(text);
      case FieldType::integer: {
        std::int64_t number = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (!plain || error != std::errc() || end != text.data() + text.size()) {
          problem(node.pos, path, tr("expected a whole number"), node);
          return {};
        }
        if (spec.min && number < *spec.min) {
          problem(node.pos, path, msg("expected at least {}", *spec.min), node);
          return {};
        }
        if (spec.max && number > *spec.max) {
          problem(node.pos, path, msg("expected at most {}", *spec.max), node);
          return {};
        }
        return Value(number);
      }
      case FieldType::boolean:
        if (plain && (text == "true" || text == "false")) return Value(text == "true");
        problem(node.pos, path, tr("expected true or false"), node);
        return {};
      case FieldType::date:
        if (auto date = Date::parse(text)) return Value(*date);
        problem(node.pos, path, tr("expected a date YYYY-MM-DD that exists"), node);
        return {};
      case FieldType::time:
        if (auto time = TimeOfDay::parse(text)) return Value(*time);
        problem(node.pos, path, tr("expected a time HH:MM"), node);
        return {};
      case FieldType::timestamp:
        if (is_timestamp(text)) return Value(text);
        problem(node.pos, path, tr("expected a timestamp like 2026-11-24T15:30:00+05:00"), node);
        return {};
      case FieldType::enumeration:
        if (std::find(spec.values.begin(), spec.values.end(), text) != spec.values.end())
          return Value(text);
        if (auto guess = did_you_mean(text, spec.values))
          problem(node.pos, path,
                  msg("expected one of {} (did you mean '{}'?)", join(spec.values, ", "), *guess),
                  node);
        else
          problem(node.pos, path, msg("expected one of {}", join(spec.values, ", ")), node);
        return {};
      case FieldType::id:
      case FieldType::ref:
        return reference(node, spec, path);
      case FieldType::timezone:
        if (timezone_exists(text)) return Value(text);
        problem(node.pos, path, tr("expected a time zone such as Asia/Almaty"), node);
        return {};
      case FieldType::list:
      case FieldType::object:
        break;
    }
    return {};
  }

  // An ID: the record's own, or one that refers to a record of another type.
  // Whether the referred record exists is for the store to check.
  Value reference(const yaml::Node& node, const FieldSpec& spec, const std::string& path) {
    const std::string& text = node.scalar;
    const RecordSchema& target =
        schema_for(spec.type == FieldType::id ? record_type_ : spec.ref_to);
    if (target.id_prefix) {
      if (is_record_id(text, target.id_prefix)) return Value(text);
      problem(node.pos, path,
              msg("expected an ID like {}-20261124-K7QM", std::string(1, target.id_prefix)), node);
      return {};
    }
    const FieldSpec* id_spec = target.root.field("id");
    if (id_spec && id_spec->pattern && std::regex_match(text, *id_spec->pattern))
      return Value(text);
    std::string example = id_spec ? id_spec->example : "";
    if (target.name == "staff")
      problem(node.pos, path, msg("expected a staff ID like {}", example), node);
    else if (target.name == "class")
      problem(node.pos, path, msg("expected a class ID like {}", example), node);
    else
      problem(node.pos, path,
              msg("expected an ID of a record of type '{}' like {}", target.name, example), node);
    return {};
  }

 private:
  const std::string& file_;
  std::string_view record_type_;
  std::vector<Diagnostic>& problems_;
};

}  // namespace

Value validate(const yaml::Node& tree, const RecordSchema& schema, const std::string& file,
               std::vector<Diagnostic>& problems) {
  Validator validator(file, schema.name, problems);
  return validator.object(tree, schema.root, "");
}

}  // namespace pd
