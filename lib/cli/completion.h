// Shell completion (issue 16), computed from a command's own CLI::App tree,
// so that the option definitions are its one source: the subcommands, the
// options (with those of the command), the enum values of options given
// one_of(), and the IDs of staff, classes and records of the store.
//
// Two hidden entry points, never in --help:
//   <tool> --complete bash|zsh      prints the script the shell sources;
//   <tool> __complete CWORD WORD…   what the script asks on each <Tab>: the
//       words of the command line as the shell split them (WORD 0 is the
//       tool) and the index of the current one. It prints the kind of
//       answer (`words`, `files` or `dirs`), then the part of the current
//       shell word that stays before the value (`=` of `--kind=` split off
//       by bash, `--kind=` in zsh; often empty), then the candidates, one a
//       line. It never fails: no store, no record candidates, no message.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd {

struct Completion {
  enum class Kind { words, files, directories };
  Kind kind = Kind::words;
  std::string prefix;              // kept before each candidate in the current shell word
  std::vector<std::string> words;  // the candidates, without `prefix`
};

// What the current word (`words[cword]`, empty past the end) may become.
// `tool` names the record type of a positional ID (appeal, book, minutes).
Completion complete_words(CLI::App& app, const std::string& tool,
                          const std::vector<std::string>& words, size_t cword);

// The completion script of `tool` for `shell`, "bash" or "zsh"; nothing for
// another shell.
std::optional<std::string> completion_script(const std::string& tool, std::string_view shell);

// When argv is one of the entry points above: answers it and returns the
// exit code (2 for `--complete` with another shell); nothing otherwise.
std::optional<int> run_completion(CLI::App& app, const std::string& tool, int argc, char** argv);

}  // namespace pd
