#include "cli/output_choice.h"

#include "core/error.h"
#include "core/i18n.h"

namespace pd {

std::shared_ptr<bool> add_bom_flag(CLI::App* cmd) {
  auto bom = std::make_shared<bool>(false);
  cmd->add_flag("--bom", *bom, tr("with --format csv: a UTF-8 byte-order mark first"));
  return bom;
}

OutputChoice choose_output(Context& ctx, std::initializer_list<OutputFormat> offered, bool bom) {
  OutputChoice choice{ctx.format(offered), bom};
  if (bom && choice.format != OutputFormat::csv)
    throw Error(ExitCode::usage, tr("--bom: only with --format csv"));
  return choice;
}

}  // namespace pd
