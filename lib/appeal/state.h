// What an appeal's record implies today: open, overdue, due soon, days late,
// on time. Derived each time from `status`, `due` and the dates of delivery,
// redirect or closing; never stored.
#pragma once

#include <optional>

#include "appeal/status.h"
#include "core/date.h"
#include "store/value.h"

namespace pd::appeal {

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
  // the due date. Unknown for open appeals and those closed without an answer.
  std::optional<bool> on_time;
};

// The state of a validated appeal record on `today`; `due_soon_days` is
// school.yaml's deadlines.due_soon.
AppealState state_of(const Value& appeal, Date today, int due_soon_days);

}  // namespace pd::appeal
