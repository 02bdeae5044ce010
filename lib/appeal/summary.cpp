#include "appeal/summary.h"

#include "core/i18n.h"

namespace pd::appeal {

namespace {

// The delivery or the redirect, on time or late: the days late, none when
// on time.
std::optional<size_t> days_late(const AppealState& state) {
  if (state.on_time.value_or(true)) return std::nullopt;
  return size_t(state.days_late);
}

}  // namespace

std::string new_appeal_line(const Value& appeal) {
  // TRANSLATORS: the new appeal's ID and its due date, on standard output.
  return msg("{} due {}", appeal.text("id"), appeal.date("due")->str());
}

std::optional<std::string> unassigned_warning(std::string_view tool, const Value& appeal) {
  if (!appeal.text("assignee").empty()) return std::nullopt;
  return msg("{}: no coordinator in staff/: '{}' is not assigned to anyone", tool,
             appeal.text("id"));
}

std::string due_summary(std::string_view tool, const Value& appeal, std::string_view with_assignee,
                        std::string_view without) {
  std::string due = appeal.date("due")->str();
  std::string_view assignee = appeal.text("assignee");
  if (assignee.empty()) return msg(without, tool, appeal.text("id"), due);
  return msg(with_assignee, tool, appeal.text("id"), assignee, due);
}

std::string delivered_summary(std::string_view tool, const Value& appeal,
                              const AppealState& state) {
  std::string due = appeal.date("due")->str();
  auto late = days_late(state);
  if (!late)
    // TRANSLATORS: the tool, the appeal's ID and its due date.
    return msg("{}: '{}' delivered, on time (due {})", tool, appeal.text("id"), due);
  if (state.administration && state.administration->met.value_or(false) && state.class_teacher)
    // TRANSLATORS: the days the class teacher's stage was late, the tool, the
    // appeal's ID, the administration's due date (which was met).
    return count_of(size_t(state.class_teacher->days_late),
                    "{1}: '{2}' delivered by the due date {3}, but late: the class teacher "
                    "escalated it {0} day after the class teacher's due date",
                    "{1}: '{2}' delivered by the due date {3}, but late: the class teacher "
                    "escalated it {0} days after the class teacher's due date",
                    tool, appeal.text("id"), due);
  // TRANSLATORS: the days late, the tool, the appeal's ID, its due date.
  return count_of(*late, "{1}: '{2}' delivered, {0} day late (due {3})",
                  "{1}: '{2}' delivered, {0} days late (due {3})", tool, appeal.text("id"), due);
}

std::string redirected_summary(std::string_view tool, const Value& appeal,
                               const AppealState& state) {
  std::string due = appeal.date("due")->str();
  auto late = days_late(state);
  if (!late)
    // TRANSLATORS: the tool, the appeal's ID, the date by which it had to be
    // redirected.
    return msg("{}: '{}' redirected, on time (redirect due {})", tool, appeal.text("id"), due);
  // TRANSLATORS: the days late, the tool, the appeal's ID, the date by which
  // it had to be redirected.
  return count_of(*late, "{1}: '{2}' redirected, {0} day late (redirect due {3})",
                  "{1}: '{2}' redirected, {0} days late (redirect due {3})", tool,
                  appeal.text("id"), due);
}

}  // namespace pd::appeal
