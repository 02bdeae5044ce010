// --help in the interface language: CLI11's layout with our labels, the
// metavariables translated, and none of the parser's internals (type
// checks, "Excludes: …") shown to a person.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace pd {

class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter();
  std::string make_option_opts(const CLI::Option* option) const override;
  // A positional's name is a metavariable too: ID, TEXT, DIR.
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override;
  // CLI11 pads by bytes; a Cyrillic metavariable is two bytes a letter.
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
};

// Gives `app` and every subcommand under it the translated help flag, the
// option and subcommand group names and the HelpFormatter. Called once all
// options are declared.
void translate_help(CLI::App& app);

}  // namespace pd
