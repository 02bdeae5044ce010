#include "documents/markdown_escape.h"

#include "output/terminal_text.h"

namespace pd {

std::string markdown_escape(std::string_view text, MarkdownContext context) {
  std::string clean = printable(text, context == MarkdownContext::paragraph);
  while (!clean.empty() && clean.back() == '\n')
    clean.pop_back();
  std::string out;
  bool line_start = true;
  for (size_t i = 0; i < clean.size(); ++i) {
    char c = clean[i];
    // What would start a heading, a quote, a list item, a rule or a table
    // at the start of a line: "# ", "> ", "- ", "+ ", "1. ", "2) ", "---",
    // "===", "| a |". Python-Markdown knows no "\=" or "\|", so those are
    // written as character references.
    if (line_start && (c == '#' || c == '>' || c == '-' || c == '+')) out += '\\';
    if (line_start && c == '=') {
      out += "&#61;";
      line_start = false;
      continue;
    }
    if (line_start && context == MarkdownContext::paragraph && c >= '0' && c <= '9') {
      size_t end = clean.find_first_not_of("0123456789", i);
      if (end != std::string::npos && (clean[end] == '.' || clean[end] == ')')) {
        out.append(clean, i, end - i).append(1, '\\').append(1, clean[end]);
        i = end;
        line_start = false;
        continue;
      }
    }
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
        out += '\\';
        out += c;
        break;
      case '-':
        // "--" would become a dash in pandoc's smart typography.
        if (!line_start &&
            ((i > 0 && clean[i - 1] == '-') || (i + 1 < clean.size() && clean[i + 1] == '-')))
          out += '\\';
        out += c;
        break;
      case '|':
        out += context == MarkdownContext::table ? "\\|" : line_start ? "&#124;" : "|";
        break;
      case '<':
        out += "&lt;";
        break;
      default:
        out += c;
    }
    line_start = c == '\n' || (line_start && c == ' ');
  }
  return out;
}

}  // namespace pd
