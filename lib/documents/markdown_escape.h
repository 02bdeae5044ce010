// Text from a record inside a Markdown document: escaped so that it keeps
// its words and its shape in pandoc and in Python-Markdown, and cannot
// change the document's structure.
#pragma once

#include <string>
#include <string_view>

namespace pd {

// `text` as Markdown inline text: the characters Markdown would read as
// markup escaped (and `|` in a table cell), newlines kept in a paragraph or
// made spaces in a table cell; control characters dropped.
enum class MarkdownContext { paragraph, table };
std::string markdown_escape(std::string_view text, MarkdownContext context);

}  // namespace pd
