#include "output/json_writer.h"

#include <fmt/format.h>

#include "output/rows.h"

namespace pd {

void JsonWriter::key(std::string_view name) {
  if (first_.empty()) return;
  out_ += first_.back() ? "\n" : ",\n";
  first_.back() = false;
  out_.append(2 * first_.size(), ' ');
  // Inside an object every member has a key, the empty one too (appeals
  // without a class, counted by class): JSON has no member without one.
  out_ += json_quote(name) + ": ";
}

JsonWriter& JsonWriter::begin_object(std::string_view name) {
  key(name);
  out_ += "{";
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool empty = first_.back();
  first_.pop_back();
  if (!empty) {
    out_ += "\n";
    out_.append(2 * first_.size(), ' ');
  }
  out_ += "}";
  return *this;
}

JsonWriter& JsonWriter::field(std::string_view name, std::string_view text) {
  key(name);
  out_ += json_quote(text);
  return *this;
}

JsonWriter& JsonWriter::field(std::string_view name, std::int64_t number) {
  key(name);
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::field(std::string_view name, std::optional<double> number) {
  key(name);
  out_ += number ? fmt::format("{:.1f}", *number) : "null";
  return *this;
}

}  // namespace pd
