// What an appeal's record implies today: open, overdue, due soon, days late,
// on time. Derived each time from `status`, `due` and the dates of delivery,
// redirect or closing; never stored.
#pragma once

#include <optional>

#include "appeal/status.h"
#include "core/date.h"
#include "store/value.h"

namespace pd::appeal {

// One stage of an appeal: with the class teacher (A2, 5 days) or with the
// administration (A1, 15 days). A stage ends when the answer is delivered,
// the appeal redirected or closed, or (the class teacher's) escalated.
struct Stage {
  Date due;                   // the stage's deadline, extended or not
  std::optional<Date> ended;  // when the stage ended; none while it runs
  // Ended on or before `due`; false too for a stage still running past its
  // due date; none for a running stage not yet late, and for one closed
  // without an answer.
  std::optional<bool> met;
  int days_late = 0;  // days past `due` at its end (or today, while running)
};

struct AppealState {
  Status status = Status::received;
  Date due;
  bool open = false;      // received, assigned or answered
  bool overdue = false;   // open and today > due
  bool due_soon = false;  // open, not overdue, and due within `due_soon` days
  int days_left = 0;      // open: days from today to the due date (negative when overdue)
  // Open: days past due today. Delivered or redirected: days it was done
  // after the due date. 0 otherwise.
  int days_late = 0;
  // The day the school finished with it: delivered, redirected, or closed
  // or withdrawn without delivery.
  std::optional<Date> done_on;
  // Delivered (also when closed afterwards) or redirected: done on or before
  // the due date, and every earlier stage met its own (an escalation after
  // the class teacher's days had passed stays late). Unknown for open
  // appeals and those closed without an answer.
  std::optional<bool> on_time;
  // The stages the appeal went through: the class teacher's when it began
  // with them, the administration's when it was escalated or began there.
  std::optional<Stage> class_teacher, administration;
};

// The state of a validated appeal record on `today`; `due_soon_days` is
// school.yaml's deadlines.due_soon.
AppealState state_of(const Value& appeal, Date today, int due_soon_days);

}  // namespace pd::appeal
