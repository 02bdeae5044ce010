// Nested JSON objects with stable keys (reports that a region sums across
// schools); arrays of records go through Rows instead.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd {

class JsonWriter {
 public:
  JsonWriter& begin_object(std::string_view key = {});
  JsonWriter& end_object();
  JsonWriter& field(std::string_view key, std::string_view text);
  JsonWriter& field(std::string_view key, const char* text) {
    return field(key, std::string_view(text));
  }
  JsonWriter& field(std::string_view key, std::int64_t number);
  JsonWriter& field(std::string_view key, std::optional<double> number);  // null when empty
  // The document, with a final newline.
  std::string str() const { return out_ + "\n"; }

 private:
  void key(std::string_view name);
  std::string out_;
  std::vector<bool> first_;  // per open object: no member yet
};

}  // namespace pd
