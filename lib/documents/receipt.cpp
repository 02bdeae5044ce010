#include "documents/receipt.h"

#include "core/i18n.h"
#include "documents/document_language.h"
#include "documents/letterhead.h"
#include "output/enum_words.h"
#include "output/terminal_text.h"

namespace pd {

namespace {

// The entry of the appeal's history that recorded its receipt: who accepted
// it, and when.
const Value* receipt_entry(const Value& appeal) {
  const Value* history = appeal.get("history");
  if (!history || !history->as_list() || history->as_list()->empty()) return nullptr;
  return &history->as_list()->front();
}

// "10 ноября 2026 г., 10:15": the time from the history when it was
// recorded on the day of receipt (an appeal entered later has no time).
std::string received_when(const Value& appeal) {
  Date received = *appeal.date("received");
  std::string when = long_date(received);
  if (const Value* entry = receipt_entry(appeal)) {
    std::string_view at = entry->text("at");  // 2026-11-10T10:15:00+05:00
    if (at.size() >= 16 && at.substr(0, 10) == received.str())
      when += ", " + std::string(at.substr(11, 5));
  }
  return when;
}

// How the answer reaches the parent (A1: by e-mail or by hand): by e-mail
// for an appeal that came by e-mail, with the address when it is known.
std::string answer_delivery(const Value& appeal) {
  if (appeal.text("channel") != "email") return tr("in person at the school");
  std::string contact = printable(appeal.text("contact"), false);
  if (contact.find('@') == std::string::npos) return tr("by e-mail");
  // TRANSLATORS: how the answer is delivered, with the parent's address.
  return msg("by e-mail to {}", contact);
}

}  // namespace

Language appeal_document_language(const Value& appeal, std::optional<Language> chosen) {
  if (chosen) return *chosen;
  return language_named(appeal.text("lang")).value_or(Language::kk);
}

Document receipt_document(const Value& appeal, const SchoolSettings& school, Language language) {
  DocumentLanguage speaking(language);
  Document doc;
  doc.language = language;
  doc.letterhead = school_letterhead(school);
  auto number = appeal.integer("number");
  // TRANSLATORS: the title of the receipt slip (талон) with the appeal's
  // registration number, and the line under it.
  doc.title = number ? msg("RECEIPT SLIP No. {}", *number) : tr("RECEIPT SLIP");
  doc.subtitle.push_back(tr("of the acceptance of an appeal"));

  Block fields{BlockKind::fields};
  if (number) add_field(fields, tr("Registration No."), std::to_string(*number));
  add_field(fields, tr("Appeal"), std::string(appeal.text("id")));
  add_field(fields, tr("Received"), received_when(appeal));
  const Value* entry = receipt_entry(appeal);
  std::string accepted_by = entry ? printable(entry->text("by"), false) : "";
  add_field(fields, tr("Accepted by"), accepted_by);
  add_field(fields, tr("From"), printable(appeal.text("from"), false));
  add_field(fields, tr("Kind"), enum_word("appeal kind", appeal.text("kind")));
  add_field(fields, tr("Subject"), printable(appeal.text("subject"), false));
  add_field(fields, tr("Answer due"), long_date(*appeal.date("due")));
  add_field(fields, tr("Answer delivered"), answer_delivery(appeal));
  doc.blocks.push_back(std::move(fields));

  Block signature{BlockKind::signatures};
  signature.signatures.push_back({tr("Accepted by"), accepted_by, {}});
  doc.blocks.push_back(std::move(signature));

  Block note{BlockKind::small_print};
  note.items.push_back(tr("Keep this slip: give its number when you ask about your appeal."));
  doc.blocks.push_back(std::move(note));
  return doc;
}

}  // namespace pd
