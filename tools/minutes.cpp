// minutes: parent meetings and events, their decisions and signatures
// (SPEC M1-M5, B3, U; §5 minutes).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/edit_record.h"
#include "cli/input.h"
#include "cli/output_choice.h"
#include "cli/run_tool.h"
#include "cli/validators.h"
#include "core/i18n.h"
#include "documents/output.h"
#include "documents/protocol.h"
#include "minutes/amendment.h"
#include "minutes/check.h"
#include "minutes/decisions.h"
#include "minutes/details.h"
#include "minutes/listing.h"
#include "minutes/new_minutes.h"
#include "minutes/signing.h"
#include "minutes_amend.h"
#include "minutes_print.h"
#include "school/names.h"
#include "store/history.h"

namespace {

// A count option: its value when it was given.
struct Count {
  std::int64_t value = 0;
  CLI::Option* option = nullptr;
  std::optional<std::int64_t> get() const {
    return option->count() ? std::optional<std::int64_t>(value) : std::nullopt;
  }
};

void add_count(CLI::App* app, const std::string& flag, Count& count, const std::string& help) {
  // The schema's limit for the counts of minutes.
  count.option =
      app->add_option(flag, count.value, help)->type_name("N")->check(pd::whole_number(0, 5000));
}

void define_new(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("new", pd::tr("record a meeting or event"));
  struct Options {
    pd::MinutesInput input;
    std::string date, notes, notes_file;
    Count invited, present, respondents, satisfied;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--kind", o->input.kind,
                  pd::tr("class_meeting, school_meeting, pta, leadership, education, event, "
                         "diagnostics or survey"))
      ->type_name("KIND")
      ->transform(pd::one_of("minutes kind"));
  cmd->add_option("--date", o->date, pd::tr("the day it was held"))->type_name("DATE");
  cmd->add_option("--class", o->input.class_id, pd::tr("the class (for a class meeting)"))
      ->type_name("CLASS");
  cmd->add_option("--booking", o->input.booking,
                  pd::tr("the booking of a leadership meeting: fills date, class, attendees"))
      ->type_name("ID");
  cmd->add_option("--title", o->input.title, pd::tr("the topic"))->check(pd::single_line());
  cmd->add_option("--lang", o->input.lang,
                  pd::tr("the protocol's language: kk, ru or en (default: documents.lang of "
                         "school.yaml)"))
      ->type_name("L")
      ->transform(pd::one_of("language"));
  cmd->add_option("--place", o->input.place,
                  pd::tr("where it was held (default on the protocol: the school's address)"))
      ->check(pd::single_line())
      ->type_name("TEXT");
  cmd->add_option("--chair", o->input.chair, pd::tr("who chairs"))
      ->check(pd::single_line())
      ->type_name("NAME");
  cmd->add_option("--secretary", o->input.secretary, pd::tr("who keeps the minutes"))
      ->check(pd::single_line())
      ->type_name("NAME");
  add_count(cmd, "--invited", o->invited, pd::tr("how many were invited"));
  add_count(cmd, "--present", o->present, pd::tr("how many came (at most --invited)"));
  cmd->add_option("--organizer", o->input.organizer, pd::tr("school (default) or parents"))
      ->transform(pd::one_of("organizer"));
  add_count(cmd, "--respondents", o->respondents, pd::tr("survey: how many answered"));
  add_count(cmd, "--satisfied", o->satisfied, pd::tr("survey: how many are satisfied"));
  cmd->add_option("--agenda", o->input.agenda, pd::tr("an item of the agenda (repeatable)"))
      ->type_name("TEXT");
  cmd->add_option("--notes", o->notes, pd::tr("the notes, or - for stdin"))->type_name("TEXT");
  cmd->add_option("--notes-file", o->notes_file, pd::tr("the notes from a file"))
      ->type_name("FILE");
  cmd->callback([&ctx, o] {
    pd::MinutesInput input = o->input;
    // A booking gives the kind and the date.
    if (input.booking.empty())
      pd::ask_for_missing({{"--kind", &input.kind, pd::tr("Kind"), "minutes kind"},
                           {"--date", &o->date, pd::tr("Date"), {}, pd::typed_date()}});
    input.date = pd::date_option("--date", o->date);
    input.invited = o->invited.get(), input.present = o->present.get();
    input.respondents = o->respondents.get(), input.satisfied = o->satisfied.get();
    input.notes = pd::text_from(o->notes, o->notes_file, false);

    auto change = ctx.begin_change();
    const pd::RecordSchema& schema = pd::schema_for("minutes");
    std::string id = change->new_id(schema, ctx.clock().today());
    pd::NewMinutes made = pd::make_minutes(input, ctx.store(), id);
    // The history and the commit subject are in English, as git history is.
    std::string subject = id + ": created";
    if (made.booking) {
      std::string booking_id(made.booking->id());
      pd::append_history(made.minutes, ctx.clock(), ctx.actor(),
                         "created from booking " + booking_id);
      pd::append_history(made.booking->value, ctx.clock(), ctx.actor(), "minutes " + id);
      change->put(*made.booking->schema, made.booking->value);
      subject += " for " + booking_id;
    } else {
      pd::append_history(made.minutes, ctx.clock(), ctx.actor(), "created");
    }
    change->put(schema, made.minutes);
    ctx.finish_change(*change, subject);
    ctx.print(id + "\n");
    if (made.booking)
      ctx.note(
          pd::msg("{}: the booking '{}' now has minutes '{}'", ctx.tool(), made.booking->id(), id));
  });
}

void define_decide(CLI::App& app, pd::Context& ctx) {
  auto* cmd =
      app.add_subcommand("decide", pd::tr("record a decision, with its owner and due date"));
  struct Options {
    std::string id, text, text_file, owner, due;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("ID", o->id, pd::tr("the minutes"))->required();
  cmd->add_option("--text", o->text, pd::tr("the decision, or - for stdin"));
  cmd->add_option("--text-file", o->text_file, pd::tr("the decision from a file"))
      ->type_name("FILE");
  cmd->add_option("--owner", o->owner, pd::tr("who carries it out"))->type_name("STAFF");
  cmd->add_option("--due", o->due, pd::tr("by when"))->type_name("DATE");
  cmd->callback([&ctx, o] {
    if (o->text_file.empty()) pd::ask_for_missing({{"--text", &o->text, pd::tr("Decision")}});
    pd::ask_for_missing({{"--owner", &o->owner, pd::tr("Owner (staff ID)")},
                         {"--due", &o->due, pd::tr("Due"), {}, pd::typed_date()}});
    pd::NewDecision decision{pd::text_from(o->text, o->text_file, true), o->owner,
                             *pd::date_option("--due", o->due)};
    auto change = ctx.begin_change();
    const pd::Record& rec = ctx.store().find("minutes", o->id);
    const pd::RecordSchema& schema = *rec.schema;
    std::string id(rec.id());  // `rec` is gone once the change is written
    pd::Value value = rec.value;
    pd::require_allowed(value, pd::Action::decide);
    pd::find_by_id(ctx.store(), "staff", decision.owner);
    std::int64_t number = pd::add_decision(value, decision);
    std::string action = fmt::format("decision {} added", number);  // history: English
    pd::append_history(value, ctx.clock(), ctx.actor(), action);
    change->put(schema, value);
    ctx.finish_change(*change, id + ": " + action);
    ctx.print(std::to_string(number) + "\n");
  });
}

void define_done(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("done", pd::tr("mark a decision done (also in signed minutes)"));
  struct Options {
    std::string id;
    std::int64_t number = 0;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("ID", o->id, pd::tr("the minutes"))->required();
  cmd->add_option("DECISION-NUMBER", o->number, pd::tr("the decision's number"))
      ->required()
      ->check(pd::whole_number(1, 999));
  cmd->callback([&ctx, o] {
    auto change = ctx.begin_change();
    const pd::Record& rec = ctx.store().find("minutes", o->id);
    const pd::RecordSchema& schema = *rec.schema;
    std::string id(rec.id());  // `rec` is gone once the change is written
    pd::Value value = rec.value;
    pd::mark_done(value, o->number, ctx.clock().today());
    std::string action = fmt::format("decision {} done", o->number);  // history: English
    pd::append_history(value, ctx.clock(), ctx.actor(), action);
    change->put(schema, value);
    ctx.finish_change(*change, id + ": " + action);
    ctx.note(pd::msg("{}: {}: decision {} done", ctx.tool(), id, o->number));
  });
}

void define_sign(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "sign", pd::tr("sign as chair or secretary; both signatures freeze the minutes"));
  struct Options {
    std::string id, role, name;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("ID", o->id, pd::tr("the minutes"))->required();
  cmd->add_option("--as", o->role, pd::tr("chair or secretary"))
      ->type_name("ROLE")
      ->transform(pd::one_of("signer"));
  cmd->add_option("--name", o->name, pd::tr("the signer's name"))->check(pd::single_line());
  cmd->callback([&ctx, o] {
    pd::ask_for_missing(
        {{"--as", &o->role, pd::tr("Role"), "signer"}, {"--name", &o->name, pd::tr("Name")}});
    std::optional<pd::Role> role = pd::parse_role(o->role);
    if (!role)
      throw pd::Error(pd::ExitCode::usage,
                      pd::msg("'--as': expected chair or secretary, got '{}'", o->role));
    auto change = ctx.begin_change();
    const pd::Record& rec = ctx.store().find("minutes", o->id);
    const pd::RecordSchema& schema = *rec.schema;
    std::string id(rec.id());  // `rec` is gone once the change is written
    pd::Value value = rec.value;
    pd::SealState state = pd::sign(value, *role, o->name, ctx.clock().today());
    // The history and the commit subject are in English, as git history is.
    std::string action = fmt::format("signed as {}", pd::role_name(*role));
    if (state == pd::SealState::frozen) action += ", frozen";
    pd::append_history(value, ctx.clock(), ctx.actor(), action);
    change->put(schema, value);
    ctx.finish_change(*change, id + ": " + action);
    if (state == pd::SealState::frozen)
      ctx.note(pd::msg("{}: {}: signed; the minutes are now frozen", ctx.tool(), id));
    else if (*role == pd::Role::chair)
      ctx.note(pd::msg("{}: {}: signed as chair", ctx.tool(), id));
    else
      ctx.note(pd::msg("{}: {}: signed as secretary", ctx.tool(), id));
  });
}

void define_list(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("list", pd::tr("list minutes, by date"));
  struct Options {
    pd::MinutesFilter filter;
    std::string since, until;
    bool unsigned_only = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--kind", o->filter.kind, pd::tr("only this kind"))
      ->type_name("KIND")
      ->transform(pd::one_of("minutes kind"));
  cmd->add_option("--class", o->filter.class_id, pd::tr("only this class"))->type_name("CLASS");
  cmd->add_option("--since", o->since, pd::tr("held on or after"))->type_name("DATE");
  cmd->add_option("--until", o->until, pd::tr("held on or before"))->type_name("DATE");
  cmd->add_flag("--unsigned", o->unsigned_only,
                pd::tr("only parent meetings held so far that lack a signature"));
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, o, bom] {
    pd::OutputChoice out = pd::choose_output(
        ctx, {pd::OutputFormat::table, pd::OutputFormat::json, pd::OutputFormat::csv}, *bom);
    pd::OutputFormat format = out.format;
    pd::MinutesFilter filter = o->filter;
    filter.since = pd::date_option("--since", o->since);
    filter.until = pd::date_option("--until", o->until);
    if (o->unsigned_only) filter.signatures = pd::SignatureFilter::missing;
    const pd::Store& store = ctx.store();
    if (!filter.class_id.empty()) pd::find_by_id(store, "class", filter.class_id);
    std::vector<const pd::Record*> selected =
        pd::select_minutes(store.records("minutes"), filter, ctx.clock().today());
    pd::Names names = pd::load_names(store);
    bool brief = format == pd::OutputFormat::table;
    ctx.print(out.render(pd::minutes_rows(selected, names, ctx.clock().today(),
                                          brief ? pd::Detail::brief : pd::Detail::full)));
  });
}

void define_show(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "show", pd::tr("show one record; --format markdown prints the protocol to sign"));
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the minutes"))->required();
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, id, bom] {
    pd::OutputChoice out = pd::choose_output(ctx,
                                             {pd::OutputFormat::table, pd::OutputFormat::markdown,
                                              pd::OutputFormat::json, pd::OutputFormat::csv},
                                             *bom);
    const pd::Store& store = ctx.store();
    const pd::Record& rec = store.find("minutes", *id);
    switch (out.format) {
      case pd::OutputFormat::csv:
        // The row `minutes list --format csv` gives it.
        ctx.print(out.render(pd::minutes_rows({&rec}, pd::load_names(store), ctx.clock().today(),
                                              pd::Detail::full)));
        break;
      case pd::OutputFormat::markdown:
        // The printable protocol, in the minutes' language (as `minutes print`).
        ctx.print(pd::render_document(
            pd::protocol_document(rec.value, ctx.settings(), pd::load_names(store),
                                  pd::protocol_language(rec.value, ctx.settings(), std::nullopt)),
            pd::DocumentFormat::markdown));
        break;
      case pd::OutputFormat::json:
        ctx.print(pd::minutes_json(rec.value, pd::load_names(ctx.store()), ctx.clock().today()));
        break;
      default:
        ctx.print(pd::minutes_details(rec.value, pd::load_names(store), ctx.clock().today()));
    }
  });
}

void define_edit(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("edit", pd::tr("edit a record in $EDITOR, checked before saving"));
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the minutes"))->required();
  cmd->callback([&ctx, id] {
    // Frozen minutes are refused before the editor opens; a record frozen
    // meanwhile changed on disk, which edit_record refuses.
    pd::require_allowed(ctx.store().find("minutes", *id).value, pd::Action::edit);
    pd::edit_record(ctx, "minutes", *id, pd::minutes_record_problems);
  });
}

}  // namespace

int main(int argc, char** argv) {
  return pd::run_tool("minutes",
                      N_("Minutes of parent meetings and events: decisions, signatures, "
                         "printable protocols."),
                      argc, argv, [](CLI::App& app, pd::Context& ctx) {
                        define_new(app, ctx);
                        define_decide(app, ctx);
                        define_done(app, ctx);
                        define_sign(app, ctx);
                        define_amend(app, ctx);
                        define_list(app, ctx);
                        define_show(app, ctx);
                        define_print(app, ctx);
                        define_edit(app, ctx);
                      });
}
