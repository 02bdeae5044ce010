#include "appeal/state.h"

#include <algorithm>

#include "appeal/deadline.h"

namespace pd::appeal {

namespace {

std::optional<Date> date_in(const Value& appeal, std::string_view object, std::string_view field) {
  const Value* member = appeal.get(object);
  return member ? member->date(field) : std::nullopt;
}

}  // namespace

AppealState state_of(const Value& appeal, Date today, int due_soon_days) {
  AppealState state;
  state.status = parse_status(appeal.text("status")).value_or(Status::received);
  state.due = appeal.date("due").value_or(today);
  state.open = is_open(state.status);
  if (state.open) {
    state.days_left = today.days_until(state.due);
    state.overdue = state.days_left < 0;
    state.due_soon = !state.overdue && state.days_left <= due_soon_days;
    state.days_late = state.overdue ? -state.days_left : 0;
    return state;
  }
  std::optional<Date> finished;
  if (auto delivered = date_in(appeal, "delivered", "on")) {
    finished = delivered;  // also when closed after delivery
  } else if (state.status == Status::redirected) {
    finished = date_in(appeal, "redirect", "on");
  }
  if (finished) {
    state.done_on = finished;
    state.on_time = on_time(*finished, state.due);
    state.days_late = std::max(0, state.due.days_until(*finished));
  } else {
    state.done_on = date_in(appeal, "closed", "on");
  }
  return state;
}

}  // namespace pd::appeal
