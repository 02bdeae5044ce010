// appeal: parents' official requests, applications and complaints, from
// receipt to the delivered answer (SPEC A1-A4). Parsing and presentation
// only; the rules are in lib/appeal/.
#include <memory>
#include <optional>
#include <string>

#include "appeal/answer.h"
#include "appeal/closing.h"
#include "appeal/describe.h"
#include "appeal/escalation.h"
#include "appeal/extension.h"
#include "appeal/intake.h"
#include "appeal/listing.h"
#include "appeal/notes.h"
#include "appeal/record_check.h"
#include "appeal/redirect.h"
#include "appeal/routing.h"
#include "appeal/summary.h"
#include "appeal_changes.h"
#include "appeal_documents.h"
#include "cli/edit_record.h"
#include "cli/input.h"
#include "cli/output_choice.h"
#include "cli/run_tool.h"
#include "cli/validators.h"
#include "core/i18n.h"
#include "output/record_json.h"
#include "output/rows.h"

namespace {

namespace ap = pd::appeal;

void define_new(CLI::App& app, pd::Context& ctx) {
  auto* cmd =
      app.add_subcommand("new", pd::tr("register a new appeal; prints its ID and due date"));
  struct Options {
    ap::NewAppeal appeal;
    std::string text_file, received;
  };
  auto o = std::make_shared<Options>();
  ap::NewAppeal& a = o->appeal;
  cmd->add_option("--from", a.from, pd::tr("the parent's name"))
      ->check(pd::single_line())
      ->type_name("NAME");
  cmd->add_option("--contact", a.contact, pd::tr("e-mail or phone for the answer"))
      ->check(pd::single_line())
      ->type_name("C");
  cmd->add_option("--student", a.student, pd::tr("the student concerned"))
      ->check(pd::single_line())
      ->type_name("NAME");
  cmd->add_option("--class", a.class_id, pd::tr("the student's class (7B or 7Б)"))->type_name("ID");
  cmd->add_option("--kind", a.kind, pd::tr("request, application or complaint"))
      ->type_name("KIND")
      ->transform(pd::one_of("appeal kind"));
  cmd->add_option("--channel", a.channel,
                  pd::tr("email, in_person, website, phone, messenger or e_journal"))
      ->type_name("CHANNEL")
      ->transform(pd::one_of("channel"));
  cmd->add_option("--lang", a.lang, pd::tr("the appeal's language: kk, ru or en"))->type_name("L");
  cmd->add_option("--subject", a.subject, pd::tr("what it is about, in one line"))
      ->check(pd::single_line())
      ->type_name("TEXT");
  cmd->add_option("--text", a.text, pd::tr("the appeal's text; - reads standard input"))
      ->type_name("TEXT");
  cmd->add_option("--text-file", o->text_file, pd::tr("read the text from a file"))->type_name("F");
  cmd->add_option("--to", a.route, pd::tr("class_teacher (5 days) or administration (15 days)"))
      ->type_name("ROUTE")
      ->transform(pd::one_of("route"));
  cmd->add_option("--received", o->received, pd::tr("date of receipt (default: today)"))
      ->type_name("DATE");
  cmd->add_option("--repeat-of", a.repeat_of, pd::tr("an earlier appeal this one repeats"))
      ->type_name("ID");
  cmd->callback([&ctx, o] {
    ap::NewAppeal& input = o->appeal;
    pd::ask_for_missing({{"--from", &input.from, pd::tr("Parent's name")},
                         {"--kind", &input.kind, pd::tr("Kind"), "appeal kind"},
                         {"--channel", &input.channel, pd::tr("Channel"), "channel"},
                         {"--lang", &input.lang, pd::tr("Language"), "language"},
                         {"--subject", &input.subject, pd::tr("Subject")}});
    input.text = pd::text_from(input.text, o->text_file, false);
    input.received = pd::date_option("--received", o->received);
    auto mutation = ctx.begin_change();
    std::string id = mutation->new_id(pd::schema_for("appeal"), ctx.clock().today());
    pd::Value appeal = ap::new_appeal(id, input, action_context(ctx));
    mutation->put(pd::schema_for("appeal"), appeal);
    ctx.finish_change(*mutation, id + ": new");
    ctx.print(ap::new_appeal_line(appeal) + "\n");
    if (auto warning = ap::unassigned_warning(ctx.tool(), appeal)) ctx.note(*warning);
  });
}

void define_list(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("list", pd::tr("list appeals by due date"));
  struct Options {
    std::string status = "open", class_id, assignee, kind, lang, since, until, grep;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--status", o->status,
                  pd::tr("open, overdue, due-soon, closed or all (default: open)"))
      ->type_name("S");
  cmd->add_option("--class", o->class_id, pd::tr("of this class"))->type_name("ID");
  cmd->add_option("--assignee", o->assignee, pd::tr("assigned to this staff member"))
      ->type_name("STAFF");
  cmd->add_option("--kind", o->kind, pd::tr("request, application or complaint"))
      ->type_name("K")
      ->transform(pd::one_of("appeal kind"));
  cmd->add_option("--lang", o->lang, pd::tr("kk, ru or en"))->type_name("L");
  cmd->add_option("--since", o->since, pd::tr("received on or after"))->type_name("D");
  cmd->add_option("--until", o->until, pd::tr("received on or before"))->type_name("D");
  cmd->add_option("--grep", o->grep, pd::tr("containing this text, ignoring case"))
      ->type_name("TEXT");
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, o, bom] {
    pd::OutputChoice out = pd::choose_output(
        ctx, {pd::OutputFormat::table, pd::OutputFormat::json, pd::OutputFormat::csv}, *bom);
    pd::OutputFormat format = out.format;
    ap::ListFilter filter = ap::list_filter(o->status, o->kind, o->lang, o->grep);
    filter.since = pd::date_option("--since", o->since);
    filter.until = pd::date_option("--until", o->until);
    const pd::Store& store = ctx.store();
    ap::resolve_people(filter, store, o->class_id, o->assignee);
    auto appeals = ap::select_appeals(store.records("appeal"), filter, ctx.clock().today(),
                                      ctx.settings().due_soon);
    if (format != pd::OutputFormat::table)
      ctx.print(out.render(ap::data_rows(appeals, pd::load_names(store))));
    else if (appeals.empty())
      ctx.note(pd::msg("{}: no appeals match", ctx.tool()));
    else
      ctx.print(pd::render_table(ap::table_rows(appeals)));
  });
}

