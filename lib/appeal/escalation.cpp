#include "appeal/escalation.h"

#include <fmt/format.h>

#include "appeal/deadline.h"
#include "appeal/routing.h"
#include "appeal/transitions.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

void escalate(Value& appeal, std::string_view reason, const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  Status status = next_status(Action::escalate, *parse_status(appeal.text("status")), id);
  if (parse_route(appeal.text("route")).value_or(Route::administration) != Route::class_teacher)
    throw Error(ExitCode::refused,
                msg("'{}': already with the administration; only a request to the class teacher "
                    "is escalated",
                    id));
  Date today = ctx.today();
  Date previous_due = *appeal.date("due");
  Date due = escalated_due(today, ctx.calendar, ctx.settings);
  std::string teacher(appeal.text("assignee"));
  std::string to = coordinator(ctx.store);

  Value escalated{Object{}};
  escalated.set("date", today);
  if (!teacher.empty()) escalated.set("from", teacher);
  escalated.set("previous_due", previous_due);
  if (!reason.empty()) escalated.set("reason", std::string(reason));
  appeal.set("escalated", escalated);
  appeal.set("route", std::string(route_name(Route::administration)));
  if (to.empty())
    appeal.erase("assignee");
  else
    appeal.set("assignee", to);
  appeal.set("status", std::string(status_name(to.empty() ? Status::received : status)));
  appeal.set("due", due);
  std::string action = "escalated to the administration";
  if (!to.empty()) action += fmt::format("; assigned to {}", to);
  action += fmt::format("; due {} (was {})", due.str(), previous_due.str());
  append_history(appeal, ctx.clock, ctx.actor, action);
}

}  // namespace pd::appeal
