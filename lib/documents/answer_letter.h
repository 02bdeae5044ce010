// The answer letter to an appeal (issue 14, A1): on the school's
// letterhead, from the store's template of the appeal's language, with the
// outgoing number, the reference to the appeal and the answer recorded by
// `appeal respond`, signed by the director unless another signer is named.
#pragma once

#include <string>

#include "documents/document.h"
#include "documents/letter_template.h"
#include "school/settings.h"
#include "store/value.h"

namespace pd {

// Who signs the letter: a staff member's name and their role ("director",
// as in staff.yaml), worded in the letter's language when it is printed.
struct LetterSigner {
  std::string name;
  std::string role = "director";
};

// The letter's signer by default: the director named in school.yaml.
LetterSigner default_letter_signer(const SchoolSettings& school);

// Refuses (Error refused) to write a letter for an appeal without a
// recorded answer, or from a template in another language than the
// appeal's (A1: the answer goes out in the appeal's language).
void require_letter_possible(const Value& appeal, const LetterTemplate& letter);

// The letter: the letterhead; the template's text with its fields filled
// (each non-blank line a paragraph, "# " a heading; the answer's lines
// paragraphs as written); a line for the signer's signature. Checks
// require_letter_possible() first.
Document answer_letter_document(const Value& appeal, const LetterTemplate& letter,
                                const SchoolSettings& school, const LetterSigner& signer);

}  // namespace pd
