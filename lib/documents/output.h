// The formats a document is printed in, and where it goes: stdout, or a
// file written whole or not at all.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "documents/document.h"

namespace pd {

enum class DocumentFormat { markdown, html, pdf };

// --format of a document command: markdown, html or pdf. Left out, the
// extension of the -o file says (.pdf, .html or .htm, else markdown), and
// markdown without one. Throws Error (usage) for another name.
DocumentFormat document_format(std::string_view format, std::string_view output_file);

// The document's bytes in `format`.
std::string render_document(const Document& doc, DocumentFormat format);

// Writes `bytes` to `file` through a temporary file beside it and a rename,
// readable by its owner and group only (a document holds personal data).
// Throws Error (system) when it cannot.
void write_document(const std::filesystem::path& file, const std::string& bytes);

}  // namespace pd
