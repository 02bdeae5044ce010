#include "minutes/details.h"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "core/i18n.h"
#include "core/utf8.h"
#include "minutes/amendment.h"
#include "minutes/attendance.h"
#include "minutes/decisions.h"
#include "minutes/signing.h"
#include "output/enum_words.h"
#include "output/history_text.h"
#include "output/record_json.h"
#include "output/rows.h"
#include "output/terminal_text.h"
#include "store/schema.h"

namespace pd {

namespace {

std::string indented(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && c != '\n') out += "  ";
    out += c;
    line_start = c == '\n';
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

std::string state_line(const Value& minutes) {
  switch (seal_state(minutes)) {
    case SealState::frozen:
      return msg("frozen ({})", minutes.text("digest"));
    case SealState::signing:
      // Signed by one: the text is fixed until the other signs.
      return signature_of(minutes, Role::chair)
                 ? tr("signed by the chair, awaiting the signature of the secretary")
                 : tr("signed by the secretary, awaiting the signature of the chair");
    case SealState::open:
      break;
  }
  std::vector<Role> missing = missing_signatures(minutes);
  if (missing.empty()) return tr("open");
  if (missing.size() > 1) return tr("open: awaiting the signature of the chair and the secretary");
  if (missing.front() == Role::chair) return tr("open: awaiting the signature of the chair");
  return tr("open: awaiting the signature of the secretary");
}

}  // namespace

std::string minutes_details(const Value& minutes, const Names& names, Date today) {
  std::vector<std::pair<std::string, std::string>> lines;
  auto add = [&lines](std::string label, std::string value) {
    if (!value.empty()) lines.emplace_back(std::move(label), printable(value));
  };
  std::string_view kind = minutes.text("kind");
  add(tr("ID"), std::string(minutes.text("id")));
  add(tr("Kind"), enum_word("minutes kind", kind));
  add(tr("Date"), minutes.date("date")->str());
  if (std::string_view class_id = minutes.text("class"); !class_id.empty())
    add(tr("Class"), names.class_name(class_id));
  add(tr("Title"), std::string(minutes.text("title")));
  if (std::string_view organizer = minutes.text("organizer"); !organizer.empty())
    add(tr("Organizer"), enum_word("organizer", organizer));
  add(tr("Booking"), std::string(minutes.text("booking")));
  add(tr("Chair"), std::string(minutes.text("chair")));
  add(tr("Secretary"), std::string(minutes.text("secretary")));
  add(tr("Attendance"), attendance_text(minutes));
  std::string staff;
  if (const Value* attendees = minutes.get("attendees"); attendees && attendees->as_list())
    for (const Value& id : *attendees->as_list())
      if (id.as_string()) staff += (staff.empty() ? "" : ", ") + names.staff_name(*id.as_string());
  add(tr("Staff"), staff);
  add(tr("Survey"), survey_text(minutes));
  std::string signed_by;
  for (Role role : {Role::chair, Role::secretary})
    if (const Value* signature = signature_of(minutes, role))
      // TRANSLATORS: the signer's name and the date of the signature.
      signed_by += (signed_by.empty() ? "" : "; ") +
                   msg(role == Role::chair ? N_("chair {} on {}") : N_("secretary {} on {}"),
                       signature->text("name"), signature->date("date")->str());
  add(tr("Signatures"), signed_by);
  add(tr("State"), state_line(minutes));
  if (const Value* amendment = last_amendment(minutes))
    // TRANSLATORS: the version of amended minutes and the date of the
    // amendment that opened it.
    add(tr("Version"), msg("{}, amended on {}", minutes_version(minutes),
                           amendment->date("date") ? amendment->date("date")->str() : ""));

  size_t width = 0;
  for (const auto& [label, value] : lines)
    width = std::max(width, utf8::display_width(label));
  std::string out;
  for (const auto& [label, value] : lines)
    out += label + ":" + std::string(width - utf8::display_width(label) + 2, ' ') + value + "\n";

  if (const Value* agenda = minutes.get("agenda"); agenda && agenda->as_list()) {
    out += tr("Agenda") + ":\n";
    size_t n = 0;
    for (const Value& item : *agenda->as_list())
      out += indented(
          fmt::format("{}. {}", ++n, printable(item.as_string() ? *item.as_string() : "", true)));
  }
  if (std::string_view notes = minutes.text("notes"); !notes.empty())
    // TRANSLATORS: the body of the minutes: what was said at the meeting.
    out += trc("minutes", "Notes") + ":\n" + indented(printable(notes, true));
  if (const Value* decisions = minutes.get("decisions"); decisions && decisions->as_list()) {
    Rows rows{{{"number", tr("NO")},
               {"text", tr("DECISION")},
               {"owner", tr("OWNER")},
               {"due", tr("DUE")},
               {"done", tr("DONE")},
               {"status", tr("STATUS")}},
              {}};
    for (const Value& d : *decisions->as_list()) {
      auto done = d.date("done");
      rows.rows.push_back({d.integer("number").value_or(0), std::string(d.text("text")),
                           names.staff_name(d.text("owner")), d.date("due")->str(),
                           done ? Cell{done->str()} : Cell{},
                           enum_word("decision status", status_name(decision_status(d, today)))});
    }
    out += tr("Decisions") + ":\n" + indented(render_table(rows));
  }
  if (const Value* amendments = minutes.get("amendments"); amendments && amendments->as_list()) {
    out += tr("Amendments") + ":\n";
    for (const Value& amendment : *amendments->as_list()) {
      std::string fields;
      if (const Value* corrections = minutes.get("corrections");
          corrections && corrections->as_list())
        for (const Value& correction : *corrections->as_list())
          if (correction.integer("version") == amendment.integer("version"))
            fields += (fields.empty() ? "" : ", ") + std::string(correction.text("field"));
      auto day = amendment.date("date");
      // TRANSLATORS: an amendment of signed minutes: the version it opened,
      // its date, who made it, its reason, the fields it corrected.
      out += "  " +
             printable(msg("version {}, {}, {}: {} (corrected: {})",
                           amendment.integer("version").value_or(0), day ? day->str() : "",
                           amendment.text("by"), amendment.text("reason"), fields)) +
             "\n";
    }
  }
  if (const Value* history = minutes.get("history"); history && history->as_list()) {
    out += tr("History") + ":\n";
    for (const Value& entry : *history->as_list())
      out += "  " +
             printable(fmt::format("{}  {}  {}", entry.text("at"), entry.text("by"),
                                   history_action_text(entry.text("action")))) +
             "\n";
  }
  return out;
}

std::string minutes_json(const Value& minutes, const Names& names, Date today) {
  // A decision's status on `today`, derived.
  auto derived = [today](const Value& object, const FieldSpec& spec) -> std::string {
    if (!spec.field("due") || !spec.field("owner")) return {};
    return fmt::format(", \"status\": {}", json_quote(status_name(decision_status(object, today))));
  };
  std::string out = record_json_open(minutes, schema_for("minutes").root, derived);
  std::string_view class_id = minutes.text("class");
  out += ", \"class_name\": " +
         (class_id.empty() ? std::string("null") : json_quote(names.class_name(class_id)));
  std::string missing;
  for (Role role : missing_signatures(minutes))
    missing += (missing.empty() ? "" : ", ") + json_quote(role_name(role));
  out += fmt::format(", \"frozen\": {}, \"missing_signatures\": [{}]}}\n",
                     seal_state(minutes) == SealState::frozen ? "true" : "false", missing);
  return out;
}

}  // namespace pd
