// book: not built yet; the command exists so that scripts and packages can
// rely on all four binaries.
#include "cli/run_tool.h"
#include "core/i18n.h"

int main(int argc, char** argv) {
  return pd::run_tool("book", pd::tr("parentdesk's book command (not built yet)."), argc, argv,
                      [](CLI::App& app, pd::Context&) {
                        app.require_subcommand(0);
                        app.allow_extras();
                        app.callback([] {
                          throw pd::Error(
                              pd::ExitCode::usage,
                              pd::tr("book is not built yet: it comes in a later release"));
                        });
                      });
}
