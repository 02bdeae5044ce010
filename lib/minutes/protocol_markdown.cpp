#include "minutes/protocol_markdown.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/i18n.h"
#include "minutes/attendance.h"
#include "minutes/kinds.h"
#include "minutes/signing.h"
#include "output/terminal_text.h"

namespace pd {

namespace {

constexpr std::string_view kSignatureLine = "................................";

void field(std::string& out, std::string_view label, const std::string& value) {
  if (!value.empty()) out += fmt::format("- **{}:** {}\n", label, value);
}

std::string record_text(const Value& minutes, std::string_view key) {
  return markdown_escape(minutes.text(key), MarkdownContext::paragraph);
}

std::string staff_list(const Value& minutes, const Names& names) {
  std::string out;
  if (const Value* attendees = minutes.get("attendees"); attendees && attendees->as_list())
    for (const Value& staff : *attendees->as_list())
      if (staff.as_string())
        out += (out.empty() ? "" : ", ") +
               markdown_escape(names.staff_name(*staff.as_string()), MarkdownContext::paragraph);
  return out;
}

// A numbered item whose continuation lines are indented under its text.
void numbered(std::string& out, size_t n, std::string_view text) {
  std::string escaped = markdown_escape(text, MarkdownContext::paragraph);
  std::string prefix = fmt::format("{}. ", n);
  out += prefix;
  for (char c : escaped) {
    out += c;
    if (c == '\n') out.append(prefix.size(), ' ');
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n'))
    out.pop_back();
  out += '\n';
}

// Each line of the notes a paragraph of its own, as the secretary wrote it.
std::string paragraphs(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = std::string_view(text).substr(start, end - start);
    if (line.find_first_not_of(' ') != std::string_view::npos)
      out += (out.empty() ? "" : "\n\n") + std::string(line);
    start = end + 1;
  }
  return out;
}

void decisions_table(std::string& out, const List& decisions, const Names& names) {
  // TRANSLATORS: the column titles of the protocol's table of decisions.
  out += fmt::format("| {} | {} | {} | {} | {} |\n|---:|---|---|---|---|\n", tr("No."),
                     tr("Decision"), tr("Owner"), tr("Due"), tr("Done"));
  for (const Value& decision : decisions) {
    auto done = decision.date("done");
    out += fmt::format(
        "| {} | {} | {} | {} | {} |\n", decision.integer("number").value_or(0),
        markdown_escape(decision.text("text"), MarkdownContext::table),
        markdown_escape(names.staff_name(decision.text("owner")), MarkdownContext::table),
        decision.date("due") ? decision.date("due")->str() : "", done ? done->str() : "");
  }
}

void signatures(std::string& out, const Value& minutes) {
  for (Role role : {Role::chair, Role::secretary}) {
    bool chair = role == Role::chair;
    if (const Value* signature = signature_of(minutes, role)) {
      // TRANSLATORS: the signer's name and the date of the signature.
      out += msg(chair ? N_("Chair: {}, signed {}") : N_("Secretary: {}, signed {}"),
                 markdown_escape(signature->text("name"), MarkdownContext::paragraph),
                 signature->date("date")->str()) +
             "\n\n";
      continue;
    }
    // The line to sign on, then the name the record gives.
    std::string name = record_text(minutes, role_name(role));
    out += fmt::format("{}: {}{}\n\n", chair ? tr("Chair") : tr("Secretary"), kSignatureLine,
                       name.empty() ? "" : " " + name);
  }
  if (std::string_view digest = minutes.text("digest");
      !digest.empty() && seal_state(minutes) == SealState::frozen)
    out += msg("Signed and sealed; digest `{}`.", digest) + "\n";
}

}  // namespace

std::string markdown_escape(std::string_view text, MarkdownContext context) {
  std::string clean = printable(text, context == MarkdownContext::paragraph);
  while (!clean.empty() && clean.back() == '\n')
    clean.pop_back();
  std::string out;
  bool line_start = true;
  for (size_t i = 0; i < clean.size(); ++i) {
    char c = clean[i];
    // What would start a heading, a quote, a list item, a rule or a table
    // at the start of a line: "# ", "> ", "- ", "+ ", "1. ", "2) ", "---",
    // "===", "| a |". Python-Markdown knows no "\=" or "\|", so those are
    // written as character references.
    if (line_start && (c == '#' || c == '>' || c == '-' || c == '+')) out += '\\';
    if (line_start && c == '=') {
      out += "&#61;";
      line_start = false;
      continue;
    }
    if (line_start && context == MarkdownContext::paragraph && c >= '0' && c <= '9') {
      size_t end = clean.find_first_not_of("0123456789", i);
      if (end != std::string::npos && (clean[end] == '.' || clean[end] == ')')) {
        out.append(clean, i, end - i).append(1, '\\').append(1, clean[end]);
        i = end;
        line_start = false;
        continue;
      }
    }
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
        out += '\\';
        out += c;
        break;
      case '-':
        // "--" would become a dash in pandoc's smart typography.
        if (!line_start &&
            ((i > 0 && clean[i - 1] == '-') || (i + 1 < clean.size() && clean[i + 1] == '-')))
          out += '\\';
        out += c;
        break;
      case '|':
        out += context == MarkdownContext::table ? "\\|" : line_start ? "&#124;" : "|";
        break;
      case '<':
        out += "&lt;";
        break;
      default:
        out += c;
    }
    line_start = c == '\n' || (line_start && c == ' ');
  }
  return out;
}

