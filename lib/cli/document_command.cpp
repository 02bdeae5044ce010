#include "cli/document_command.h"

#include <unistd.h>

#include "cli/validators.h"
#include "core/error.h"
#include "core/i18n.h"
#include "documents/document_language.h"
#include "documents/output.h"

namespace pd {

std::optional<Language> DocumentOptions::language() const {
  return language_named(lang);
}

std::shared_ptr<DocumentOptions> add_document_options(CLI::App* cmd, const std::string& lang_help) {
  auto options = std::make_shared<DocumentOptions>();
  cmd->add_option("-o,--output", options->output, tr("write to this file instead of stdout"))
      ->type_name("FILE");
  cmd->add_option("--lang", options->lang, lang_help)
      ->type_name("L")
      ->transform(one_of("language"));
  return options;
}

void require_printable_output(Context& ctx, const DocumentOptions& options) {
  DocumentFormat format = document_format(ctx.options.format, options.output);
  if (format == DocumentFormat::pdf && options.output.empty() && isatty(STDOUT_FILENO))
    throw Error(ExitCode::usage,
                tr("a PDF is not for the terminal: give -o FILE, or redirect the output"));
}

void emit_document(Context& ctx, const DocumentOptions& options, const Document& doc) {
  std::string bytes = render_document(doc, document_format(ctx.options.format, options.output));
  if (options.output.empty())
    ctx.print(bytes);
  else
    write_document(options.output, bytes);
}

}  // namespace pd
