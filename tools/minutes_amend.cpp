// minutes amend: a typo found after both signatures is corrected by a new
// version of the minutes, which the chair and the secretary sign again
// (issue 14; the rules are lib/minutes/amendment.h's).
#include "minutes_amend.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/input.h"
#include "cli/validators.h"
#include "core/i18n.h"
#include "minutes/amendment.h"
#include "minutes/signing.h"
#include "school/names.h"
#include "store/history.h"

void define_amend(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "amend", pd::tr("correct signed minutes: a new version, with its reason, to sign again"));
  struct Options {
    std::string id, reason, title, place, notes, notes_file, text, text_file, owner, due;
    std::vector<std::string> agenda;
    std::int64_t decision = 0;
    CLI::Option* decision_option = nullptr;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("ID", o->id, pd::tr("the minutes"))->required();
  cmd->add_option("--reason", o->reason, pd::tr("why the signed text is corrected"))
      ->check(pd::single_line())
      ->type_name("TEXT");
  cmd->add_option("--title", o->title, pd::tr("the corrected topic"))->check(pd::single_line());
  cmd->add_option("--place", o->place, pd::tr("the corrected place"))->check(pd::single_line());
  cmd->add_option("--agenda", o->agenda,
                  pd::tr("N=TEXT: the corrected text of agenda item N (repeatable)"))
      ->type_name("N=TEXT");
  cmd->add_option("--notes", o->notes, pd::tr("the corrected notes, or - for stdin"))
      ->type_name("TEXT");
  cmd->add_option("--notes-file", o->notes_file, pd::tr("the corrected notes from a file"))
      ->type_name("FILE");
  o->decision_option =
      cmd->add_option("--decision", o->decision, pd::tr("the number of the decision to correct"))
          ->type_name("N")
          ->check(pd::whole_number(1, 999));
  cmd->add_option("--text", o->text, pd::tr("the decision's corrected text, or - for stdin"));
  cmd->add_option("--text-file", o->text_file, pd::tr("the decision's corrected text from a file"))
      ->type_name("FILE");
  cmd->add_option("--owner", o->owner, pd::tr("the decision's corrected owner"))
      ->type_name("STAFF");
  cmd->add_option("--due", o->due, pd::tr("the decision's corrected due date"))->type_name("DATE");
  cmd->callback([&ctx, o] {
    pd::Amendment amendment;
    auto correct = [&amendment](std::string field, std::string text, std::string flag) {
      amendment.corrections.push_back({std::move(field), std::move(text), std::move(flag)});
    };
    if (!o->title.empty()) correct("title", o->title, "--title");
    if (!o->place.empty()) correct("place", o->place, "--place");
    for (const std::string& item : o->agenda) {
      size_t eq = item.find('=');
      std::string number = item.substr(0, eq);
      if (eq == std::string::npos || number.empty() || number.size() > 3 ||
          number.find_first_not_of("0123456789") != std::string::npos || number[0] == '0')
        throw pd::Error(pd::ExitCode::usage,
                        pd::msg("'--agenda': expected N=TEXT (the item's number and its corrected "
                                "text), got '{}'",
                                item));
      correct("agenda[" + number + "]", item.substr(eq + 1), "--agenda " + number);
    }
    if (!o->notes.empty() || !o->notes_file.empty())
      correct("notes", pd::text_from(o->notes, o->notes_file, false), "--notes");
    bool decision_fields =
        !o->text.empty() || !o->text_file.empty() || !o->owner.empty() || !o->due.empty();
    if (o->decision_option->count()) {
      if (!decision_fields)
        throw pd::Error(
            pd::ExitCode::usage,
            pd::tr("'--decision': give what to correct in it: --text, --owner or --due"));
      std::string at = "decisions[" + std::to_string(o->decision) + "].";
      if (!o->text.empty() || !o->text_file.empty())
        correct(at + "text", pd::text_from(o->text, o->text_file, true), "--text");
      if (!o->owner.empty()) correct(at + "owner", o->owner, "--owner");
      if (!o->due.empty()) correct(at + "due", pd::date_option("--due", o->due)->str(), "--due");
    } else if (decision_fields) {
      throw pd::Error(pd::ExitCode::usage,
                      pd::tr("--text, --owner and --due correct a decision: give its --decision"));
    }
    if (amendment.corrections.empty())
      throw pd::Error(pd::ExitCode::usage,
                      pd::tr("nothing to amend: give what to correct (--title, --place, --agenda, "
                             "--notes, --decision with --text, --owner or --due)"));
    pd::ask_for_missing({{"--reason", &o->reason, pd::tr("Reason")}});
    amendment.reason = o->reason;

    auto change = ctx.begin_change();
    const pd::Record& rec = ctx.store().find("minutes", o->id);
    const pd::RecordSchema& schema = *rec.schema;
    std::string id(rec.id());  // `rec` is gone once the change is written
    pd::Value value = rec.value;
    pd::require_allowed(value, pd::Action::amend);
    if (!o->owner.empty()) pd::find_by_id(ctx.store(), "staff", o->owner);
    std::int64_t version = pd::amend(value, amendment, ctx.actor(), ctx.clock().today());
    // The history and the commit subject are in English, as git history is.
    std::string action = fmt::format("amended, version {}", version);
    pd::append_history(value, ctx.clock(), ctx.actor(), action);
    change->put(schema, value);
    ctx.finish_change(*change, id + ": " + action);
    ctx.note(
        pd::msg("{}: {}: amended, version {}; the chair and the secretary are to sign it again",
                ctx.tool(), id, version));
  });
}
