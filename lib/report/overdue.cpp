#include "report/overdue.h"

#include <algorithm>

#include "appeal/state.h"
#include "core/i18n.h"
#include "minutes/decisions.h"
#include "minutes/kinds.h"
#include "minutes/signing.h"

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
      return std::tie(a.due, a.id) < std::tie(b.due, b.id);
    });
    return std::move(items_);
  }

 private:
  Date today_;
  int due_soon_;
  bool include_due_soon_;
  std::vector<OverdueItem> items_;
};

void appeals(const Store& store, const SchoolSettings& settings, Date today, Collector& out) {
  for (const auto& record : store.records("appeal")) {
    const Value& a = record.value;
    appeal::AppealState state = appeal::state_of(a, today, settings.due_soon);
    if (!state.open) continue;
    out.offer({OverdueKind::appeal, std::string(record.id()), record.file,
               std::string(a.text("class")), std::string(a.text("assignee")),
               msg("{} by {}, {}", a.text("kind"), a.text("channel"), a.text("status")),
               std::string(a.text("from")), state.due});
  }
}

void minutes(const Store& store, Collector& out) {
  for (const auto& record : store.records("minutes")) {
    const Value& m = record.value;
    Date held = *m.date("date");
    std::string class_id(m.text("class"));
    if (const Value* decisions = m.get("decisions"); decisions && decisions->as_list()) {
      for (const auto& decision : *decisions->as_list()) {
        if (decision.get("done")) continue;
        out.offer({OverdueKind::decision,
                   msg("{} #{}", record.id(), decision.integer("number").value_or(0)), record.file,
                   class_id, std::string(decision.text("owner")),
                   msg("decision {} of the {} of {}", decision.integer("number").value_or(0),
                       m.text("kind"), held.str()),
                   "", *decision.date("due")});
      }
    }
    std::vector<Role> missing = missing_signatures(m);
    if (is_parent_meeting(m.text("kind")) && !missing.empty()) {
      std::string roles;
      for (Role role : missing)
        roles += (roles.empty() ? "" : " and ") + std::string(role_name(role));
      out.offer({OverdueKind::signatures, std::string(record.id()), record.file, class_id, "",
                 msg("{} of {}: no signature of the {}", m.text("kind"), held.str(), roles), "",
                 held.plus_days(kSignDays)});
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
               msg("meeting of {} held, no minutes", held.str()), std::string(b.text("parent")),
               held.plus_days(kMinutesDays)});
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
  }
  return "";
}

std::vector<OverdueItem> overdue_items(const Store& store, const SchoolSettings& settings,
                                       Date today, bool include_due_soon) {
  Collector out(today, settings.due_soon, include_due_soon);
  appeals(store, settings, today, out);
  minutes(store, out);
  bookings(store, out);
  return out.take();
}

}  // namespace pd
