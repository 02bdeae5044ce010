// What every command that prints a document shares (minutes print, appeal
// receipt, appeal letter): -o FILE, --lang, and the choice of format by
// --format or the file's extension.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

#include "cli/context.h"
#include "core/language.h"
#include "documents/document.h"

namespace pd {

struct DocumentOptions {
  std::string output;  // -o FILE; empty: standard output
  std::string lang;    // --lang; empty: the record's language
  std::optional<Language> language() const;
};

// Declares -o/--output and --lang (described by `lang_help`) on `cmd`.
std::shared_ptr<DocumentOptions> add_document_options(CLI::App* cmd, const std::string& lang_help);

// Refuses (Error usage) a PDF for a terminal before anything is read; the
// format --format or -o's extension chose.
void require_printable_output(Context& ctx, const DocumentOptions& options);

// Renders `doc` in the chosen format to standard output or the -o file.
void emit_document(Context& ctx, const DocumentOptions& options, const Document& doc);

}  // namespace pd
