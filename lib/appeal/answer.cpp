#include "appeal/answer.h"

#include <fmt/format.h>

#include "appeal/deadline.h"
#include "appeal/intake.h"
#include "appeal/numbering.h"
#include "appeal/state.h"
#include "appeal/transitions.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

void require_appeal_language(const Value& appeal, std::string_view lang) {
  require_schema_value("--lang", "lang", lang);
  if (appeal.text("lang") != lang)
    throw Error(ExitCode::refused,
                msg("'{}': the answer must be in the language of the appeal, '{}', not '{}' (A1)",
                    appeal.text("id"), appeal.text("lang"), lang));
}

void respond(Value& appeal, std::string_view lang, std::string_view text,
             const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  Status from = *parse_status(appeal.text("status"));
  Status status = next_status(Action::respond, from, id);
  require_appeal_language(appeal, lang);
  std::string body = tidy_text(text);
  if (body.empty()) throw Error(ExitCode::usage, tr("the answer is empty"));
  // A replaced answer keeps the number of its letter, not yet sent.
  const Value* earlier = appeal.get("response");
  std::optional<std::int64_t> number = earlier ? earlier->integer("number") : std::nullopt;
  if (!number)
    number = next_outgoing_number(valid_records(ctx.store, "appeal"), ctx.today().year());
  Value response{Object{}};
  response.set("lang", std::string(lang));
  response.set("date", ctx.today());
  response.set("number", Value(*number));
  response.set("by", ctx.actor);
  response.set("text", body);
  appeal.set("response", response);
  appeal.set("status", std::string(status_name(status)));
  append_history(
      appeal, ctx.clock, ctx.actor,
      fmt::format("{} in {}", from == Status::answered ? "answer replaced" : "answered", lang));
}

void deliver(Value& appeal, std::string_view via, std::optional<Date> on,
             const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  Status status = next_status(Action::deliver, *parse_status(appeal.text("status")), id);
  require_schema_value("--via", "delivered.via", via);
  Date today = ctx.today();
  Date day = on.value_or(today);
  if (day > today)
    throw Error(ExitCode::refused, msg("'{}': cannot record a delivery on {}, after today ({})", id,
                                       day.str(), today.str()));
  const Value* response = appeal.get("response");
  Date answered =
      response && response->date("date") ? *response->date("date") : *appeal.date("received");
  if (day < answered)
    throw Error(ExitCode::refused, msg("'{}': cannot record a delivery on {}, before the answer "
                                       "was written ({})",
                                       id, day.str(), answered.str()));
  Value delivered{Object{}};
  delivered.set("date", day);
  delivered.set("via", std::string(via));
  appeal.set("delivered", delivered);
  appeal.set("status", std::string(status_name(status)));
  // On time only when every stage was: a late escalation stays late.
  AppealState state = state_of(appeal, today, ctx.settings.due_soon);
  int late = state.days_late;
  std::string timing = state.on_time.value_or(true)
                           ? std::string("on time")
                           : fmt::format("{} day{} late", late, late == 1 ? "" : "s");
  append_history(appeal, ctx.clock, ctx.actor,
                 fmt::format("delivered {} via {}, {}", day.str(), via, timing));
}

}  // namespace pd::appeal
