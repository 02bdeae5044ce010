#include "appeal/closing.h"

#include <fmt/format.h>

#include "appeal/transitions.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

void close(Value& appeal, Closing how, std::string_view reason, const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  Status from = *parse_status(appeal.text("status"));
  Action action = how == Closing::withdrawn ? Action::withdraw : Action::close;
  Status status = next_status(action, from, id);
  if (how == Closing::closed && from != Status::delivered && reason.empty())
    throw Error(ExitCode::refused,
                msg("'{}': closing an appeal that was not delivered needs --reason", id));
  Value closed{Object{}};
  closed.set("date", ctx.today());
  if (!reason.empty()) closed.set("reason", std::string(reason));
  appeal.set("closed", closed);
  appeal.set("status", std::string(status_name(status)));
  append_history(appeal, ctx.clock, ctx.actor,
                 how == Closing::withdrawn ? "withdrawn by the parent" : "closed");
}

}  // namespace pd::appeal
