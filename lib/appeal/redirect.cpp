#include "appeal/redirect.h"

#include <fmt/format.h>

#include "appeal/deadline.h"
#include "appeal/transitions.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

void redirect(Value& appeal, std::string_view to, std::string_view reason,
              const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  Status status = next_status(Action::redirect, *parse_status(appeal.text("status")), id);
  if (to.find_first_not_of(" \t") == std::string_view::npos)
    throw Error(ExitCode::usage, tr("--to: name the organisation the appeal goes to"));
  Date previous_due = *appeal.date("due");
  Date due = redirect_due(*appeal.date("received"), ctx.calendar, ctx.settings);
  Value redirect{Object{}};
  redirect.set("to", std::string(to));
  redirect.set("date", ctx.today());
  redirect.set("previous_due", previous_due);
  if (!reason.empty()) redirect.set("reason", std::string(reason));
  appeal.set("redirect", redirect);
  appeal.set("status", std::string(status_name(status)));
  appeal.set("due", due);
  append_history(appeal, ctx.clock, ctx.actor,
                 fmt::format("redirected; due {} (was {})", due.str(), previous_due.str()));
}

}  // namespace pd::appeal
