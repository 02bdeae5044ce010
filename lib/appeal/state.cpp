#include "appeal/state.h"

#include <algorithm>

#include "appeal/deadline.h"

namespace pd::appeal {

namespace {

std::optional<Date> date_in(const Value& appeal, std::string_view object, std::string_view field) {
  const Value* member = appeal.get(object);
  return member ? member->date(field) : std::nullopt;
}

// The state of the appeal's current stage, by `status` and `due`.
AppealState current_state(const Value& appeal, Date today, int due_soon_days) {
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
  if (auto delivered = date_in(appeal, "delivered", "date")) {
    finished = delivered;  // also when closed after delivery
  } else if (state.status == Status::redirected) {
    finished = date_in(appeal, "redirect", "date");
  }
  if (finished) {
    state.done_on = finished;
    state.on_time = on_time(*finished, state.due);
    state.days_late = std::max(0, state.due.days_until(*finished));
  } else {
    state.done_on = date_in(appeal, "closed", "date");
  }
  return state;
}

// A stage due on `due` that ended on `ended` (none while it runs); a stage
// ended without an answer (closed, withdrawn) has no outcome.
Stage stage_of(Date due, std::optional<Date> ended, bool answered, Date today) {
  Stage stage{due, ended, std::nullopt, 0};
  stage.days_late = std::max(0, due.days_until(ended.value_or(today)));
  if (ended && answered)
    stage.met = *ended <= due;
  else if (!ended && due < today)
    stage.met = false;
  return stage;
}

// The class teacher's stage ends with the escalation, which hands the appeal
// on: it is met when escalated by the stage's due date.
void add_stages(const Value& appeal, AppealState& state, Date today) {
  bool answered = state.on_time.has_value();
  std::optional<Date> ended = state.open ? std::nullopt : state.done_on;
  if (const Value* escalated = appeal.get("escalated")) {
    state.class_teacher =
        stage_of(*escalated->date("previous_due"), escalated->date("date"), true, today);
    state.administration = stage_of(state.due, ended, answered, today);
    if (state.on_time && !state.class_teacher->met.value_or(true)) {
      state.on_time = false;
      state.days_late = std::max(state.days_late, state.class_teacher->days_late);
    }
  } else if (appeal.text("route") == "class_teacher") {
    state.class_teacher = stage_of(state.due, ended, answered, today);
  } else {
    state.administration = stage_of(state.due, ended, answered, today);
  }
}

}  // namespace

AppealState state_of(const Value& appeal, Date today, int due_soon_days) {
  AppealState state = current_state(appeal, today, due_soon_days);
  add_stages(appeal, state, today);
  return state;
}

}  // namespace pd::appeal
