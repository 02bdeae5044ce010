#include "documents/output.h"

#include "core/error.h"
#include "core/i18n.h"
#include "documents/html.h"
#include "documents/markdown.h"
#include "documents/pdf.h"
#include "store/atomic_file.h"

namespace pd {

DocumentFormat document_format(std::string_view format, std::string_view output_file) {
  if (format.empty()) {
    std::string extension = std::filesystem::path(output_file).extension().string();
    if (extension == ".pdf") return DocumentFormat::pdf;
    if (extension == ".html" || extension == ".htm") return DocumentFormat::html;
    return DocumentFormat::markdown;
  }
  if (format == "markdown") return DocumentFormat::markdown;
  if (format == "html") return DocumentFormat::html;
  if (format == "pdf") return DocumentFormat::pdf;
  throw Error(ExitCode::usage,
              msg("--format: expected one of {} here, got '{}'", "markdown, html, pdf", format));
}

std::string render_document(const Document& doc, DocumentFormat format) {
  switch (format) {
    case DocumentFormat::html:
      return document_html(doc);
    case DocumentFormat::pdf:
      return document_pdf(doc);
    default:
      return document_markdown(doc);
  }
}

void write_document(const std::filesystem::path& file, const std::string& bytes) {
  FileTransaction transaction;
  transaction.stage(file, bytes, FileTransaction::kRecordMode);
  transaction.commit();
}

}  // namespace pd
