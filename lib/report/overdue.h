// `report overdue`: what is late (or falls due soon) across the store — the
// job cron runs every morning.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "output/rows.h"
#include "school/names.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd {

enum class OverdueKind {
  appeal,      // an appeal not answered and delivered by its due date (A1, A2)
  decision,    // a decision of minutes not done by its due date (M5)
  signatures,  // parent-meeting minutes unsigned 7 days after the meeting (M1)
  no_minutes,  // a meeting held with the leadership, without minutes after 3 days (B3)
  notice,      // an extension the parent was not told of within 3 working days
  plan,        // the plan of periodic work short as the term ends (M1, M3, M4)
};

// The morning mail's sections: what is late, and what falls due soon.
enum class OverdueSection { overdue, due_soon };

// One late (or soon due) item. `due` is when it was (is) due; `days_late` is
// today - due, negative for an item due soon.
// `section()` is overdue when days_late > 0, else due soon. Names of parents appear only in
// `parent`, which the command shows on request.
struct OverdueItem {
  OverdueKind kind;
  std::string id;    // the record's ID; a decision adds " #N"
  std::string file;  // the record's file, relative to the store
  std::string class_id;
  std::string staff;   // who must act: assignee, owner, secretary or host (a staff ID)
  std::string detail;  // what is due, in a few words, without personal data (a message)
  std::string parent;  // the parent's name (appeals, meetings), for --with-names
  Date due;
  int days_late = 0;

  OverdueSection section() const {
    return days_late > 0 ? OverdueSection::overdue : OverdueSection::due_soon;
  }
};

inline constexpr int kSignDays = 7;     // M1: minutes signed within a week
inline constexpr int kMinutesDays = 3;  // B3: minutes of a meeting within 3 days

// Everything past due on `today`, and with `include_due_soon` what falls due
// within settings.due_soon days; sorted by due date, then ID, then class.
std::vector<OverdueItem> overdue_items(const Store& store, const SchoolSettings& settings,
                                       Date today, bool include_due_soon);

std::string_view overdue_section_name(OverdueSection section);  // overdue, due_soon

std::string_view overdue_kind_name(OverdueKind kind);  // appeal, decision, ...

// Whether the parents' names are shown (--with-names; not for mail).
enum class ParentNames { hidden, shown };

// The rows of `report overdue`: due, days late (overdue) or days left (due
// soon), what, ID, class, who (the staff member's name) and detail, and the
// parent when `parents` is shown. People see one section at a time, with
// words for the kinds; programs see every item, with its section and both
// counts of days (never negative) and the stored kinds.
Rows overdue_rows(const std::vector<OverdueItem>& items, const Names& names, Readers readers,
                  ParentNames parents, OverdueSection section = OverdueSection::overdue);

}  // namespace pd
