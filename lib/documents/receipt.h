// The receipt slip (талон) a parent is given when an appeal is accepted
// (issue 14): its registration number, when and by whom it was accepted,
// what it is about, when and how the answer comes. Never the appeal's text.
#pragma once

#include <optional>

#include "core/language.h"
#include "documents/document.h"
#include "school/settings.h"
#include "store/value.h"

namespace pd {

// The language of an appeal's documents: `chosen` (--lang) when given, else
// the appeal's `lang` (A1).
Language appeal_document_language(const Value& appeal, std::optional<Language> chosen);

// The school's letterhead; "ТАЛОН № 47" "о приёме обращения"; the
// registration number, the appeal's ID, the day and time it was received,
// who accepted it, the parent, the kind, the subject, the due date and how
// the answer will be delivered; a line for the signature of who accepted
// it. Every word not the record's own is written in `language`.
Document receipt_document(const Value& appeal, const SchoolSettings& school, Language language);

}  // namespace pd
