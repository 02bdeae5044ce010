// report: what is late or missing, and the validator of the store.
#include <cmath>
#include <filesystem>
#include <memory>

#include "cli/input.h"
#include "cli/run_tool.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "output/json_writer.h"
#include "output/rows.h"
#include "output/terminal_text.h"
#include "report/appeal_statistics.h"
#include "report/check.h"
#include "report/compliance.h"
#include "report/consent.h"
#include "report/effectiveness.h"
#include "report/overdue.h"
#include "school/names.h"
#include "store/git_hook.h"
#include "store/store_init.h"

namespace {

constexpr std::initializer_list<pd::OutputFormat> kListFormats = {
    pd::OutputFormat::table, pd::OutputFormat::json, pd::OutputFormat::csv};

using pd::render;

pd::Rows problem_rows(const std::vector<pd::Diagnostic>& problems) {
  pd::Rows rows{{{"file", pd::tr("FILE")},
                 {"line", pd::tr("LINE")},
                 {"column", pd::tr("COLUMN")},
                 {"message", pd::tr("MESSAGE")}},
                {}};
  for (const auto& p : problems)
    rows.rows.push_back({p.file, std::int64_t(p.pos.line), std::int64_t(p.pos.column), p.message});
  return rows;
}

void define_check(CLI::App& app, pd::Context& ctx) {
  auto* check = app.add_subcommand("check", pd::tr("validate every file of the store"));
  struct CheckOptions {
    bool fix = false, install_hook = false, force = false;
  };
  auto opts = std::make_shared<CheckOptions>();
  check->add_flag("--fix", opts->fix,
                  pd::tr("rewrite valid records that are not in canonical form"));
  check->add_flag(
      "--install-hook", opts->install_hook,
      pd::tr("install a git pre-commit hook that runs this check on what is committed"));
  check->add_flag("--force", opts->force, pd::tr("with --install-hook: replace a foreign hook"));
  check->callback([&ctx, opts] {
    if (opts->install_hook) {
      std::string hook = pd::install_pre_commit_hook(
          ctx.store().root(), opts->force ? pd::Overwrite::yes : pd::Overwrite::no);
      ctx.note(pd::msg("{}: installed {} (core.hooksPath); commit it so that every clone has it",
                       ctx.tool(), hook));
      return;
    }
    pd::OutputFormat format = ctx.format(kListFormats);
    const pd::Store& store = ctx.store();
    pd::CheckResult result = pd::check_store(store);
    if (opts->fix && !result.not_canonical.empty()) {
      auto change = ctx.begin_change();
      size_t rewritten = pd::stage_canonical(store, *change, result.not_canonical);
      // The commit subject in English, as git history is.
      ctx.finish_change(*change, fmt::format("check: rewrote {} {} in canonical form", rewritten,
                                             rewritten == 1 ? "file" : "files"));
      // TRANSLATORS: {1} is the tool's name (report), {0} the number of files.
      ctx.note(pd::count_of(rewritten, "{1}: rewrote {0} file in canonical form",
                            "{1}: rewrote {0} files in canonical form", ctx.tool()));
      result = pd::check_store(store);
    }
    if (format == pd::OutputFormat::table) {
      // Messages quote values from the files: printed, they must not drive the terminal.
      for (const auto& problem : result.problems)
        ctx.print(pd::printable(problem.str()) + "\n");
    } else {
      ctx.print(render(problem_rows(result.problems), format));
    }
    size_t n = result.problems.size();
    if (n == 0) {
      // TRANSLATORS: {1} is the tool's name (report), {0} the number of files.
      ctx.note(pd::count_of(result.files_checked, "{1}: {0} file checked, no problems",
                            "{1}: {0} files checked, no problems", ctx.tool()));
    } else {
      // TRANSLATORS: the first part of "report: 25 files checked, 2 problems".
      std::string checked =
          pd::count_of(result.files_checked, "{} file checked", "{} files checked");
      // TRANSLATORS: {1} is the tool's name (report), {2} how many files were
      // checked ("25 files checked"), {0} the number of problems.
      ctx.note(
          pd::count_of(n, "{1}: {2}, {0} problem", "{1}: {2}, {0} problems", ctx.tool(), checked));
    }
    if (n > 0) ctx.set_exit_code(pd::ExitCode::problems);
  });
}

// Tables and Markdown are read by people: their cells show words; JSON and
// CSV keep the stored values.
bool for_people(pd::OutputFormat format) {
  return format == pd::OutputFormat::table || format == pd::OutputFormat::markdown;
}

pd::Rows compliance_rows(const std::vector<pd::ComplianceRow>& found, const pd::Names& names,
                         bool words) {
  pd::Rows rows{{{"class", pd::tr("CLASS")},
                 {"kind", pd::tr("REQUIREMENT")},
                 {"period", pd::tr("PERIOD")},
                 {"held", pd::tr("HELD")},
                 {"required", pd::tr("OF")},
                 {"status", pd::tr("STATUS")},
                 // TRANSLATORS: the column of the day a period of the plan ends.
                 {"due", pd::trc("plan", "BY")}},
                {}};
  for (const auto& row : found) {
    std::string unit = row.unit != "school" ? names.class_name(row.unit)
                       : words              ? pd::trc("plan unit", "school")
                                            : row.unit;
    std::string requirement =
        words
            // TRANSLATORS: a requirement of the plan of periodic work: the kind
            // of meeting ("class parent meeting") and the period ("term").
            ? pd::msg("{} per {}", pd::enum_word("minutes kind", row.rule.kind),
                      pd::enum_word("period", row.rule.every))
            : fmt::format("{} per {}", row.rule.kind, row.rule.every);
    rows.rows.push_back(
        {unit, requirement, row.period.name, std::int64_t(row.held), std::int64_t(row.rule.times),
         words ? pd::plan_status_word(row.status) : std::string(pd::plan_status_name(row.status)),
         row.period.end.str()});
  }
  return rows;
}

void define_compliance(CLI::App& app, pd::Context& ctx) {
  auto* compliance = app.add_subcommand(
      "compliance", pd::tr("the plan of periodic work (school.yaml) held against the minutes"));
  auto scope = std::make_shared<pd::ComplianceScope>();
  auto* term = compliance->add_option(
      "--term", scope->term, pd::tr("the periods of this term (default: the current one)"));
  compliance->add_flag("--year", scope->whole_year, pd::tr("the whole school year"))
      ->excludes(term);
  compliance->callback([&ctx, scope] {
    pd::OutputFormat format = ctx.format(kListFormats);
    const auto& classes = ctx.store().records("class");
    auto found = pd::plan_compliance(ctx.settings(), classes, ctx.store().records("minutes"),
                                     ctx.clock().today(), *scope);
    ctx.print(
        render(compliance_rows(found, pd::load_names(ctx.store()), for_people(format)), format));
  });
}

void define_consent(CLI::App& app, pd::Context& ctx) {
  auto* consent = app.add_subcommand(
      "consent", pd::tr("who must not appear in published photos, and who has not answered"));
  auto only_class = std::make_shared<std::string>();
  consent->add_option("--class", *only_class, pd::tr("one class only"))->type_name("ID");
  consent->callback([&ctx, only_class] {
    pd::OutputFormat format = ctx.format(kListFormats);
    const auto& classes = ctx.store().records("class");
    pd::Names names = pd::load_names(ctx.store());
    pd::Rows rows{{{"class", pd::tr("CLASS")},
                   {"student", pd::tr("STUDENT")},
                   {"consent", pd::tr("CONSENT")},
                   {"signed", pd::tr("SIGNED")}},
                  {}};
    bool words = for_people(format);
    for (const auto& gap : pd::photo_consent_gaps(classes, *only_class)) {
      std::string answer(pd::consent_name(gap.consent));
      rows.rows.push_back({names.class_name(gap.class_id),
                           gap.student.empty() ? pd::Cell{} : pd::Cell{gap.student},
                           gap.student.empty() ? pd::tr("no answers recorded")
                           : words             ? pd::enum_word("consent", answer)
                                               : answer,
                           gap.signed_on ? pd::Cell{gap.signed_on->str()} : pd::Cell{}});
    }
    ctx.print(render(rows, format));
  });
}

void define_overdue(CLI::App& app, pd::Context& ctx) {
  auto* overdue = app.add_subcommand(
      "overdue",
      pd::tr("what is late: appeals, decisions, unsigned minutes, meetings without minutes"));
  struct OverdueOptions {
    bool due_soon = false, exit_code = false, with_names = false;
  };
  auto opts = std::make_shared<OverdueOptions>();
  overdue->add_flag("--due-soon", opts->due_soon,
                    pd::tr("add what falls due within due_soon days"));
  overdue->add_flag("--exit-code", opts->exit_code, pd::tr("exit 1 when something is overdue"));
  overdue->add_flag("--with-names", opts->with_names, pd::tr("show parents' names (not for mail)"));
  overdue->callback([&ctx, opts] {
    pd::OutputFormat format = ctx.format({pd::OutputFormat::table, pd::OutputFormat::json,
                                          pd::OutputFormat::csv, pd::OutputFormat::markdown});
    const pd::Store& store = ctx.store();
    auto items = pd::overdue_items(store, ctx.settings(), ctx.clock().today(), opts->due_soon);
    pd::Names names = pd::load_names(store);
    pd::Rows rows{{{"due", pd::tr("DUE")},
                   {"days_late", pd::tr("LATE")},
                   {"what", pd::tr("WHAT")},
                   {"id", pd::tr("ID")},
                   {"class", pd::tr("CLASS")},
                   {"staff", pd::tr("WHO")},
                   {"detail", pd::tr("DETAIL")}},
                  {}};
    if (opts->with_names) rows.columns.push_back({"parent", pd::tr("PARENT")});
    bool words = for_people(format);
    for (const auto& item : items) {
      rows.rows.push_back(
          {item.due.str(), std::int64_t(item.days_late),
           words ? pd::overdue_kind_word(item.kind) : std::string(pd::overdue_kind_name(item.kind)),
           item.id, item.class_id,
           item.staff.empty() ? pd::Cell{} : pd::Cell{names.staff_name(item.staff)}, item.detail});
      if (opts->with_names) rows.rows.back().push_back(item.parent);
    }
    // Cron mails what a job prints: nothing late, nothing printed.
    if (items.empty() && format != pd::OutputFormat::json) return;
    if (format == pd::OutputFormat::table || format == pd::OutputFormat::markdown)
      // TRANSLATORS: the title of the overdue report: the school's name, today.
      ctx.print(pd::msg("{}: overdue on {}", ctx.settings().name, ctx.clock().today().str()) +
                "\n\n");
    ctx.print(render(rows, format));
    bool late =
        std::any_of(items.begin(), items.end(), [](const auto& i) { return i.days_late > 0; });
    if (opts->exit_code && late) ctx.set_exit_code(pd::ExitCode::problems);
  });
}

// The word for a group of `report appeals` (BY), and for a value in it.
std::string group_word(std::string_view group) {
  // TRANSLATORS: what appeals are counted by, in the BY column.
  if (group == "kind") return pd::trc("appeals by", "kind");
  if (group == "channel") return pd::trc("appeals by", "channel");
  if (group == "lang") return pd::trc("appeals by", "language");
  if (group == "class") return pd::trc("appeals by", "class");
  if (group == "month") return pd::trc("appeals by", "month");
  return std::string(group);
}

std::string value_word(std::string_view group, const std::string& value) {
  if (group == "kind") return pd::enum_word("appeal kind", value);
  if (group == "channel") return pd::enum_word("channel", value);
  if (group == "lang") return pd::enum_word("language", value);
  return value;
}

std::string percent_text(std::optional<double> value) {
  // TRANSLATORS: a percentage: "80.4%"; Russian and Kazakh write "80,4 %".
  return value ? pd::msg("{}%", pd::decimal(*value, 1)) : "-";
}

void define_appeals(CLI::App& app, pd::Context& ctx) {
  auto* appeals = app.add_subcommand(
      "appeals", pd::tr("appeal statistics: counts, answers on time, days to delivery"));
  struct Range {
    std::string since, until;
  };
  auto range = std::make_shared<Range>();
  appeals->add_option("--since", range->since, pd::tr("received on or after"))->type_name("DATE");
  appeals->add_option("--until", range->until, pd::tr("received on or before"))->type_name("DATE");
  appeals->callback([&ctx, range] {
    pd::OutputFormat format = ctx.format(kListFormats);
    pd::AppealStatistics s = pd::appeal_statistics(
        ctx.store().records("appeal"), pd::date_option("--since", range->since),
        pd::date_option("--until", range->until), ctx.clock().today(), ctx.settings().due_soon);
    if (format == pd::OutputFormat::json) {
      pd::JsonWriter json;
      json.begin_object().field("received", s.received).begin_object("by");
      for (std::string_view group : pd::kAppealGroups) {
        json.begin_object(group);
        for (const auto& [value, n] : s.by[std::string(group)])
          json.field(value, n);
        json.end_object();
      }
      json.end_object()
          .field("answered", s.answered)
          .field("on_time", s.on_time)
          .field("on_time_percent", s.on_time_percent)
          .field("median_days", s.median_days)
          .field("p90_days", s.p90_days)
          .field("open", s.open_now)
          .field("overdue", s.overdue_now)
          .end_object();
      ctx.print(json.str());
      return;
    }
    pd::Rows rows{{{"group", pd::trc("appeals by", "BY")},
                   {"value", pd::tr("VALUE")},
                   {"count", pd::tr("COUNT")}},
                  {}};
    bool words = format == pd::OutputFormat::table;
    for (std::string_view group : pd::kAppealGroups)
      for (const auto& [value, n] : s.by[std::string(group)])
        rows.rows.push_back({words ? group_word(group) : std::string(group),
                             value.empty() ? pd::tr("(none)")
                             : words       ? value_word(group, value)
                                           : value,
                             n});
    if (format == pd::OutputFormat::csv) {
      for (auto [name, n] : {std::pair{"received", s.received},
                             {"answered", s.answered},
                             {"on_time", s.on_time},
                             {"open", s.open_now},
                             {"overdue", s.overdue_now}})
        rows.rows.push_back({"summary", name, n});
      ctx.print(render(rows, format));
      return;
    }
    auto days = [](std::optional<double> d) {
      return d ? pd::decimal(*d, *d == std::floor(*d) ? 0 : 1) : "-";
    };
    ctx.print(pd::msg("Appeals received: {}", s.received) + "\n" +
              // TRANSLATORS: appeals answered, of them on time, and their share.
              pd::msg("Answered: {}, on time: {} ({})", s.answered, s.on_time,
                      percent_text(s.on_time_percent)) +
              "\n" +
              // TRANSLATORS: days from receipt to delivery, over the delivered appeals.
              pd::msg("Days to delivery: median {}, 90th percentile {}", days(s.median_days),
                      days(s.p90_days)) +
              "\n" + pd::msg("Open now: {}, overdue: {}", s.open_now, s.overdue_now) + "\n\n");
    ctx.print(render(rows, format));
  });
}

void define_year(CLI::App& app, pd::Context& ctx) {
  auto* year = app.add_subcommand("year", pd::tr("yearly effectiveness of the work with parents"));
  auto start = std::make_shared<int>(0);
  year->add_option("--year", *start, pd::tr("the school year starting in this year"))
      ->type_name("START");
  year->callback([&ctx, start] {
    pd::OutputFormat format = ctx.format(kListFormats);
    const pd::SchoolSettings& settings = ctx.settings();
    std::optional<pd::Period> period;
    if (*start) period = pd::school_year_starting(settings, *start);
    pd::YearEffectiveness y =
        pd::year_effectiveness(ctx.store(), settings, period, ctx.clock().today());
    if (format == pd::OutputFormat::json) {
      pd::JsonWriter json;
      json.begin_object()
          .field("school", settings.name)
          .field("year", y.year.name)
          .field("from", y.year.start.str())
          .field("to", y.year.end.str())
          .field("students", y.students)
          .field("parents", y.parents)
          .begin_object("satisfaction")
          .field("surveys", y.surveys)
          .field("respondents", y.respondents)
          .field("satisfied", y.satisfied)
          .field("percent", pd::percent(y.satisfied, y.respondents))
          .end_object()
          .begin_object("parent_events")
          .field("events", y.parent_events)
          .field("per_100_students", pd::percent(y.parent_events, y.students))
          .end_object()
          .begin_object("participation")
          .field("events", y.events)
          .field("invited", y.invited)
          .field("present", y.present)
          .field("percent", pd::percent(y.present, y.invited))
          .end_object()
          .begin_object("appeals")
          .field("received", y.appeals)
          .field("answered", y.answered)
          .field("on_time", y.on_time)
          .field("percent", pd::percent(y.on_time, y.answered))
          .end_object()
          .begin_object("plan")
          .field("periods_due", y.plan_due)
          .field("periods_held", y.plan_held)
          .field("percent", pd::percent(y.plan_held, y.plan_due))
          .end_object()
          .end_object();
      ctx.print(json.str());
      return;
    }
    pd::Rows rows{{{"criterion", pd::tr("CRITERION")},
                   {"value", pd::tr("VALUE")},
                   {"basis", pd::tr("BASIS")}},
                  {}};
    // TRANSLATORS: the BASIS column of `report year`: {0} is the count the
    // plural follows, {1} and {2} the other counts.
    rows.rows = {
        {pd::tr("parents' satisfaction"), percent_text(pd::percent(y.satisfied, y.respondents)),
         pd::count_of(size_t(y.surveys), "{1} satisfied of {2} respondents in {0} survey",
                      "{1} satisfied of {2} respondents in {0} surveys", y.satisfied,
                      y.respondents)},
        {pd::tr("events organised by parents"),
         percent_text(pd::percent(y.parent_events, y.students)),
         pd::count_of(size_t(y.students), "{1} events per {0} student",
                      "{1} events per {0} students", y.parent_events)},
        {pd::tr("parents taking part in events"), percent_text(pd::percent(y.present, y.invited)),
         pd::count_of(size_t(y.events), "{1} present of {2} invited at {0} event",
                      "{1} present of {2} invited at {0} events", y.present, y.invited)},
        {pd::tr("appeals answered on time"), percent_text(pd::percent(y.on_time, y.answered)),
         pd::count_of(size_t(y.appeals), "{1} on time of {2} answered, {0} received",
                      "{1} on time of {2} answered, {0} received", y.on_time, y.answered)},
        {pd::tr("plan of periodic work held"), percent_text(pd::percent(y.plan_held, y.plan_due)),
         pd::count_of(size_t(y.plan_due), "{1} of {0} ended period", "{1} of {0} ended periods",
                      y.plan_held)}};
    if (format == pd::OutputFormat::table)
      ctx.print(fmt::format("{}: {} ({} .. {})\n\n", settings.name, y.year.name, y.year.start.str(),
                            y.year.end.str()));
    ctx.print(render(rows, format));
  });
}

void define_init(CLI::App& app, pd::Context& ctx) {
  auto* init = app.add_subcommand("init", pd::tr("create a new store"));
  struct InitOptions {
    std::string dir = ".", name;
  };
  auto opts = std::make_shared<InitOptions>();
  init->add_option("DIR", opts->dir, pd::tr("where to create it (default: the current directory)"));
  init->add_option("--name", opts->name, pd::tr("the school's name"))->required();
  init->callback([&ctx, opts] {
    // There is no school.yaml yet to give the time zone: the default one.
    pd::Clock clock(std::string(pd::kDefaultTimezone), ctx.today_override());
    pd::init_store(opts->dir, opts->name, clock.today());
    ctx.note(pd::msg("{}: created a store in '{}'", ctx.tool(), opts->dir));
  });
}

}  // namespace

int main(int argc, char** argv) {
  return pd::run_tool("report", N_("Reports on a parentdesk store and checks it."), argc, argv,
                      [](CLI::App& app, pd::Context& ctx) {
                        define_check(app, ctx);
                        define_overdue(app, ctx);
                        define_appeals(app, ctx);
                        define_year(app, ctx);
                        define_compliance(app, ctx);
                        define_consent(app, ctx);
                        define_init(app, ctx);
                      });
}
