#include "documents/answer_letter.h"

#include <map>

#include "core/error.h"
#include "core/i18n.h"
#include "core/utf8.h"
#include "documents/document_language.h"
#include "documents/letterhead.h"
#include "output/enum_words.h"
#include "output/terminal_text.h"

namespace pd {

namespace {

// A blank to fill in by hand, where a number was never given (an answer
// recorded before numbers were).
constexpr std::string_view kBlank = "______";

std::string text_of(const Value& record, std::string_view key, bool multiline = false) {
  return printable(record.text(key), multiline);
}

std::map<std::string, std::string> letter_fields(const Value& appeal, const Value& response,
                                                 const SchoolSettings& school,
                                                 const LetterSigner& signer) {
  auto number = appeal.integer("number");
  auto outgoing = response.integer("number");
  return {
      {"school", printable(school.name, false)},
      {"address", printable(school.address, false)},
      {"phone", printable(school.phone, false)},
      {"email", printable(school.email, false)},
      {"director", printable(school.director, false)},
      {"outgoing_number", outgoing ? std::to_string(*outgoing) : std::string(kBlank)},
      {"outgoing_date", short_date(*response.date("date"))},
      {"parent", text_of(appeal, "from")},
      {"student", text_of(appeal, "student")},
      {"appeal_id", std::string(appeal.text("id"))},
      // An appeal registered before numbers were is known by its ID.
      {"appeal_number", number ? std::to_string(*number) : std::string(appeal.text("id"))},
      {"appeal_date", short_date(*appeal.date("received"))},
      {"subject", text_of(appeal, "subject")},
      {"response", text_of(response, "text", true)},
      {"signer", printable(signer.name, false)},
      {"signer_role", utf8::capitalized(enum_word("role", signer.role))},
  };
}

void add_body(Document& doc, const std::string& body) {
  Block paragraphs{BlockKind::paragraphs};
  auto flush = [&] {
    if (!paragraphs.items.empty()) doc.blocks.push_back(std::move(paragraphs));
    paragraphs = Block{BlockKind::paragraphs};
  };
  size_t start = 0;
  while (start < body.size()) {
    size_t end = std::min(body.find('\n', start), body.size());
    std::string line = body.substr(start, end - start);
    start = end + 1;
    if (line.find_first_not_of(' ') == std::string::npos) continue;
    if (line.starts_with("# ")) {
      flush();
      Block heading{BlockKind::heading};
      heading.text = line.substr(2);
      doc.blocks.push_back(std::move(heading));
    } else {
      paragraphs.items.push_back(std::move(line));
    }
  }
  flush();
}

}  // namespace

LetterSigner default_letter_signer(const SchoolSettings& school) {
  return {school.director, "director"};
}

void require_letter_possible(const Value& appeal, const LetterTemplate& letter) {
  std::string_view id = appeal.text("id");
  if (!appeal.get("response"))
    throw Error(
        ExitCode::refused,
        msg("'{}': no answer recorded yet, so no letter ('appeal respond' records it)", id));
  std::string_view template_lang = language_code(letter.language);
  if (template_lang != appeal.text("lang"))
    throw Error(ExitCode::refused,
                msg("{}: the template is in '{}', the appeal '{}' in '{}': the answer goes out in "
                    "the language of the appeal (A1)",
                    letter.file, template_lang, id, appeal.text("lang")));
}

Document answer_letter_document(const Value& appeal, const LetterTemplate& letter,
                                const SchoolSettings& school, const LetterSigner& signer) {
  require_letter_possible(appeal, letter);
  const Value& response = *appeal.get("response");
  DocumentLanguage speaking(letter.language);
  Document doc;
  doc.language = letter.language;
  doc.letterhead = school_letterhead(school);
  // TRANSLATORS: the title a PDF viewer shows for an answer letter: the
  // appeal's ID.
  doc.name = msg("Answer to appeal {}", appeal.text("id"));
  add_body(doc, fill_letter_template(letter, letter_fields(appeal, response, school, signer)));
  Block signature{BlockKind::signatures};
  signature.signatures.push_back(
      {utf8::capitalized(enum_word("role", signer.role)), printable(signer.name, false), {}});
  doc.blocks.push_back(std::move(signature));
  return doc;
}

}  // namespace pd