std::string protocol_markdown(const Value& minutes, std::string_view school_name,
                              const Names& names) {
  std::string out =
      fmt::format("# {}\n\n", markdown_escape(school_name, MarkdownContext::paragraph));
  std::string kind = kind_title(minutes.text("kind"));
  std::string title = record_text(minutes, "title");
  // TRANSLATORS: the protocol's heading: the kind of meeting ("Class parent
  // meeting"), then its topic.
  out += "## " + (title.empty() ? msg("Minutes: {}", kind) : msg("Minutes: {}. {}", kind, title)) +
         "\n\n";

  std::string_view class_id = minutes.text("class");
  field(out, tr("Record"), std::string(minutes.text("id")));
  field(out, tr("Date"), minutes.date("date")->str());
  if (!class_id.empty())
    field(out, tr("Class"),
          markdown_escape(names.class_name(class_id), MarkdownContext::paragraph));
  field(out, tr("Organised by"),
        minutes.text("organizer") == "parents" ? tr("the parents") : tr("the school"));
  field(out, tr("Chair"), record_text(minutes, "chair"));
  field(out, tr("Secretary"), record_text(minutes, "secretary"));
  field(out, tr("Attendance"), attendance_text(minutes));
  field(out, tr("Staff present"), staff_list(minutes, names));
  field(out, tr("Survey"), survey_text(minutes));
  field(out, tr("Booking"), std::string(minutes.text("booking")));

  if (const Value* agenda = minutes.get("agenda");
      agenda && agenda->as_list() && !agenda->as_list()->empty()) {
    out += "\n### " + tr("Agenda") + "\n\n";
    size_t n = 0;
    for (const Value& item : *agenda->as_list())
      numbered(out, ++n, item.as_string() ? *item.as_string() : "");
  }
  if (std::string notes = record_text(minutes, "notes"); !notes.empty())
    out += "\n### " + trc("minutes", "Notes") + "\n\n" + paragraphs(notes) + "\n";
  out += "\n### " + tr("Decisions") + "\n\n";
  const Value* decisions = minutes.get("decisions");
  if (decisions && decisions->as_list() && !decisions->as_list()->empty())
    decisions_table(out, *decisions->as_list(), names);
  else
    out += tr("No decisions were taken.") + "\n";
  out += "\n### " + tr("Signatures") + "\n\n";
  signatures(out, minutes);
  while (out.ends_with("\n\n"))
    out.pop_back();
  return out;
}

}  // namespace pd
