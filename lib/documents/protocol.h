// The protocol of a meeting as a document (issue 14): what a secretary
// prints for the chair and the secretary to sign, in the minutes' language.
#pragma once

#include <optional>

#include "core/language.h"
#include "documents/document.h"
#include "school/names.h"
#include "school/settings.h"
#include "store/value.h"

namespace pd {

// The language of the protocol: `chosen` (--lang) when given, else the
// minutes' `lang`, else the school's documents' language
// (SchoolSettings::document_language()).
Language protocol_language(const Value& minutes, const SchoolSettings& school,
                           std::optional<Language> chosen);

// The school's letterhead (name, address, contacts); "ПРОТОКОЛ № N" with the
// kind, the class and the topic; the date and place; the chair, the
// secretary and the attendance; the agenda; the notes, a paragraph a line as
// written; the decisions as a table (№, decision, owner, due); for amended
// minutes a line for each amendment (its date, reason and version); a line for
// each signature with the name and, once signed, the date; the record's ID
// and, for frozen minutes, the digest. Every word that is not the record's
// own is written in `language`.
Document protocol_document(const Value& minutes, const SchoolSettings& school, const Names& names,
                           Language language);

}  // namespace pd
