// The compact in-memory form of a record: typed values checked against a
// schema, with the position each came from. No yaml-cpp type survives here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/date.h"
#include "core/error.h"

namespace pd {

class Value;
using List = std::vector<Value>;
using Object = std::vector<std::pair<std::string, Value>>;

class Value {
 public:
  using Data =
      std::variant<std::monostate, std::string, std::int64_t, bool, Date, TimeOfDay, List, Object>;

  Value() = default;
  Value(std::string text) : data_(std::move(text)) {}
  Value(const char* text) : data_(std::string(text)) {}
  Value(std::int64_t number) : data_(number) {}
  Value(int number) : data_(std::int64_t(number)) {}
  Value(bool flag) : data_(flag) {}
  Value(Date date) : data_(date) {}
  Value(TimeOfDay time) : data_(time) {}
  Value(List list) : data_(std::move(list)) {}
  Value(Object object) : data_(std::move(object)) {}

  const Data& data() const { return data_; }
  Position pos() const { return pos_; }
  void set_pos(Position pos) { pos_ = pos; }

  bool is_null() const { return std::holds_alternative<std::monostate>(data_); }
  const std::string* as_string() const { return std::get_if<std::string>(&data_); }
  const std::int64_t* as_int() const { return std::get_if<std::int64_t>(&data_); }
  const bool* as_bool() const { return std::get_if<bool>(&data_); }
  const Date* as_date() const { return std::get_if<Date>(&data_); }
  const TimeOfDay* as_time() const { return std::get_if<TimeOfDay>(&data_); }
  const List* as_list() const { return std::get_if<List>(&data_); }
  List* as_list() { return std::get_if<List>(&data_); }
  const Object* as_object() const { return std::get_if<Object>(&data_); }
  Object* as_object() { return std::get_if<Object>(&data_); }

  // Fields of an object value; nullptr when absent or not an object.
  const Value* get(std::string_view key) const;
  Value* get(std::string_view key);
  // Sets (or replaces) a field of an object value; the writer orders fields
  // by the schema, so the order here does not matter.
  void set(std::string_view key, Value value);
  void erase(std::string_view key);

  // Typed shortcuts for fields: an empty string / nullopt when absent.
  std::string_view text(std::string_view key) const;
  std::optional<Date> date(std::string_view key) const;
  std::optional<std::int64_t> integer(std::string_view key) const;

 private:
  Data data_;
  Position pos_;
};

}  // namespace pd
