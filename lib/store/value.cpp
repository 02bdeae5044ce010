#include "store/value.h"

#include <algorithm>

namespace pd {

const Value* Value::get(std::string_view key) const {
  const Object* object = as_object();
  if (!object) return nullptr;
  for (const auto& [name, value] : *object)
    if (name == key) return &value;
  return nullptr;
}

Value* Value::get(std::string_view key) {
  return const_cast<Value*>(static_cast<const Value*>(this)->get(key));
}

void Value::set(std::string_view key, Value value) {
  if (!as_object()) data_ = Object{};
  if (Value* existing = get(key)) {
    *existing = std::move(value);
    return;
  }
  as_object()->emplace_back(std::string(key), std::move(value));
}

void Value::erase(std::string_view key) {
  if (Object* object = as_object())
    std::erase_if(*object, [&](const auto& field) { return field.first == key; });
}

std::string_view Value::text(std::string_view key) const {
  const Value* field = get(key);
  const std::string* s = field ? field->as_string() : nullptr;
  return s ? std::string_view(*s) : std::string_view();
}

std::optional<Date> Value::date(std::string_view key) const {
  const Value* field = get(key);
  const Date* d = field ? field->as_date() : nullptr;
  return d ? std::optional<Date>(*d) : std::nullopt;
}

std::optional<std::int64_t> Value::integer(std::string_view key) const {
  const Value* field = get(key);
  const std::int64_t* n = field ? field->as_int() : nullptr;
  return n ? std::optional<std::int64_t>(*n) : std::nullopt;
}

}  // namespace pd
