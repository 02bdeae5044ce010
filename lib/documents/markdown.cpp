#include "documents/markdown.h"

#include <fmt/format.h>

#include "documents/markdown_escape.h"

namespace pd {

namespace {

std::string text(std::string_view s) {
  return markdown_escape(s, MarkdownContext::paragraph);
}

std::string cell(std::string_view s) {
  return markdown_escape(s, MarkdownContext::table);
}

// Lines of one paragraph, each ending in a hard line break but the last.
std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : "  \n") + text(item);
  return out;
}

void numbered(std::string& out, const std::vector<std::string>& items) {
  size_t n = 0;
  for (const auto& item : items) {
    std::string prefix = fmt::format("{}. ", ++n);
    out += prefix;
    for (char c : text(item)) {
      out += c;
      if (c == '\n') out.append(prefix.size(), ' ');
    }
    out += '\n';
  }
}

void table(std::string& out, const DocTable& t) {
  std::string head = "|", rule = "|";
  for (const auto& column : t.columns) {
    head += " " + cell(column.title) + " |";
    rule += column.align == Align::right ? "---:|" : "---|";
  }
  out += head + "\n" + rule + "\n";
  for (const auto& row : t.rows) {
    std::string line = "|";
    for (const auto& value : row)
      line += " " + cell(value) + " |";
    out += line + "\n";
  }
}

constexpr std::string_view kSignatureLine = "................................";

}  // namespace

std::string document_markdown(const Document& doc) {
  std::vector<std::string> parts;
  if (!doc.letterhead.empty()) {
    std::vector<std::string> rest(doc.letterhead.begin() + 1, doc.letterhead.end());
    parts.push_back("**" + text(doc.letterhead.front()) + "**" +
                    (rest.empty() ? "" : "  \n" + lines(rest)));
  }
  if (!doc.title.empty()) parts.push_back("# " + text(doc.title));
  if (!doc.subtitle.empty()) parts.push_back(lines(doc.subtitle));
  if (!doc.date.empty() || !doc.place.empty())
    parts.push_back(
        lines(doc.place.empty() ? std::vector{doc.date} : std::vector{doc.date, doc.place}));
  for (const Block& block : doc.blocks) {
    std::string out;
    switch (block.kind) {
      case BlockKind::heading:
        out = "## " + text(block.text);
        break;
      case BlockKind::paragraphs:
        for (const auto& item : block.items)
          out += (out.empty() ? "" : "\n\n") + text(item);
        break;
      case BlockKind::fields:
        for (const auto& field : block.fields)
          out += fmt::format("- **{}:** {}\n", text(field.label), text(field.value));
        break;
      case BlockKind::numbered:
        numbered(out, block.items);
        break;
      case BlockKind::table:
        table(out, block.table);
        break;
      case BlockKind::signatures:
        for (const auto& line : block.signatures) {
          std::string sig = fmt::format("{}: {}{}", text(line.role), kSignatureLine,
                                        line.name.empty() ? "" : " " + text(line.name));
          if (!line.signed_on.empty()) sig += "  \n" + text(line.signed_on);
          out += (out.empty() ? "" : "\n\n") + sig;
        }
        break;
      case BlockKind::small_print:
        out = lines(block.items);
        break;
    }
    while (out.ends_with('\n'))
      out.pop_back();
    if (!out.empty()) parts.push_back(out);
  }
  std::string result;
  for (const auto& part : parts)
    result += (result.empty() ? "" : "\n\n") + part;
  return result + "\n";
}

}  // namespace pd
