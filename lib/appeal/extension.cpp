#include "appeal/extension.h"

#include <fmt/format.h>

#include "appeal/deadline.h"
#include "appeal/transitions.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

namespace {

Value notice_value(const Notice& notice) {
  Value notified{Object{}};
  notified.set("date", notice.on);
  notified.set("via", notice.via);
  return notified;
}

}  // namespace

void extend(Value& appeal, Date until, std::string_view reason, const std::optional<Notice>& notice,
            const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  next_status(Action::extend, *parse_status(appeal.text("status")), id);
  if (reason.find_first_not_of(" \t") == std::string_view::npos)
    throw Error(ExitCode::usage, tr("--reason: an extension needs its reason"));
  if (const Value* done = appeal.get("extension"))
    throw Error(ExitCode::refused,
                msg("'{}': already extended once, on {} to {}; an appeal is extended only once", id,
                    done->date("date")->str(), done->date("until")->str()));
  // The class teacher's days are short by design: a request they cannot
  // answer in time is escalated, and the administration may then extend.
  if (appeal.text("route") == "class_teacher")
    throw Error(ExitCode::refused,
                msg("'{}': a request to the class teacher is not extended; escalate it to the "
                    "administration, which may extend it once",
                    id));
  Date today = ctx.today();
  Date due = *appeal.date("due");
  if (due < today)
    throw Error(ExitCode::refused,
                msg("'{}': the due date {} has passed; an appeal is extended only before its due "
                    "date",
                    id, due.str()));
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
  extension.set("date", today);
  extension.set("until", until);
  extension.set("previous_due", due);
  extension.set("reason", std::string(reason));
  if (notice) extension.set("notified", notice_value(*notice));
  appeal.set("extension", extension);
  appeal.set("due", until);
  std::string action = fmt::format("extended; due {} (was {})", until.str(), due.str());
  if (notice) action += fmt::format("; parent notified via {}", notice->via);
  append_history(appeal, ctx.clock, ctx.actor, action);
}

void record_notice(Value& appeal, const Notice& notice, const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  Value* extension = appeal.get("extension");
  if (!extension)
    throw Error(ExitCode::refused,
                msg("'{}': not extended; only an extension is notified this way", id));
  if (const Value* notified = extension->get("notified"))
    throw Error(ExitCode::refused, msg("'{}': the parent was already notified on {}", id,
                                       notified->date("date")->str()));
  Date extended_on = *extension->date("date");
  if (notice.on < extended_on)
    throw Error(ExitCode::refused, msg("'{}': --on {} is before the extension of {}", id,
                                       notice.on.str(), extended_on.str()));
  if (ctx.today() < notice.on)
    throw Error(ExitCode::refused, msg("'{}': --on {} is in the future (today is {})", id,
                                       notice.on.str(), ctx.today().str()));
  extension->set("notified", notice_value(notice));
  append_history(
      appeal, ctx.clock, ctx.actor,
      fmt::format("parent notified of the extension {} via {}", notice.on.str(), notice.via));
}

std::optional<Date> notice_due(const Value& appeal, const SchoolCalendar& calendar) {
  const Value* extension = appeal.get("extension");
  if (!extension) return std::nullopt;
  return calendar.add(*extension->date("date"), {kExtensionNoticeDays, false});
}

}  // namespace pd::appeal
