#include "documents/html.h"

#include <fmt/format.h>

namespace pd {

namespace {

// A4 with the margins of Kazakhstan's office documents (left 30 mm for the
// binding); rows, signature lines and headings kept with what follows; names
// and dates never broken, the decision's text taking what is left.
constexpr std::string_view kStyle = R"(@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 11pt; line-height: 1.3;
  max-width: 165mm; margin: 0 auto; hyphens: manual; }
.letterhead { text-align: center; border-bottom: 1px solid #000; padding-bottom: 4pt; }
.letterhead .school { font-weight: bold; font-size: 12pt; }
h1 { text-align: center; font-size: 14pt; margin: 12pt 0 2pt; letter-spacing: 0.05em; }
.subtitle { text-align: center; margin: 0; }
.dateline { display: flex; justify-content: space-between; margin: 8pt 0; }
h2 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
dl.fields { margin: 0; }
dl.fields div { margin: 1pt 0; }
dl.fields dt { display: inline; font-weight: bold; }
dl.fields dd { display: inline; margin: 0; }
p { margin: 0 0 4pt; }
ol { margin: 0; padding-left: 18pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
thead { display: table-header-group; }
tr, td, th { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left;
  word-break: normal; overflow-wrap: normal; hyphens: none; }
th.narrow, td.narrow { width: 1.5em; text-align: right; white-space: nowrap; }
.fit { white-space: nowrap; }
.right { text-align: right; }
.signatures { margin-top: 18pt; break-inside: avoid; page-break-inside: avoid; }
.signature { margin: 16pt 0 0; }
.signature .role { display: inline-block; min-width: 8em; }
.signature .line { display: inline-block; width: 45mm; border-bottom: 0.75pt solid #000;
  margin: 0 8pt; }
.signed { margin-left: 8em; font-size: 9pt; }
.small { margin-top: 14pt; font-size: 8pt; color: #333; overflow-wrap: anywhere; }
@media screen { body { margin: 20mm auto; } })";

std::string paragraph_text(std::string_view text) {
  // A newline in a record's text is a line break in its paragraph.
  std::string out;
  for (char c : html_escape(text))
    out += c == '\n' ? std::string("<br>\n") : std::string(1, c);
  return out;
}

std::string column_class(const DocColumn& column) {
  std::string classes = column.width == ColumnWidth::narrow ? "narrow"
                        : column.width == ColumnWidth::fit  ? "fit"
                                                            : "fill";
  if (column.align == Align::right) classes += " right";
  return classes;
}

void table(std::string& out, const DocTable& t) {
  out += "<table>\n<thead><tr>";
  for (const auto& column : t.columns)
    out += fmt::format("<th class=\"{}\">{}</th>", column_class(column), html_escape(column.title));
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
      out += fmt::format("<td class=\"{}\">{}</td>", column_class(t.columns[i]),
                         paragraph_text(row[i]));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void block(std::string& out, const Block& b) {
  switch (b.kind) {
    case BlockKind::heading:
      out += "<h2>" + html_escape(b.text) + "</h2>\n";
      break;
    case BlockKind::paragraphs:
      for (const auto& item : b.items)
        out += "<p>" + paragraph_text(item) + "</p>\n";
      break;
    case BlockKind::fields:
      out += "<dl class=\"fields\">\n";
      for (const auto& field : b.fields)
        out += fmt::format("<div><dt>{}:</dt> <dd>{}</dd></div>\n", html_escape(field.label),
                           html_escape(field.value));
      out += "</dl>\n";
      break;
    case BlockKind::numbered:
      out += "<ol>\n";
      for (const auto& item : b.items)
        out += "<li>" + paragraph_text(item) + "</li>\n";
      out += "</ol>\n";
      break;
    case BlockKind::table:
      table(out, b.table);
      break;
    case BlockKind::signatures:
      out += "<div class=\"signatures\">\n";
      for (const auto& line : b.signatures) {
        out += fmt::format(
            "<div class=\"signature\"><span class=\"role\">{}</span><span "
            "class=\"line\">&#160;</span><span class=\"name\">{}</span></div>\n",
            html_escape(line.role), html_escape(line.name));
        if (!line.signed_on.empty())
          out += "<div class=\"signed\">" + html_escape(line.signed_on) + "</div>\n";
      }
      out += "</div>\n";
      break;
    case BlockKind::small_print:
      out += "<div class=\"small\">";
      for (size_t i = 0; i < b.items.size(); ++i)
        out += (i ? "<br>" : "") + html_escape(b.items[i]);
      out += "</div>\n";
      break;
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string document_html(const Document& doc) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
      "<style>\n{}\n</style>\n</head>\n<body>\n",
      language_code(doc.language), html_escape(document_name(doc)), kStyle);
  if (!doc.letterhead.empty()) {
    out += "<header class=\"letterhead\">\n";
    for (size_t i = 0; i < doc.letterhead.size(); ++i)
      out += fmt::format("<div{}>{}</div>\n", i == 0 ? " class=\"school\"" : "",
                         html_escape(doc.letterhead[i]));
    out += "</header>\n";
  }
  if (!doc.title.empty()) out += "<h1>" + html_escape(doc.title) + "</h1>\n";
  for (const auto& line : doc.subtitle)
    out += "<p class=\"subtitle\">" + html_escape(line) + "</p>\n";
  if (!doc.date.empty() || !doc.place.empty())
    out += fmt::format("<div class=\"dateline\"><span>{}</span><span>{}</span></div>\n",
                       html_escape(doc.date), html_escape(doc.place));
  for (const Block& b : doc.blocks)
    block(out, b);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace pd
