// A document as PDF, laid out by pango and drawn by cairo: A4, the DejaVu
// fonts (fonts-dejavu-core) embedded, Kazakh and Russian letters shaped by
// HarfBuzz, words broken only between words where they fit. The program
// makes the PDF itself, so printing needs nothing but a PDF viewer.
#pragma once

#include <string>

#include "documents/document.h"

namespace pd {

// The PDF's bytes. Throws Error (system) when cairo fails.
std::string document_pdf(const Document& doc);

}  // namespace pd
