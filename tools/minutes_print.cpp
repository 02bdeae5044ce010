// minutes print: the protocol of a meeting as a document to print and sign
// (issue 14), in the minutes' language, as Markdown, HTML or PDF.
#include "minutes_print.h"

#include "cli/document_command.h"
#include "core/i18n.h"
#include "documents/protocol.h"
#include "school/names.h"

void define_print(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "print", pd::tr("the protocol to print and sign: --format markdown, html or pdf"));
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the minutes"))->required();
  auto o = pd::add_document_options(
      cmd, pd::tr("the document's language: kk, ru or en (default: the minutes')"));
  cmd->callback([&ctx, id, o] {
    pd::require_printable_output(ctx, *o);
    const pd::Store& store = ctx.store();
    const pd::Record& rec = store.find("minutes", *id);
    pd::Names names = pd::load_names(store);
    pd::Language language = pd::protocol_language(rec.value, ctx.settings(), o->language());
    pd::emit_document(ctx, *o, pd::protocol_document(rec.value, ctx.settings(), names, language));
  });
}
