#include "report/overdue.h"

#include <fmt/format.h>

#include <algorithm>

#include "appeal/extension.h"
#include "appeal/state.h"
#include "core/i18n.h"
#include "minutes/decisions.h"
#include "minutes/kinds.h"
#include "minutes/signing.h"
#include "output/enum_words.h"
#include "report/compliance.h"
#include "school/calendar.h"

namespace pd {

namespace {

class Collector {
 public:
  Collector(Date today, int due_soon, bool include_due_soon)
      : today_(today), due_soon_(due_soon), include_due_soon_(include_due_soon) {}

  // Keeps the item when it is late, or due soon and those are wanted.
  void offer(OverdueItem item) {
    item.days_late = item.due.days_until(today_);
    bool late = item.days_late > 0;
    bool soon = !late && include_due_soon_ && -item.days_late <= due_soon_;
    if (late || soon) items_.push_back(std::move(item));
  }

  std::vector<OverdueItem> take() {
    std::sort(items_.begin(), items_.end(), [](const auto& a, const auto& b) {
      // The plan's items share their period's name: the class orders them.
      return std::tie(a.due, a.id, a.class_id) < std::tie(b.due, b.id, b.class_id);
    });
    return std::move(items_);
  }

 private:
  Date today_;
  int due_soon_;
  bool include_due_soon_;
  std::vector<OverdueItem> items_;
};

// An extension the parent has not been told of, while the appeal is open.
void extension_notice(const Record& record, const SchoolCalendar& calendar, Collector& out) {
  const Value& a = record.value;
  const Value* extension = a.get("extension");
  if (!extension || extension->get("notified")) return;
  out.offer({OverdueKind::notice, std::string(record.id()), record.file,
             std::string(a.text("class")), std::string(a.text("assignee")),
             // TRANSLATORS: an extended appeal whose parent was not told of the
             // extension: the day it was extended and the new due date.
             msg("extended on {} to {}: parent not notified", extension->date("date")->str(),
                 extension->date("until")->str()),
             std::string(a.text("from")), *appeal::notice_due(a, calendar)});
}

void appeals(const Store& store, const SchoolSettings& settings, Date today, Collector& out) {
  SchoolCalendar calendar(settings);
  for (const auto& record : store.records("appeal")) {
    const Value& a = record.value;
    appeal::AppealState state = appeal::state_of(a, today, settings.due_soon);
    if (!state.open) continue;
    extension_notice(record, calendar, out);
    out.offer(
        {OverdueKind::appeal, std::string(record.id()), record.file, std::string(a.text("class")),
         std::string(a.text("assignee")),
         // TRANSLATORS: an appeal in the overdue report: its kind ("complaint"),
         // how it came ("by e-mail", "in person") and its status ("assigned").
         msg("{} {}, {}", enum_word("appeal kind", a.text("kind")),
             enum_word("channel", a.text("channel")), enum_word("appeal status", a.text("status"))),
         std::string(a.text("from")), state.due});
  }
}

void minutes(const Store& store, Date today, Collector& out) {
  for (const auto& record : store.records("minutes")) {
    const Value& m = record.value;
    Date held = *m.date("date");
    std::string class_id(m.text("class"));
    std::string kind = enum_word("minutes kind", m.text("kind"));
    if (const Value* decisions = m.get("decisions"); decisions && decisions->as_list()) {
      for (const auto& decision : *decisions->as_list()) {
        if (decision.get("done")) continue;
        std::int64_t number = decision.integer("number").value_or(0);
        out.offer({OverdueKind::decision, fmt::format("{} #{}", record.id(), number), record.file,
                   class_id, std::string(decision.text("owner")),
                   // TRANSLATORS: a decision not carried out in time: the kind of
                   // meeting ("class parent meeting"), the day it was held, the
                   // decision's number.
                   msg("{} of {}: decision {}", kind, held.str(), number), "",
                   *decision.date("due")});
      }
    }
    std::vector<Role> missing = missing_signatures(m);
    // Minutes written ahead for a planned meeting are signed after it.
    if (is_parent_meeting(m.text("kind")) && !missing.empty() && held <= today) {
      // An amended protocol is to be signed again from the day it was
      // amended, not from the meeting.
      Date from = held;
      if (const Value* amendments = m.get("amendments"); amendments && amendments->as_list())
        for (const Value& amendment : *amendments->as_list())
          if (auto day = amendment.date("date"); day && *day > from) from = *day;
      // TRANSLATORS: minutes not signed in time: the kind of meeting ("class
      // parent meeting") and the day it was held.
      const char* unsigned_by =
          missing.size() > 1               ? N_("{} of {}: no signature of the chair and secretary")
          : missing.front() == Role::chair ? N_("{} of {}: no signature of the chair")
                                           : N_("{} of {}: no signature of the secretary");
      out.offer({OverdueKind::signatures, std::string(record.id()), record.file, class_id, "",
                 msg(unsigned_by, kind, held.str()), "", from.plus_days(kSignDays)});
    }
  }
}

void bookings(const Store& store, Collector& out) {
  std::vector<std::string> with_minutes;
  for (const auto& m : store.records("minutes"))
    if (!m.value.text("booking").empty()) with_minutes.emplace_back(m.value.text("booking"));
  for (const auto& record : store.records("booking")) {
    const Value& b = record.value;
    if (b.text("status") != "done" || !b.text("minutes").empty()) continue;
    if (std::find(with_minutes.begin(), with_minutes.end(), record.id()) != with_minutes.end())
      continue;
    Date held = *b.date("date");
    out.offer({OverdueKind::no_minutes, std::string(record.id()), record.file,
               std::string(b.text("class")), std::string(b.text("host")),
               // TRANSLATORS: a meeting with the school leadership, held on the
               // day given, whose minutes were not written in time.
               msg("meeting of {} held, no minutes", held.str()), std::string(b.text("parent")),
               held.plus_days(kMinutesDays)});
  }
}

// The plan of periodic work short as its period ends (M1, M3, M4): each
// class (or the school) and requirement whose period ends within the due-soon
// days, or has ended, without the meetings it needs.
void plan(const Store& store, const SchoolSettings& settings, Date today, Collector& out) {
  if (settings.plan.empty()) return;
  const std::vector<Record>& classes = store.records("class");
  std::vector<ComplianceRow> gaps;
  try {
    gaps = plan_gaps(settings, classes, store.records("minutes"), today);
  } catch (const Error&) {
    // Today is in no school year school.yaml describes (before the first
    // one): nothing of the plan is due; report compliance and check say why.
    return;
  }
  for (const auto& row : gaps) {
    std::string teacher;
    for (const auto& c : classes)
      if (c.id() == row.unit) teacher = c.value.text("teacher");
    // TRANSLATORS: a requirement of the plan short as its period ends: the
    // requirement ("class parent meeting per term"), the meetings held and
    // the meetings required; then those held but not signed.
    std::string detail = msg("{}: held {} of {}",
                             msg("{} per {}", enum_word("minutes kind", row.rule.kind),
                                 enum_word("period", row.rule.every)),
                             row.held, row.rule.times);
    if (row.not_signed > 0) detail += ", " + msg("{} not signed", row.not_signed);
    out.offer({OverdueKind::plan, row.period.name, "school.yaml",
               row.unit == "school" ? "" : row.unit, teacher, std::move(detail), "",
               row.period.end});
  }
}

}  // namespace

std::string_view overdue_kind_name(OverdueKind kind) {
  switch (kind) {
    case OverdueKind::appeal:
      return "appeal";
    case OverdueKind::decision:
      return "decision";
    case OverdueKind::signatures:
      return "signatures";
    case OverdueKind::no_minutes:
      return "no_minutes";
    case OverdueKind::notice:
      return "notice";
    case OverdueKind::plan:
      return "plan";
  }
  return "";
}

std::string_view overdue_section_name(OverdueSection section) {
  return section == OverdueSection::overdue ? "overdue" : "due_soon";
}

std::vector<OverdueItem> overdue_items(const Store& store, const SchoolSettings& settings,
                                       Date today, bool include_due_soon) {
  Collector out(today, settings.due_soon, include_due_soon);
  appeals(store, settings, today, out);
  minutes(store, today, out);
  bookings(store, out);
  plan(store, settings, today, out);
  return out.take();
}

Rows overdue_rows(const std::vector<OverdueItem>& items, const Names& names, Readers readers,
                  ParentNames parents, OverdueSection section) {
  bool words = readers == Readers::people;
  Rows rows{{{"due", tr("DUE")}}, {}};
  if (!words) {
    rows.columns.insert(rows.columns.begin(), {"section", tr("SECTION")});
    rows.columns.push_back({"days_late", tr("LATE")});
    rows.columns.push_back({"days_left", tr("LEFT")});
  } else if (section == OverdueSection::overdue) {
    rows.columns.push_back({"days_late", tr("LATE")});
  } else {
    // TRANSLATORS: the column of the days left until an item falls due.
    rows.columns.push_back({"days_left", tr("LEFT")});
  }
  for (auto [key, title] : {std::pair{"what", tr("WHAT")}, {"id", tr("ID")}})
    rows.columns.push_back({key, title});
  // Programs get a decision as the minutes' ID and the decision's number.
  if (!words) rows.columns.push_back({"decision", ""});
  rows.columns.push_back({"class", tr("CLASS")});
  // Programs get the class's ID, and its display name beside it.
  if (!words) rows.columns.push_back({"class_name", ""});
  for (auto [key, title] : {std::pair{"staff", tr("WHO")}, {"detail", tr("DETAIL")}})
    rows.columns.push_back({key, title});
  if (parents == ParentNames::shown) rows.columns.push_back({"parent", tr("PARENT")});
  // On a narrow terminal: names and the detail are cut short, then the
  // parent, the class and who is responsible left out, in this order.
  set_fit(rows, "detail", 0, Shrink::yes, 20);
  set_fit(rows, "staff", 1, Shrink::yes, 12);
  set_fit(rows, "class", 2);
  set_fit(rows, "parent", 3, Shrink::yes, 12);
  for (const auto& item : items) {
    if (words && item.section() != section) continue;
    std::vector<Cell> row;
    if (!words) row.push_back(std::string(overdue_section_name(item.section())));
    row.push_back(item.due.str());
    std::int64_t late = std::max(0, item.days_late), left = std::max(0, -item.days_late);
    if (!words) {
      row.push_back(late);
      row.push_back(left);
    } else {
      row.push_back(section == OverdueSection::overdue ? late : left);
    }
    row.push_back(words ? enum_word("overdue", overdue_kind_name(item.kind))
                        : std::string(overdue_kind_name(item.kind)));
    if (words) {
      row.push_back(item.id);
    } else {
      // "M-20261110-BBBB #1": the record's ID and the decision's number.
      size_t mark = item.id.find(" #");
      row.push_back(item.id.substr(0, mark));
      row.push_back(mark == std::string::npos
                        ? Cell{}
                        : Cell{std::int64_t(std::stoll(item.id.substr(mark + 2)))});
    }
    row.push_back(item.class_id.empty() ? Cell{} : Cell{item.class_id});
    if (!words)
      row.push_back(item.class_id.empty() ? Cell{} : Cell{names.class_name(item.class_id)});
    row.push_back(item.staff.empty() ? Cell{} : Cell{names.staff_name(item.staff)});
    row.push_back(item.detail);
    if (parents == ParentNames::shown)
      row.push_back(item.parent.empty() ? Cell{} : Cell{item.parent});
    rows.rows.push_back(std::move(row));
    rows.tones.push_back(item.section() == OverdueSection::overdue ? Tone::alert : Tone::warn);
  }
  return rows;
}

}  // namespace pd
