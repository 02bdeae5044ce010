// appeal receipt, appeal letter: the documents of an appeal (issue 14), in
// the appeal's language, as Markdown, HTML or PDF.
#include "appeal_documents.h"

#include "cli/document_command.h"
#include "core/i18n.h"
#include "documents/answer_letter.h"
#include "documents/letter_template.h"
#include "documents/receipt.h"
#include "school/names.h"

namespace {

void define_receipt(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "receipt", pd::tr("the receipt slip for the parent: --format markdown, html or pdf"));
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the appeal"))->required();
  auto o = pd::add_document_options(
      cmd, pd::tr("the document's language: kk, ru or en (default: the appeal's)"));
  cmd->callback([&ctx, id, o] {
    pd::require_printable_output(ctx, *o);
    const pd::Record& appeal = ctx.store().find("appeal", *id);
    pd::Language language = pd::appeal_document_language(appeal.value, o->language());
    pd::emit_document(ctx, *o, pd::receipt_document(appeal.value, ctx.settings(), language));
  });
}

// The role a signer signs with: the first of theirs in this order.
std::string signing_role(const pd::Value& staff) {
  std::vector<std::string> roles;
  if (const pd::Value* list = staff.get("roles"); list && list->as_list())
    for (const pd::Value& role : *list->as_list())
      if (role.as_string()) roles.push_back(*role.as_string());
  for (const char* role : {"director", "deputy", "coordinator", "class_teacher"})
    if (std::find(roles.begin(), roles.end(), role) != roles.end()) return role;
  return roles.empty() ? "teacher" : roles.front();
}

void define_letter(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand(
      "letter", pd::tr("the answer letter on the school's letterhead: --format markdown, html "
                       "or pdf"));
  struct Options {
    std::string id, signer, template_file;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("ID", o->id, pd::tr("the appeal"))->required();
  cmd->add_option("--signer", o->signer,
                  pd::tr("the staff member who signs (default: the director of school.yaml)"))
      ->type_name("STAFF");
  cmd->add_option("--template", o->template_file,
                  pd::tr("the letter's template (default: templates/letter.<lang>.md of the "
                         "store)"))
      ->type_name("FILE");
  auto doc = pd::add_document_options(
      cmd, pd::tr("the letter's language, which must be the appeal's (A1)"));
  cmd->callback([&ctx, o, doc] {
    pd::require_printable_output(ctx, *doc);
    const pd::Store& store = ctx.store();
    const pd::Record& appeal = store.find("appeal", o->id);
    pd::Language language = pd::appeal_document_language(appeal.value, doc->language());
    std::string shown =
        o->template_file.empty() ? pd::letter_template_path(language) : o->template_file;
    std::filesystem::path file =
        o->template_file.empty() ? store.root() / shown : std::filesystem::path(shown);
    pd::LetterTemplate letter = pd::read_letter_template(file, shown);
    pd::LetterSigner signer = pd::default_letter_signer(ctx.settings());
    if (!o->signer.empty()) {
      const pd::Record& staff = pd::find_by_id(store, "staff", o->signer);
      signer = {std::string(staff.value.text("name")), signing_role(staff.value)};
    }
    pd::emit_document(ctx, *doc,
                      pd::answer_letter_document(appeal.value, letter, ctx.settings(), signer));
  });
}

}  // namespace

void define_appeal_documents(CLI::App& app, pd::Context& ctx) {
  define_receipt(app, ctx);
  define_letter(app, ctx);
}
