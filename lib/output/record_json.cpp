#include "output/record_json.h"

#include "output/rows.h"

namespace pd {

namespace {

void json_value(std::string& out, const Value* value, const FieldSpec& spec,
                const DerivedMembers& derived);

void json_object(std::string& out, const Value& object, const FieldSpec& spec,
                 const DerivedMembers& derived, bool nested) {
  out += '{';
  bool first = true;
  for (const FieldSpec& field : spec.fields) {
    out += first ? "" : ", ";
    first = false;
    out += json_quote(field.name) + ": ";
    json_value(out, object.get(field.name), field, derived);
  }
  if (nested && derived) out += derived(object, spec);
  out += '}';
}

void json_value(std::string& out, const Value* value, const FieldSpec& spec,
                const DerivedMembers& derived) {
  if (!value || value->is_null()) {
    out += "null";
  } else if (const List* list = value->as_list()) {
    out += '[';
    for (size_t i = 0; i < list->size(); ++i) {
      if (i) out += ", ";
      if (spec.items)
        json_value(out, &(*list)[i], *spec.items, derived);
      else
        out += "null";
    }
    out += ']';
  } else if (value->as_object()) {
    json_object(out, *value, spec, derived, true);
  } else if (const std::string* text = value->as_string()) {
    out += json_quote(*text);
  } else if (const std::int64_t* number = value->as_int()) {
    out += std::to_string(*number);
  } else if (const bool* flag = value->as_bool()) {
    out += *flag ? "true" : "false";
  } else if (const Date* date = value->as_date()) {
    out += json_quote(date->str());
  } else if (const TimeOfDay* time = value->as_time()) {
    out += json_quote(time->str());
  } else {
    out += "null";
  }
}

}  // namespace

std::string record_json_open(const Value& record, const FieldSpec& spec,
                             const DerivedMembers& derived) {
  std::string out;
  json_object(out, record, spec, derived, false);
  out.pop_back();  // the closing brace: the derived fields follow
  return out;
}

}  // namespace pd
