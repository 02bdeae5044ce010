// A record shown to people (`appeal show`, `book show`): labelled lines
// whose values start in one column, then headed blocks of text; every text
// made printable.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pd {

class LabelledText {
 public:
  // A labelled line (`title` in the interface language). The labelled lines
  // come first; their values start in one column, after the longest title.
  void line(std::string_view title, std::string_view value);
  // A heading and a block of text indented by two spaces.
  void block(std::string_view heading, std::string_view text);
  // Text as it is (a first line).
  void raw(std::string_view text) { out_ += text; }
  std::string take();

 private:
  void flush();

  std::vector<std::pair<std::string, std::string>> lines_;
  std::string out_;
};

// `2026-11-24T15:30:00+05:00` as `2026-11-24 15:30`.
std::string short_time(std::string_view timestamp);

}  // namespace pd
