#include "documents/protocol.h"

#include "core/i18n.h"
#include "documents/document_language.h"
#include "documents/letterhead.h"
#include "minutes/attendance.h"
#include "minutes/kinds.h"
#include "minutes/signing.h"
#include "output/terminal_text.h"

namespace pd {

namespace {

// Text from the record as it may be printed: no control characters;
// newlines kept where `multiline`.
std::string record_text(const Value& record, std::string_view key, bool multiline = false) {
  return printable(record.text(key), multiline);
}

Block participants(const Value& minutes, const Names& names) {
  Block block{BlockKind::fields};
  add_field(block, tr("Chair"), record_text(minutes, "chair"));
  add_field(block, tr("Secretary"), record_text(minutes, "secretary"));
  add_field(block, tr("Attendance"), attendance_text(minutes));
  std::string staff;
  if (const Value* attendees = minutes.get("attendees"); attendees && attendees->as_list())
    for (const Value& id : *attendees->as_list())
      if (id.as_string())
        staff += (staff.empty() ? "" : ", ") + printable(names.staff_name(*id.as_string()), false);
  add_field(block, tr("Staff present"), staff);
  add_field(block, tr("Survey"), survey_text(minutes));
  if (minutes.text("organizer") == "parents")
    add_field(block, tr("Organised by"), tr("the parents"));
  return block;
}

std::vector<std::string> texts(const Value* list) {
  std::vector<std::string> items;
  if (list && list->as_list())
    for (const Value& item : *list->as_list())
      items.push_back(printable(item.as_string() ? *item.as_string() : "", true));
  return items;
}

// Each non-blank line of the notes a paragraph, as the secretary wrote it.
std::vector<std::string> paragraphs(const std::string& notes) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= notes.size()) {
    size_t end = std::min(notes.find('\n', start), notes.size());
    std::string line = notes.substr(start, end - start);
    if (line.find_first_not_of(' ') != std::string::npos) out.push_back(line);
    start = end + 1;
  }
  return out;
}

Block decisions_table(const List& decisions, const Names& names) {
  Block block{BlockKind::table};
  // TRANSLATORS: the column titles of the protocol's table of decisions.
  block.table.columns = {{tr("No."), Align::right, ColumnWidth::narrow},
                         {tr("Decision"), Align::left, ColumnWidth::fill},
                         {tr("Owner"), Align::left, ColumnWidth::fit},
                         {tr("Due"), Align::left, ColumnWidth::fit}};
  for (const Value& decision : decisions) {
    auto due = decision.date("due");
    block.table.rows.push_back({std::to_string(decision.integer("number").value_or(0)),
                                printable(decision.text("text"), true),
                                printable(names.staff_name(decision.text("owner")), false),
                                due ? short_date(*due) : ""});
  }
  return block;
}

Block signature_lines(const Value& minutes) {
  Block block{BlockKind::signatures};
  for (Role role : {Role::chair, Role::secretary}) {
    SignatureLine line{role == Role::chair ? tr("Chair") : tr("Secretary"),
                       record_text(minutes, role_name(role)),
                       {}};
    if (const Value* signature = signature_of(minutes, role)) {
      line.name = record_text(*signature, "name");
      // TRANSLATORS: under a signature line: the date it was signed, a long
      // date ("20 ноября 2026 г.").
      if (auto day = signature->date("date")) line.signed_on = msg("signed on {}", long_date(*day));
    }
    block.signatures.push_back(std::move(line));
  }
  return block;
}

// A line for each amendment (minutes/amendment.h), oldest first: when, why,
// and the version it opened, which is the one signed below once both sign.
Block amendments(const Value& minutes) {
  Block block{BlockKind::paragraphs};
  if (const Value* list = minutes.get("amendments"); list && list->as_list())
    for (const Value& amendment : *list->as_list()) {
      auto day = amendment.date("date");
      // TRANSLATORS: above the signatures of an amended protocol: the date
      // of the amendment, a long date ("25 ноября 2026 г."), its reason as
      // written, the number of the version it opened.
      block.items.push_back(msg("Amended on {}: {} (version {})", day ? long_date(*day) : "",
                                record_text(amendment, "reason"),
                                amendment.integer("version").value_or(0)));
    }
  return block;
}

Block heading(std::string text) {
  Block block{BlockKind::heading};
  block.text = std::move(text);
  return block;
}

}  // namespace

Language protocol_language(const Value& minutes, const SchoolSettings& school,
                           std::optional<Language> chosen) {
  if (chosen) return *chosen;
  if (auto language = language_named(minutes.text("lang"))) return *language;
  return language_named(school.document_language()).value_or(Language::kk);
}

Document protocol_document(const Value& minutes, const SchoolSettings& school, const Names& names,
                           Language language) {
  DocumentLanguage speaking(language);
  Document doc;
  doc.language = language;
  doc.letterhead = school_letterhead(school);
  // TRANSLATORS: the title of a printed protocol, with its number.
  auto number = minutes.integer("number");
  doc.title = number ? msg("MINUTES No. {}", *number) : tr("MINUTES");
  std::string kind = kind_title(minutes.text("kind"));
  if (std::string_view class_id = minutes.text("class"); !class_id.empty())
    // TRANSLATORS: under a protocol's title: the kind of meeting ("Class
    // parent meeting") and the class's name ("7Б").
    kind = msg("{}, class {}", kind, printable(names.class_name(class_id), false));
  doc.subtitle.push_back(kind);
  if (std::string title = record_text(minutes, "title"); !title.empty())
    doc.subtitle.push_back(title);
  doc.date = long_date(*minutes.date("date"));
  doc.place = record_text(minutes, "place");
  if (doc.place.empty()) doc.place = printable(school.address, false);

  doc.blocks.push_back(participants(minutes, names));
  if (std::vector<std::string> agenda = texts(minutes.get("agenda")); !agenda.empty()) {
    doc.blocks.push_back(heading(tr("Agenda")));
    Block items{BlockKind::numbered};
    items.items = std::move(agenda);
    doc.blocks.push_back(std::move(items));
  }
  if (std::vector<std::string> notes = paragraphs(record_text(minutes, "notes", true));
      !notes.empty()) {
    doc.blocks.push_back(heading(trc("minutes", "Notes")));
    Block text{BlockKind::paragraphs};
    text.items = std::move(notes);
    doc.blocks.push_back(std::move(text));
  }
  doc.blocks.push_back(heading(tr("Decisions")));
  const Value* decisions = minutes.get("decisions");
  if (decisions && decisions->as_list() && !decisions->as_list()->empty()) {
    doc.blocks.push_back(decisions_table(*decisions->as_list(), names));
  } else {
    Block none{BlockKind::paragraphs};
    none.items = {tr("No decisions were taken.")};
    doc.blocks.push_back(std::move(none));
  }
  if (Block amended = amendments(minutes); !amended.items.empty())
    doc.blocks.push_back(std::move(amended));
  doc.blocks.push_back(signature_lines(minutes));
  Block small{BlockKind::small_print};
  // TRANSLATORS: the record's ID at the foot of a printed document.
  small.items.push_back(msg("Record {}", minutes.text("id")));
  if (std::string_view digest = minutes.text("digest");
      !digest.empty() && seal_state(minutes) == SealState::frozen)
    // TRANSLATORS: at the foot of a protocol signed by both: its digest
    // ("sha256:…"), which `report check` verifies.
    small.items.push_back(
        msg("Signed by the chair and the secretary and sealed; digest {}", digest));
  doc.blocks.push_back(std::move(small));
  return doc;
}

}  // namespace pd
