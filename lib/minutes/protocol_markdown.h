// The printable protocol of a meeting in Markdown (`minutes show --format
// markdown`): a document to print and sign, or that shows the recorded
// signatures.
#pragma once

#include <string>
#include <string_view>

#include "core/date.h"
#include "school/names.h"
#include "store/value.h"

namespace pd {

// The school's name, the kind and date, attendance, agenda, notes, the
// decisions as a table with their owners' names and due dates, and a line
// to sign for the chair and the secretary (or their recorded signatures and
// the digest). Text from the record is made printable and escaped, so it
// cannot change the document's structure.
std::string protocol_markdown(const Value& minutes, std::string_view school_name,
                              const Names& names);

// `text` as Markdown inline text: the characters Markdown would read as
// markup escaped (and `|` in a table cell), newlines kept or made
// spaces.
enum class MarkdownContext { paragraph, table };
std::string markdown_escape(std::string_view text, MarkdownContext context);

}  // namespace pd