// The record and its derived fields, as `appeal list --format json` names
// them.
std::string appeal_json(const pd::Value& appeal, const ap::AppealState& state,
                        const pd::Names& names) {
  auto date = [](const std::optional<pd::Date>& day) {
    return day ? pd::json_quote(day->str()) : std::string("null");
  };
  auto flag = [](bool value) { return std::string(value ? "true" : "false"); };
  std::string_view class_id = appeal.text("class");
  return pd::record_json_open(appeal, pd::schema_for("appeal").root) + ", \"class_name\": " +
         (class_id.empty() ? "null" : pd::json_quote(names.class_name(class_id))) +
         ", \"due_soon\": " + flag(state.due_soon) + ", \"overdue\": " + flag(state.overdue) +
         ", \"days_late\": " + std::to_string(state.days_late) +
         ", \"days_left\": " + (state.open ? std::to_string(state.days_left) : "null") +
         ", \"on_time\": " + (state.on_time ? flag(*state.on_time) : "null") +
         ", \"done_on\": " + date(state.done_on) + "}\n";
}

void define_show(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("show", pd::tr("show an appeal and its history"));
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the appeal's ID or a unique suffix"))->required();
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, id, bom] {
    pd::OutputChoice out = pd::choose_output(
        ctx, {pd::OutputFormat::table, pd::OutputFormat::json, pd::OutputFormat::csv}, *bom);
    const pd::Record& record = ctx.store().find("appeal", *id);
    ap::AppealState state = state_now(ctx, record.value);
    if (out.format == pd::OutputFormat::json)
      ctx.print(appeal_json(record.value, state, pd::load_names(ctx.store())));
    else if (out.format == pd::OutputFormat::csv)
      // The row `appeal list --format csv` gives it.
      ctx.print(out.render(ap::data_rows({{&record, state}}, pd::load_names(ctx.store()))));
    else
      ctx.print(ap::describe(record, state, ctx.store()));
  });
}

void define_edit(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "edit", pd::tr("edit an appeal with $EDITOR; saved only when valid (like visudo)"));
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the appeal's ID or a unique suffix"))->required();
  cmd->callback([&ctx, id] {
    const pd::SchoolSettings& settings = ctx.settings();
    pd::edit_record(ctx, "appeal", *id, [&settings](const pd::Record& record) {
      return ap::check_appeal(record, settings);
    });
  });
}

}  // namespace

int main(int argc, char** argv) {
  return pd::run_tool("appeal",
                      N_("Parents' official appeals: registration, routing, deadlines, "
                         "answers and delivery."),
                      argc, argv, [](CLI::App& app, pd::Context& ctx) {
                        define_new(app, ctx);
                        define_list(app, ctx);
                        define_show(app, ctx);
                        define_appeal_changes(app, ctx);
                        define_appeal_documents(app, ctx);
                        define_edit(app, ctx);
                      });
}
