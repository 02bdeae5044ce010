// report: what is late or missing, and the validator of the store.
#include <filesystem>
#include <memory>

#include "cli/input.h"
#include "cli/output_choice.h"
#include "cli/run_tool.h"
#include "cli/validators.h"
#include "core/i18n.h"
#include "documents/letter_template.h"
#include "output/rows.h"
#include "output/terminal_text.h"
#include "report/appeal_statistics.h"
#include "report/check.h"
#include "report/compliance.h"
#include "report/consent.h"
#include "report/effectiveness.h"
#include "report/overdue.h"
#include "report_incident.h"
#include "school/names.h"
#include "store/git_hook.h"
#include "store/store_init.h"

namespace {

constexpr std::initializer_list<pd::OutputFormat> kListFormats = {
    pd::OutputFormat::table, pd::OutputFormat::json, pd::OutputFormat::csv};

using pd::render;

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
  auto bom = pd::add_bom_flag(check);
  check->callback([&ctx, opts, bom] {
    if (opts->install_hook) {
      std::string hook = pd::install_pre_commit_hook(
          ctx.store().root(), opts->force ? pd::Overwrite::yes : pd::Overwrite::no);
      ctx.note(pd::msg("{}: installed {} (core.hooksPath); commit it so that every clone has it",
                       ctx.tool(), hook));
      return;
    }
    pd::OutputChoice out = pd::choose_output(ctx, kListFormats, *bom);
    pd::OutputFormat format = out.format;
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
      ctx.print(out.render(pd::problem_rows(result.problems)));
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

void define_compliance(CLI::App& app, pd::Context& ctx) {
  auto* compliance = app.add_subcommand(
      "compliance", pd::tr("the plan of periodic work (school.yaml) held against the minutes"));
  auto scope = std::make_shared<pd::ComplianceScope>();
  auto* term = compliance->add_option(
      "--term", scope->term, pd::tr("the periods of this term (default: the current one)"));
  compliance->add_flag("--year", scope->whole_year, pd::tr("the whole school year"))
      ->excludes(term);
  auto bom = pd::add_bom_flag(compliance);
  compliance->callback([&ctx, scope, bom] {
    pd::OutputChoice out = pd::choose_output(ctx, kListFormats, *bom);
    pd::OutputFormat format = out.format;
    const auto& classes = ctx.store().records("class");
    auto found = pd::plan_compliance(ctx.settings(), classes, ctx.store().records("minutes"),
                                     ctx.clock().today(), *scope);
    ctx.print(out.render(
        pd::compliance_rows(found, pd::load_names(ctx.store()), pd::readers_of(format))));
  });
}

void define_consent(CLI::App& app, pd::Context& ctx) {
  auto* consent = app.add_subcommand(
      "consent", pd::tr("who must not appear in published photos, and who has not answered"));
  struct ConsentOptions {
    std::string only_class;
    int start = 0;
  };
  auto opts = std::make_shared<ConsentOptions>();
  consent->add_option("--class", opts->only_class, pd::tr("one class only"))->type_name("ID");
  consent->add_option("--year", opts->start, pd::tr("the school year starting in this year"))
      ->type_name("START");
  auto bom = pd::add_bom_flag(consent);
  consent->callback([&ctx, opts, bom] {
    pd::OutputChoice out = pd::choose_output(ctx, kListFormats, *bom);
    pd::OutputFormat format = out.format;
    const pd::SchoolYear& year = pd::consent_year(
        ctx.settings(), opts->start ? std::optional<int>(opts->start) : std::nullopt,
        ctx.clock().today());
    auto gaps = pd::photo_consent_gaps(ctx.store().records("class"), opts->only_class, year);
    if (format == pd::OutputFormat::table)
      // TRANSLATORS: the title of `report consent`: the school year (2026/2027).
      ctx.print(pd::msg("Photo and video consent for the school year {}", year.name()) +
                (gaps.empty() ? "\n" : "\n\n"));
    ctx.print(out.render(
        pd::consent_rows(gaps, year, pd::load_names(ctx.store()), pd::readers_of(format))));
  });
}

// The morning mail for people: the title, then what is late and what falls
// due soon, each under its heading.
std::string print_overdue_sections(pd::Context& ctx, const std::vector<pd::OverdueItem>& items,
                                   const pd::Names& names, pd::OutputFormat format,
                                   pd::ParentNames parents) {
  // TRANSLATORS: the title of the overdue report: the school's name, today.
  std::string out =
      pd::msg("{}: overdue on {}", ctx.settings().name, ctx.clock().today().str()) + "\n";
  for (auto [section, heading] :
       {std::pair{pd::OverdueSection::overdue, pd::tr("Overdue")},
        {pd::OverdueSection::due_soon, pd::trc("overdue report", "Due soon")}}) {
    pd::Rows rows = pd::overdue_rows(items, names, pd::Readers::people, parents, section);
    if (rows.rows.empty()) continue;
    out += "\n" + (format == pd::OutputFormat::markdown ? "## " + heading : heading) + "\n\n";
    out += render(rows, format);
  }
  return out;
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
  auto bom = pd::add_bom_flag(overdue);
  overdue->callback([&ctx, opts, bom] {
    pd::OutputChoice out = pd::choose_output(ctx,
                                             {pd::OutputFormat::table, pd::OutputFormat::json,
                                              pd::OutputFormat::csv, pd::OutputFormat::markdown},
                                             *bom);
    pd::OutputFormat format = out.format;
    const pd::Store& store = ctx.store();
    // The morning mail says all it can: a bad file leaves out only itself.
    store.skip_invalid_files();
    auto items = pd::overdue_items(store, ctx.settings(), ctx.clock().today(), opts->due_soon);
    pd::Names names = pd::load_names(store);
    auto parents = opts->with_names ? pd::ParentNames::shown : pd::ParentNames::hidden;
    std::vector<pd::Diagnostic> invalid = pd::first_problem_per_file(store.skipped());
    bool for_programs = pd::readers_of(format) == pd::Readers::programs;
    if (for_programs) {
      ctx.print(out.render(pd::overdue_rows(items, names, pd::readers_of(format), parents)));
    } else if (!items.empty() || !invalid.empty()) {
      // Cron mails what a job prints: nothing late, nothing printed.
      ctx.print(print_overdue_sections(ctx, items, names, format, parents));
    }
    if (!invalid.empty()) {
      std::string lines;
      for (const auto& problem : invalid)
        lines += pd::printable(problem.str()) + "\n";
      // On standard error for programs, whose output must stay parsable.
      if (for_programs)
        ctx.note(lines.substr(0, lines.size() - 1));
      else
        ctx.print("\n" + pd::tr("Files that could not be read (left out above):") + "\n" + lines);
    }
    if (!invalid.empty())
      ctx.set_exit_code(pd::ExitCode::invalid_data);
    else if (opts->exit_code &&
             std::any_of(items.begin(), items.end(), [](const auto& i) { return i.days_late > 0; }))
      ctx.set_exit_code(pd::ExitCode::problems);
  });
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
  auto bom = pd::add_bom_flag(appeals);
  appeals->callback([&ctx, range, bom] {
    pd::OutputChoice out = pd::choose_output(ctx, kListFormats, *bom);
    pd::OutputFormat format = out.format;
    pd::AppealStatistics s = pd::appeal_statistics(
        ctx.store().records("appeal"), pd::date_option("--since", range->since),
        pd::date_option("--until", range->until), ctx.clock().today(), ctx.settings().due_soon);
    if (format == pd::OutputFormat::json) {
      ctx.print(pd::appeal_statistics_json(s));
      return;
    }
    if (format == pd::OutputFormat::table) ctx.print(pd::appeal_statistics_text(s) + "\n");
    ctx.print(out.render(pd::appeal_statistics_rows(s, pd::readers_of(format))));
  });
}

void define_year(CLI::App& app, pd::Context& ctx) {
  auto* year = app.add_subcommand("year", pd::tr("yearly effectiveness of the work with parents"));
  auto start = std::make_shared<int>(0);
  year->add_option("--year", *start, pd::tr("the school year starting in this year"))
      ->type_name("START");
  auto bom = pd::add_bom_flag(year);
  year->callback([&ctx, start, bom] {
    pd::OutputChoice out = pd::choose_output(ctx, kListFormats, *bom);
    pd::OutputFormat format = out.format;
    const pd::SchoolSettings& settings = ctx.settings();
    std::optional<pd::Period> period;
    if (*start) period = pd::school_year_starting(settings, *start);
    pd::YearEffectiveness y =
        pd::year_effectiveness(ctx.store(), settings, period, ctx.clock().today());
    if (format == pd::OutputFormat::json) {
      ctx.print(pd::year_effectiveness_json(y, settings.name));
      return;
    }
    if (format == pd::OutputFormat::table)
      // TRANSLATORS: the title of `report year`: the school, the school
      // year, its first and last days, and, while it runs, today.
      ctx.print((y.counted_until < y.year.end
                     ? pd::msg("{}: {} ({} .. {}), counted up to {}", settings.name, y.year.name,
                               y.year.start.str(), y.year.end.str(), y.counted_until.str())
                     : fmt::format("{}: {} ({} .. {})", settings.name, y.year.name,
                                   y.year.start.str(), y.year.end.str())) +
                "\n\n");
    ctx.print(out.render(pd::year_effectiveness_rows(y, pd::readers_of(format))));
  });
}

void define_init(CLI::App& app, pd::Context& ctx) {
  auto* init = app.add_subcommand("init", pd::tr("create a new store"));
  struct InitOptions {
    std::string dir = ".", name;
  };
  auto opts = std::make_shared<InitOptions>();
  init->add_option("DIR", opts->dir, pd::tr("where to create it (default: the current directory)"));
  init->add_option("--name", opts->name, pd::tr("the school's name"))
      ->check(pd::single_line())
      ->required();
  init->callback([&ctx, opts] {
    // There is no school.yaml yet to give the time zone: the default one.
    pd::Clock clock(std::string(pd::kDefaultTimezone), ctx.today_override());
    // The letter templates of every language (documents/letter_template.h).
    std::map<std::string, std::string> templates;
    for (const auto& [file, text] : pd::default_letter_templates())
      templates.emplace("templates/" + file, text);
    pd::init_store(opts->dir, opts->name, clock.today(), templates);
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
                        define_incident(app, ctx);
                        define_init(app, ctx);
                      });
}
