#include "store/canonical.h"

#include <fmt/format.h>

#include <regex>

namespace pd {

namespace {

enum class Context { block, flow };

// Plain scalars that another YAML reader would take for a number, a bool, a
// null or a date, or that YAML 1.1 reads as base-60.
bool looks_like_other_type(const std::string& s) {
  static const std::regex kSpecial(
      "(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|"
      "null|Null|NULL|~|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|"
      "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|"
      "[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+|"
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)");
  return std::regex_match(s, kSpecial);
}

bool plain_is_safe(const std::string& s, Context context) {
  if (s.empty() || looks_like_other_type(s)) return false;
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(s.front()) != std::string_view::npos || s.front() == ' ') return false;
  if (s.back() == ' ' || s.back() == ':') return false;
  if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos) return false;
  for (char c : s) {
    if (c == '\n' || c == '\t') return false;
    if (context == Context::flow && std::string_view(",[]{}").find(c) != std::string_view::npos)
      return false;
  }
  return true;
}

std::string double_quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string string_scalar(const std::string& s, Context context) {
  return plain_is_safe(s, context) ? s : double_quoted(s);
}

// Text of several lines is written as a literal block; text of newlines
// alone cannot be (a block of empty lines reads back empty), so it is quoted.
bool needs_block(const std::string& text) {
  return text.find('\n') != std::string::npos && text.find_first_not_of('\n') != std::string::npos;
}

class Writer {
 public:
  std::string take() { return std::move(out_); }

  // The fields of an object, one per line at `indent`; the first line may be
  // already started (after "- " of a list item).
  void fields(const Value& object, const FieldSpec& spec, size_t indent, bool first_started) {
    bool first = true;
    for (const auto& field : spec.fields) {
      const Value* value = object.get(field.name);
      if (!value || value->is_null()) continue;
      if (!(first && first_started)) out_.append(indent, ' ');
      first = false;
      out_ += field.name;
      out_ += ':';
      member(*value, field, indent);
    }
  }

 private:
  // What follows "key:" for a value.
  void member(const Value& value, const FieldSpec& spec, size_t indent) {
    if (spec.type == FieldType::object && !spec.flow) {
      out_ += '\n';
      fields(value, spec, indent + 2, false);
    } else if (spec.type == FieldType::list && !spec.flow) {
      const List& items = *value.as_list();
      if (items.empty()) {
        out_ += " []\n";
        return;
      }
      out_ += '\n';
      for (const auto& item : items) {
        out_.append(indent + 2, ' ');
        out_ += "- ";
        if (spec.items->type == FieldType::object && !spec.items->flow) {
          fields(item, *spec.items, indent + 4, true);
        } else if (spec.items->type == FieldType::text && item.as_string() &&
                   needs_block(*item.as_string())) {
          out_.pop_back();  // the block header follows "-" after one space
          literal_block(*item.as_string(), indent + 4);
        } else {
          out_ += inline_value(item, *spec.items);
          out_ += '\n';
        }
      }
    } else if (spec.type == FieldType::text && value.as_string() &&
               needs_block(*value.as_string())) {
      literal_block(*value.as_string(), indent + 2);
    } else {
      out_ += ' ';
      out_ += inline_value(value, spec);
      out_ += '\n';
    }
  }

  // " |" and the lines of `text` at `indent`; the chomping indicator keeps
  // the exact number of final newlines.
  void literal_block(const std::string& text, size_t indent) {
    out_ += " |";
    size_t first_content = text.find_first_not_of('\n');
    if (first_content != std::string::npos && text[first_content] == ' ') out_ += '2';
    size_t trailing = text.size() - text.find_last_not_of('\n') - 1;
    if (trailing == 0) out_ += '-';
    if (trailing > 1) out_ += '+';
    out_ += '\n';
    std::string_view body(text);
    if (trailing > 0) body.remove_suffix(1);
    size_t start = 0;
    while (start <= body.size()) {
      size_t end = body.find('\n', start);
      if (end == std::string_view::npos) end = body.size();
      std::string_view line = body.substr(start, end - start);
      if (!line.empty()) out_.append(indent, ' ');
      out_ += line;
      out_ += '\n';
      start = end + 1;
    }
  }

  // A value on one line: scalars, and flow lists and objects.
  std::string inline_value(const Value& value, const FieldSpec& spec,
                           Context context = Context::block) {
    if (spec.type == FieldType::list) {
      std::string out = "[";
      for (const auto& item : *value.as_list()) {
        if (out.size() > 1) out += ", ";
        out += inline_value(item, *spec.items, Context::flow);
      }
      return out + "]";
    }
    if (spec.type == FieldType::object) {
      std::string out = "{";
      for (const auto& field : spec.fields) {
        const Value* member_value = value.get(field.name);
        if (!member_value || member_value->is_null()) continue;
        if (out.size() > 1) out += ", ";
        out += field.name + ": " + inline_value(*member_value, field, Context::flow);
      }
      return out + "}";
    }
    return std::visit(
        [&](const auto& v) -> std::string {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::string>) {
            if (spec.type == FieldType::timestamp) return v;
            return string_scalar(v, context);
          } else if constexpr (std::is_same_v<T, std::int64_t>) {
            return std::to_string(v);
          } else if constexpr (std::is_same_v<T, bool>) {
            return v ? "true" : "false";
          } else if constexpr (std::is_same_v<T, Date>) {
            return v.str();
          } else if constexpr (std::is_same_v<T, TimeOfDay>) {
            return '"' + v.str() + '"';
          } else {
            return "null";
          }
        },
        value.data());
  }

  std::string out_;
};

}  // namespace

std::string to_canonical_yaml(const Value& record, const RecordSchema& schema) {
  Writer writer;
  writer.fields(record, schema.root, 0, false);
  return writer.take();
}

}  // namespace pd

namespace pd {

std::string yaml_scalar(const std::string& text) {
  return string_scalar(text, Context::block);
}

}  // namespace pd
