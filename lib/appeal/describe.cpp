#include "appeal/describe.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "appeal/listing.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "output/history_text.h"
#include "output/labelled_text.h"

namespace pd::appeal {

namespace {

// "ivanova (Иванова Мария Петровна)", or the ID alone for an unknown one.
std::string staff_with_name(const Store& store, std::string_view id) {
  for (const auto& member : store.records("staff"))
    if (member.id() == id) return fmt::format("{} ({})", id, member.value.text("name"));
  return std::string(id);
}

std::string with_reason(std::string text, std::string_view reason) {
  if (!reason.empty()) text += ": " + std::string(reason);
  return text;
}

}  // namespace

std::string describe(const Record& appeal, const AppealState& state, const Store& store) {
  const Value& v = appeal.value;
  LabelledText out;
  std::string head(appeal.id());
  // TRANSLATORS: the appeal's registration number, after its ID.
  if (auto number = v.integer("number")) head += "  " + msg("No. {}", *number);
  out.raw(fmt::format("{}  {} · {} · {}\n", head, enum_word("appeal kind", v.text("kind")),
                      enum_word("channel", v.text("channel")), v.text("lang")));
  std::string status = enum_word("appeal status", v.text("status"));
  if (std::string label = deadline_label(state); !label.empty()) status += ", " + label;
  out.line(tr("Status"), status);
  out.line(tr("Received"), v.date("received")->str());
  out.line(tr("Due"), state.due.str());
  std::string from(v.text("from"));
  if (!v.text("contact").empty()) from += fmt::format(" ({})", v.text("contact"));
  out.line(tr("From"), from);
  if (!v.text("student").empty()) out.line(tr("Student"), v.text("student"));
  if (!v.text("class").empty()) {
    std::string school_class(v.text("class"));
    for (const auto& c : store.records("class"))
      if (c.id() == school_class) school_class += fmt::format(" ({})", c.value.text("name"));
    out.line(tr("Class"), school_class);
  }
  if (!v.text("route").empty()) out.line(tr("Route"), enum_word("route", v.text("route")));
  if (!v.text("assignee").empty())
    out.line(tr("Assignee"), staff_with_name(store, v.text("assignee")));
  if (!v.text("repeat_of").empty()) out.line(tr("Repeat of"), v.text("repeat_of"));
  out.line(tr("Subject"), v.text("subject"));
  if (const Value* e = v.get("escalated")) {
    std::string on = e->date("date")->str(), was = e->date("previous_due")->str();
    // TRANSLATORS: the date of the escalation, the due date before it, and
    // the staff ID of the class teacher who had the appeal.
    std::string text = e->text("from").empty()
                           ? msg("{}, due was {}", on, was)
                           : msg("{}, due was {}, from {}", on, was, e->text("from"));
    if (state.class_teacher && !state.class_teacher->met.value_or(true))
      // TRANSLATORS: appended to the escalation: the class teacher's stage
      // ended after its due date.
      text +=
          ", " + count_of(size_t(state.class_teacher->days_late), "{} day late", "{} days late");
    out.line(tr("Escalated"), with_reason(text, e->text("reason")));
  }
  if (const Value* x = v.get("extension")) {
    // TRANSLATORS: the date of the extension, the new due date, the due date
    // before it.
    std::string format = trc("extended appeal", "{} to {}, due was {}");
    out.line(tr("Extended"),
             with_reason(fmt::format(fmt::runtime(format), x->date("date")->str(),
                                     x->date("until")->str(), x->date("previous_due")->str()),
                         x->text("reason")));
    if (const Value* n = x->get("notified"))
      out.line(tr("Notified"),
               fmt::format("{}, {}", n->date("date")->str(), enum_word("notice", n->text("via"))));
    else
      // TRANSLATORS: an extension the parent has not been told of yet.
      out.line(tr("Notified"), tr("not yet"));
  }
  if (const Value* d = v.get("delivered"))
    out.line(tr("Delivered"),
             fmt::format("{}, {}", d->date("date")->str(), enum_word("delivery", d->text("via"))));
  if (const Value* r = v.get("redirect")) {
    // TRANSLATORS: the date of the redirect, the organisation it went to, the
    // due date before it.
    std::string format = trc("redirected appeal", "{} to {}, due was {}");
    out.line(tr("Redirected"),
             with_reason(fmt::format(fmt::runtime(format), r->date("date")->str(), r->text("to"),
                                     r->date("previous_due")->str()),
                         r->text("reason")));
  }
  if (const Value* c = v.get("closed"))
    out.line(v.text("status") == "withdrawn" ? tr("Withdrawn") : tr("Closed"),
             with_reason(c->date("date")->str(), c->text("reason")));
  if (!v.text("text").empty()) out.block(tr("Text"), v.text("text"));
  if (const Value* r = v.get("response")) {
    std::string title =
        r->integer("number")
            // TRANSLATORS: the language code of the answer, its date, who
            // wrote it, the outgoing number of its letter (appeal letter).
            ? msg("Answer ({}, {}, {}, outgoing No. {})", r->text("lang"), r->date("date")->str(),
                  r->text("by"), *r->integer("number"))
            // TRANSLATORS: the language code of the answer, its date, who wrote it.
            : msg("Answer ({}, {}, {})", r->text("lang"), r->date("date")->str(), r->text("by"));
    out.block(title, r->text("text"));
  }
  if (const Value* notes = v.get("notes");
      notes && notes->as_list() && !notes->as_list()->empty()) {
    std::string text;
    for (const auto& note : *notes->as_list())
      text += fmt::format("{}  {}: {}\n", short_time(note.text("at")), note.text("by"),
                          note.text("text"));
    out.block(tr("Notes"), text);
  }
  std::string history;
  if (const Value* entries = v.get("history"); entries && entries->as_list())
    for (const auto& entry : *entries->as_list())
      history += fmt::format("{}  {}: {}\n", short_time(entry.text("at")), entry.text("by"),
                             history_action_text(entry.text("action")));
  out.block(tr("History"), history);
  return out.take();
}

}  // namespace pd::appeal
