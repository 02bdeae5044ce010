// minutes print: the protocol of a meeting as a document to print and sign
// (issue 14), in the minutes' language, as Markdown, HTML or PDF.
#include "minutes_print.h"

#include <unistd.h>

#include <memory>

#include "cli/validators.h"
#include "core/error.h"
#include "core/i18n.h"
#include "documents/document_language.h"
#include "documents/output.h"
#include "documents/protocol.h"
#include "school/names.h"

void define_print(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "print", pd::tr("the protocol to print and sign: --format markdown, html or pdf"));
  struct Options {
    std::string id, output, lang;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("ID", o->id, pd::tr("the minutes"))->required();
  cmd->add_option("-o,--output", o->output, pd::tr("write to this file instead of stdout"))
      ->type_name("FILE");
  cmd->add_option("--lang", o->lang,
                  pd::tr("the document's language: kk, ru or en (default: the minutes')"))
      ->type_name("L")
      ->transform(pd::one_of("language"));
  cmd->callback([&ctx, o] {
    pd::DocumentFormat format = pd::document_format(ctx.options.format, o->output);
    if (format == pd::DocumentFormat::pdf && o->output.empty() && isatty(STDOUT_FILENO))
      throw pd::Error(
          pd::ExitCode::usage,
          pd::tr("a PDF is not for the terminal: give -o FILE, or redirect the output"));
    const pd::Store& store = ctx.store();
    const pd::Record& rec = store.find("minutes", o->id);
    pd::Names names = pd::load_names(store);
    pd::Language language =
        pd::protocol_language(rec.value, ctx.settings(), pd::language_named(o->lang));
    std::string bytes = pd::render_document(
        pd::protocol_document(rec.value, ctx.settings(), names, language), format);
    if (o->output.empty())
      ctx.print(bytes);
    else
      pd::write_document(o->output, bytes);
  });
}
