// A document as one self-contained HTML file, styled for printing on A4:
// margins, a table whose rows never split across pages and whose columns
// fit names and dates, breaking only between words.
#pragma once

#include <string>

#include "documents/document.h"

namespace pd {

std::string document_html(const Document& doc);

// `text` with the characters HTML reads as markup written as references.
std::string html_escape(std::string_view text);

}  // namespace pd
