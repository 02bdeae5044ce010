#include "cli/run_tool.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "cli/completion.h"
#include "cli/help_format.h"
#include "cli/usage_error.h"
#include "core/i18n.h"
#include "core/system_error.h"

namespace pd {

namespace {

void add_common_options(CLI::App& app, Context& ctx) {
  CommonOptions& o = ctx.options;
  app.add_option("--store", o.store,
                 tr("the record store (default: $PARENTDESK_STORE, else the "
                    "nearest directory upward holding school.yaml)"))
      ->type_name("DIR");
  app.add_option("--today", o.today,
                 tr("take this date as today (default: $PARENTDESK_TODAY, "
                    "else today in the school's time zone)"))
      ->type_name("DATE");
  app.add_option("--by", o.by,
                 tr("who is acting, for the history (default: $PARENTDESK_USER, "
                    "git config user.name, $USER)"))
      ->type_name("NAME");
  app.add_option("--format", o.format, tr("output format: table, json or csv (default: table)"))
      ->type_name("FORMAT");
  app.add_flag("--no-color", o.no_color, tr("no colours in the output"));
  app.add_flag("-q,--quiet", o.quiet, tr("no messages on stderr, only errors"));
  app.add_flag("--no-commit", o.no_commit, tr("do not commit this change to git"));
  app.add_flag("--no-cache", o.no_cache,
               tr("read every record file, without the store's index (.cache)"));
  app.set_version_flag("--version",
                       fmt::format("{} (parentdesk) {}", ctx.tool(), PARENTDESK_VERSION),
                       tr("print the version and exit"));
}

// The value of --store on the command line, before it is parsed: the store
// may name the interface language.
std::string store_flag(int argc, char** argv) {
  std::string_view prefix = "--store=";
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "--store" && i + 1 < argc) return argv[i + 1];
    if (arg.starts_with(prefix)) return std::string(arg.substr(prefix.size()));
  }
  return {};
}

// SPEC §7: the environment's language, else school.yaml's ui_language, else
// English. A store that cannot be read names no language; the command
// reports that itself later.
Language choose_language(Context& ctx, int argc, char** argv) {
  if (auto language = language_from_environment(std::getenv)) return *language;
  ctx.options.store = store_flag(argc, argv);
  try {
    if (auto language = language_of_locale(ctx.settings().ui_language)) return *language;
  } catch (const Error&) {
  }
  return Language::en;
}

void fail(const std::string& tool, std::string_view message) {
  std::fflush(stdout);
  // TRANSLATORS: the line of every failure: "appeal: error: no appeal matches 'K7QM'".
  std::string line = msg("{}: error: {}", tool, message);
  std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace

int run_tool(const std::string& tool, const std::string& description, int argc, char** argv,
             const std::function<void(CLI::App&, Context&)>& define) {
  CLI::App app(description, tool);
  Context ctx(tool);
  int code = 0;
  try {
    set_interface_language(choose_language(ctx, argc, argv));
    app.description(tr(description));
    add_common_options(app, ctx);
    app.require_subcommand(1);
    app.fallthrough();  // the common options may follow the subcommand too
    define(app, ctx);
    translate_help(app);
    // Shell completion's hidden entry points (cli/completion.h), from the
    // definitions just made.
    if (std::optional<int> completed = run_completion(app, tool, argc, argv)) {
      code = *completed;
    } else {
      app.parse(argc, argv);
      code = int(ctx.exit_code());
    }
  } catch (const CLI::CallForHelp& e) {
    code = app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    code = app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    code = app.exit(e);
  } catch (const CLI::ParseError& e) {
    fail(tool, usage_message(e, app));
    std::fprintf(stderr, "%s\n", msg("Run '{} --help' for more information.", tool).c_str());
    code = int(ExitCode::usage);
  } catch (const Error& e) {
    fail(tool, e.what());
    code = int(e.code());
  } catch (const std::bad_alloc&) {
    fail(tool, tr("out of memory"));
    code = int(ExitCode::system);
  } catch (const std::exception& e) {
    fail(tool, e.what());
    code = int(ExitCode::system);
  }
  // A change saved but not committed: said after what the command printed.
  if (const auto& failure = ctx.commit_failure()) {
    fail(tool, failure->what());
    if (code == 0 || code == int(ExitCode::problems)) code = int(failure->code());
  }
  // A full disk or a closed pipe on stdout is an error, not silence.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    fail(tool, msg("cannot write to standard output: {}", system_error_text(errno)));
    if (code == 0) code = int(ExitCode::system);
  }
  return code;
}

}  // namespace pd
