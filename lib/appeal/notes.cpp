#include "appeal/notes.h"

#include "appeal/intake.h"
#include "appeal/transitions.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

void add_note(Value& appeal, std::string_view text, const ActionContext& ctx) {
  next_status(Action::note, *parse_status(appeal.text("status")), appeal.text("id"));
  std::string body = tidy_text(text);
  if (body.empty()) throw Error(ExitCode::usage, tr("the note is empty"));
  Value note{Object{}};
  note.set("at", ctx.clock.now_timestamp());
  note.set("by", ctx.actor);
  note.set("text", body);
  Value* notes = appeal.get("notes");
  if (!notes || !notes->as_list()) {
    appeal.set("notes", Value(List{}));
    notes = appeal.get("notes");
  }
  notes->as_list()->push_back(std::move(note));
  append_history(appeal, ctx.clock, ctx.actor, "note added");
}

}  // namespace pd::appeal
