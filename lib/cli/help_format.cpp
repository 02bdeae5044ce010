#include "cli/help_format.h"

#include <memory>

#include "core/i18n.h"
#include "core/utf8.h"

namespace pd {

namespace {

// The metavariables of the tools' options, for the catalogue; one not
// listed is shown as it is.
[[maybe_unused]] constexpr const char* kMetavariables[] = {NC_("metavariable", "DATE"),
                                                           NC_("metavariable", "TEXT"),
                                                           NC_("metavariable", "STAFF"),
                                                           NC_("metavariable", "NAME"),
                                                           NC_("metavariable", "ID"),
                                                           NC_("metavariable", "L"),
                                                           NC_("metavariable", "S"),
                                                           NC_("metavariable", "HH:MM"),
                                                           NC_("metavariable", "FILE"),
                                                           NC_("metavariable", "F"),
                                                           NC_("metavariable", "D"),
                                                           NC_("metavariable", "C"),
                                                           NC_("metavariable", "START"),
                                                           NC_("metavariable", "ROUTE"),
                                                           NC_("metavariable", "ROLE"),
                                                           NC_("metavariable", "N"),
                                                           NC_("metavariable", "KIND"),
                                                           NC_("metavariable", "K"),
                                                           NC_("metavariable", "HOW"),
                                                           NC_("metavariable", "FORMAT"),
                                                           NC_("metavariable", "DIR"),
                                                           NC_("metavariable", "SOURCE"),
                                                           NC_("metavariable", "CHANNEL"),
                                                           NC_("metavariable", "ORGANISATION"),
                                                           NC_("metavariable", "DECISION"),
                                                           NC_("metavariable", "STATUS"),
                                                           NC_("metavariable", "CLASS"),
                                                           NC_("metavariable", "LANG"),
                                                           NC_("metavariable", "DECISION-NUMBER"),
                                                           NC_("metavariable", "BODY"),
                                                           NC_("metavariable", "N=TEXT")};

void translate(CLI::App& app, const std::shared_ptr<HelpFormatter>& formatter) {
  app.formatter(formatter);
  app.set_help_flag("-h,--help", tr("print this help and exit"));
  for (CLI::Option* option : app.get_options())
    if (option->get_group() == "Options") option->group(tr("Options"));
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    sub->group(tr("Subcommands"));
    translate(*sub, formatter);
  }
}

}  // namespace

HelpFormatter::HelpFormatter() {
  label("Usage", tr("Usage"));
  label("OPTIONS", tr("OPTIONS"));
  label("SUBCOMMAND", tr("SUBCOMMAND"));
  label("SUBCOMMANDS", tr("SUBCOMMANDS"));
  label("Positionals", tr("Positionals"));
  label("REQUIRED", tr("REQUIRED"));
  column_width(28);
}

std::string HelpFormatter::make_option_name(const CLI::Option* option, bool is_positional) const {
  if (is_positional) return trc("metavariable", option->get_name(true, false));
  return CLI::Formatter::make_option_name(option, false);
}

std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
  if (option->get_type_size() == 0 || !option->nonpositional()) return {};  // a flag, or ID
  std::string name = option->get_type_name();
  if (name.empty()) return {};
  return " " + trc("metavariable", name);
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  std::string name = "  " + make_option_name(option, is_positional) + make_option_opts(option);
  std::string description = make_option_desc(option);
  size_t width = utf8::display_width(name), column = get_column_width();
  std::string out = name;
  if (!description.empty()) {
    if (width >= column)
      out += "\n" + std::string(column, ' ');
    else
      out += std::string(column - width, ' ');
    out += description;
  }
  return out + "\n";
}

void translate_help(CLI::App& app) {
  translate(app, std::make_shared<HelpFormatter>());
}

}  // namespace pd
