#include "appeal/extension.h"

#include <fmt/format.h>

#include "appeal/deadline.h"
#include "appeal/transitions.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

void extend(Value& appeal, Date until, std::string_view reason, const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  next_status(Action::extend, *parse_status(appeal.text("status")), id);
  if (reason.find_first_not_of(" \t") == std::string_view::npos)
    throw Error(ExitCode::usage, tr("--reason: an extension needs its reason"));
  if (const Value* done = appeal.get("extension"))
    throw Error(ExitCode::refused,
                msg("'{}': already extended once, on {} to {}; an appeal is extended only once", id,
                    done->date("on")->str(), done->date("until")->str()));
  Date due = *appeal.date("due");
  if (until <= due)
    throw Error(ExitCode::refused,
                msg("'{}': --until {} is not after the due date {}", id, until.str(), due.str()));
  Date received = *appeal.date("received");
  Date latest = latest_extension(received, ctx.settings);
  if (until > latest)
    throw Error(ExitCode::refused,
                count_of(size_t(ctx.settings.max_extension_days),
                         "'{1}': --until {2} is past the latest possible due date {3} ({0} day "
                         "after receipt on {4})",
                         "'{1}': --until {2} is past the latest possible due date {3} ({0} days "
                         "after receipt on {4})",
                         id, until.str(), latest.str(), received.str()));
  Value extension{Object{}};
  extension.set("on", ctx.today());
  extension.set("until", until);
  extension.set("previous_due", due);
  extension.set("reason", std::string(reason));
  appeal.set("extension", extension);
  appeal.set("due", until);
  append_history(appeal, ctx.clock, ctx.actor,
                 fmt::format("extended; due {} (was {})", until.str(), due.str()));
}

}  // namespace pd::appeal
