// A document as Markdown (CommonMark with pipe tables, as pandoc and
// Python-Markdown read it): the text of the record escaped so that it keeps
// its words and shape.
#pragma once

#include <string>

#include "documents/document.h"

namespace pd {

std::string document_markdown(const Document& doc);

}  // namespace pd
