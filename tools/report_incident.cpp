// report incident: one case among the students that criterion 4 of the
// regional project counts (offences, bullying, suicide cases) — its date,
// kind and at most its class: the record holds no name.
#include <memory>

#include "cli/input.h"
#include "cli/validators.h"
#include "core/i18n.h"
#include "report/incidents.h"
#include "report_incident.h"
#include "store/history.h"

void define_incident(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "incident", pd::tr("record an offence, bullying or suicide case among the students "
                         "(counts only, no names)"));
  struct Options {
    pd::IncidentInput input;
    std::string date;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--kind", o->input.kind, pd::tr("offence, bullying, suicide_attempt or suicide"))
      ->type_name("KIND")
      ->transform(pd::one_of("incident kind"));
  cmd->add_option("--date", o->date, pd::tr("the day it happened"))->type_name("DATE");
  cmd->add_option("--class", o->input.class_id, pd::tr("the class (optional)"))->type_name("CLASS");
  cmd->add_option("--reported-to", o->input.reported_to,
                  pd::tr("a body it was reported to (repeatable): police, juvenile_inspector, "
                         "juvenile_commission, guardianship, education_department, health"))
      ->type_name("BODY")
      ->transform(pd::one_of("body"));
  cmd->callback([&ctx, o] {
    pd::IncidentInput input = o->input;
    pd::ask_for_missing({{"--kind", &input.kind, pd::tr("Kind"), "incident kind"},
                         {"--date", &o->date, pd::tr("Date"), {}, pd::typed_date()}});
    input.date = pd::date_option("--date", o->date);
    auto change = ctx.begin_change();
    const pd::RecordSchema& schema = pd::schema_for("incident");
    std::string id = change->new_id(schema, ctx.clock().today());
    pd::Value incident = pd::make_incident(input, ctx.store(), id, ctx.clock().today());
    // The history and the commit subject are in English, as git history is,
    // and say nothing of the case but its ID.
    pd::append_history(incident, ctx.clock(), ctx.actor(), "recorded");
    change->put(schema, incident);
    ctx.finish_change(*change, id + ": recorded");
    ctx.print(id + "\n");
  });
}
