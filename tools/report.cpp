// report: what is late or missing, and the validator of the store.
#include <filesystem>
#include <memory>

#include "cli/run_tool.h"
#include "core/i18n.h"
#include "output/rows.h"
#include "output/terminal_text.h"
#include "report/check.h"
#include "report/compliance.h"
#include "report/consent.h"
#include "store/git_hook.h"
#include "store/store_init.h"

namespace {

constexpr std::initializer_list<pd::OutputFormat> kListFormats = {
    pd::OutputFormat::table, pd::OutputFormat::json, pd::OutputFormat::csv};

std::string render(const pd::Rows& rows, pd::OutputFormat format) {
  switch (format) {
    case pd::OutputFormat::json:
      return pd::render_json(rows);
    case pd::OutputFormat::csv:
      return pd::render_csv(rows);
    default:
      return pd::render_table(rows);
  }
}

pd::Rows problem_rows(const std::vector<pd::Diagnostic>& problems) {
  pd::Rows rows{{{"file", "FILE"}, {"line", "LINE"}, {"column", "COLUMN"}, {"message", "MESSAGE"}},
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
      std::string files =
          pd::count_of(pd::stage_canonical(store, *change, result.not_canonical), "file", "files");
      ctx.finish_change(*change, pd::msg("check: rewrote {} in canonical form", files));
      ctx.note(pd::msg("{}: rewrote {} in canonical form", ctx.tool(), files));
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
    ctx.note(pd::msg("{}: {} checked, {}", ctx.tool(),
                     pd::count_of(result.files_checked, "file", "files"),
                     n == 0 ? pd::tr("no problems") : pd::count_of(n, "problem", "problems")));
    if (n > 0) ctx.set_exit_code(pd::ExitCode::problems);
  });
}

pd::Rows compliance_rows(const std::vector<pd::ComplianceRow>& found,
                         const std::vector<pd::Record>& classes) {
  pd::Rows rows{{{"class", "CLASS"},
                 {"kind", "REQUIREMENT"},
                 {"period", "PERIOD"},
                 {"held", "HELD"},
                 {"required", "OF"},
                 {"status", "STATUS"},
                 {"due", "BY"}},
                {}};
  for (const auto& row : found) {
    std::string unit = row.unit == "school" ? pd::tr("school") : row.unit;
    for (const auto& c : classes)
      if (c.id() == row.unit) unit = std::string(c.value.text("name"));
    rows.rows.push_back({unit, pd::msg("{} per {}", row.rule.kind, row.rule.every), row.period.name,
                         std::int64_t(row.held), std::int64_t(row.rule.times),
                         std::string(pd::plan_status_name(row.status)), row.period.end.str()});
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
    ctx.print(render(compliance_rows(found, classes), format));
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
    pd::Rows rows{
        {{"class", "CLASS"}, {"student", "STUDENT"}, {"consent", "CONSENT"}, {"signed", "SIGNED"}},
        {}};
    for (const auto& gap : pd::photo_consent_gaps(classes, *only_class)) {
      std::string name = gap.class_id;
      for (const auto& c : classes)
        if (c.id() == gap.class_id) name = std::string(c.value.text("name"));
      rows.rows.push_back({name, gap.student.empty() ? pd::Cell{} : pd::Cell{gap.student},
                           gap.student.empty() ? pd::tr("no answers recorded")
                                               : std::string(pd::consent_name(gap.consent)),
                           gap.signed_on ? pd::Cell{gap.signed_on->str()} : pd::Cell{}});
    }
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
  return pd::run_tool("report", pd::tr("Reports on a parentdesk store and checks it."), argc, argv,
                      [](CLI::App& app, pd::Context& ctx) {
                        define_check(app, ctx);
                        define_compliance(app, ctx);
                        define_consent(app, ctx);
                        define_init(app, ctx);
                      });
}
