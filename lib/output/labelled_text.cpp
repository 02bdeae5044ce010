#include "output/labelled_text.h"

#include <algorithm>

#include "core/utf8.h"
#include "output/terminal_text.h"

namespace pd {

namespace {

// The title's width and a colon, then at least one space.
constexpr size_t kLabelWidth = 12;

}  // namespace

void LabelledText::line(std::string_view title, std::string_view value) {
  lines_.push_back({std::string(title), printable(value)});
}

void LabelledText::block(std::string_view heading, std::string_view text) {
  flush();
  out_.append("\n").append(heading).append(":\n");
  std::string body = printable(text, true);
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string_view row = std::string_view(body).substr(start, end - start);
    if (!row.empty()) out_.append("  ").append(row);
    out_ += '\n';
    start = end + 1;
  }
}

std::string LabelledText::take() {
  flush();
  return std::move(out_);
}

void LabelledText::flush() {
  size_t width = kLabelWidth;
  for (const auto& [title, value] : lines_)
    width = std::max(width, utf8::display_width(title) + 1);
  for (const auto& [title, value] : lines_) {
    out_ += title + ":";
    out_.append(width - utf8::display_width(title), ' ');
    out_ += value + "\n";
  }
  lines_.clear();
}

std::string short_time(std::string_view timestamp) {
  if (timestamp.size() < 16) return std::string(timestamp);
  return std::string(timestamp.substr(0, 10)) + " " + std::string(timestamp.substr(11, 5));
}

}  // namespace pd
