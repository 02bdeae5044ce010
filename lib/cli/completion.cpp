#include "cli/completion.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "cli/validators.h"
#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "store/schema.h"
#include "store/store.h"

namespace pd {

namespace {

namespace fs = std::filesystem;

bool is_option_word(std::string_view word) {
  return word.size() > 1 && word[0] == '-';
}

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool starts_with(std::string_view text, std::string_view prefix, bool ignore_case) {
  if (!ignore_case) return text.starts_with(prefix);
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(text[i]) != ascii_lower(prefix[i])) return false;
  return true;
}

// The option `name` ("--kind", "-q") of `app` or of a command above it: the
// common options may follow the subcommand (fallthrough).
CLI::Option* find_option(CLI::App* app, const std::string& name) {
  for (; app; app = app->get_parent())
    for (CLI::Option* option : app->get_options())
      if (option->nonpositional() && option->check_name(name)) return option;
  return nullptr;
}

CLI::App* find_subcommand(CLI::App* app, const std::string& name) {
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; }))
    if (!sub->get_name().empty() && sub->check_name(name)) return sub;
  return nullptr;
}

bool takes_value(const CLI::Option* option) {
  return option->get_type_size_max() > 0;
}

// The value of --store among the words already typed, as the shell left
// it: a leading ~/ is the home directory.
std::string store_flag(const std::vector<std::string>& tokens) {
  std::string value;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == "--") break;
    if (tokens[i] == "--store" && i + 1 < tokens.size())
      value = tokens[++i];
    else if (tokens[i].starts_with("--store="))
      value = tokens[i].substr(8);
  }
  if (value.starts_with("~/"))
    if (const char* home = std::getenv("HOME")) value = std::string(home) + value.substr(1);
  return value;
}

// What completion reads of the store: the names of files, never a record.
// Any failure (no store, an unreadable directory) is no candidate.
class StoreNames {
 public:
  explicit StoreNames(std::string flag) : flag_(std::move(flag)) {}

  // The IDs of the records of `type` ("staff", "class", "appeal"), from
  // their file names.
  std::vector<std::string> ids(std::string_view type) {
    std::vector<std::string> result;
    try {
      if (!root_)
        root_ = discover_store(flag_, std::getenv("PARENTDESK_STORE"), fs::current_path());
      Store store(*root_);
      for (const std::string& file : store.scan(schema_for(type)).files)
        result.push_back(fs::path(file).stem().string());
    } catch (...) {
      root_ = fs::path();  // not looked for again
    }
    return result;
  }

 private:
  std::string flag_;
  std::optional<fs::path> root_;
};

// The record type of a record ID taken by `option` (a positional ID is one
// of the tool's own records), or empty.
std::string record_type_of(const CLI::Option* option, const std::string& tool) {
  std::string own = tool == "book" ? "booking" : tool == "report" ? "incident" : tool;
  if (option->get_positional() && !option->nonpositional())
    return option->get_name(true) == "ID" ? own : "";
  for (const std::string& name : option->get_lnames()) {
    if (name == "repeat-of") return own;
    if (name == "appeal" || name == "booking" || name == "minutes" || name == "incident")
      return name;
  }
  return "";
}

// The candidates for a value of `option` that starts with `typed`.
Completion complete_value(CLI::Option* option, const std::string& tool, const std::string& typed,
                          StoreNames& store) {
  Completion result;
  std::string type = option->get_type_name();
  type = type.substr(0, type.find(':'));
  auto named = [option](std::string_view name) {
    const auto& names = option->get_lnames();
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  auto offer = [&](const std::vector<std::string>& words, bool ignore_case) {
    for (const std::string& word : words)
      if (starts_with(word, typed, ignore_case)) result.words.push_back(word);
  };

  if (auto field = one_of_field(*option)) {
    offer(enum_values(*field), false);
  } else if (named("lang")) {
    offer(enum_values("language"), false);
  } else if (named("format")) {
    offer({"table", "json", "csv", "markdown"}, false);
  } else if (type == "STAFF") {
    offer(store.ids("staff"), true);
  } else if (type == "CLASS" || named("class")) {
    offer(store.ids("class"), true);
  } else if (std::string record = record_type_of(option, tool); !record.empty()) {
    // A full ID, or the suffix that names it ("49" → 49Z0).
    std::vector<std::string> ids = store.ids(record);
    offer(ids, true);
    if (!typed.empty()) {
      std::set<std::string> suffixes;
      for (const std::string& id : ids)
        suffixes.insert(id.substr(id.rfind('-') + 1));
      offer({suffixes.begin(), suffixes.end()}, true);
    }
  } else if (type == "FILE" || type == "F") {
    result.kind = Completion::Kind::files;
  } else if (type == "DIR" || named("store")) {
    result.kind = Completion::Kind::directories;
  }
  return result;
}

// The option names of `app` and the commands above it that start with
// `typed`, the subcommand's own first; hidden ones are left out.
std::vector<std::string> option_names(CLI::App* app, const std::string& typed) {
  std::vector<std::string> result;
  auto add = [&](std::string name) {
    if (name.starts_with(typed) && std::find(result.begin(), result.end(), name) == result.end())
      result.push_back(std::move(name));
  };
  for (; app; app = app->get_parent())
    for (CLI::Option* option : app->get_options()) {
      if (!option->nonpositional() || option->get_group().empty()) continue;
      for (const std::string& name : option->get_lnames())
        add("--" + name);
      for (const std::string& name : option->get_snames())
        add("-" + name);
    }
  return result;
}

// The positional option of `app` that the `index`-th positional word fills.
CLI::Option* positional_at(CLI::App* app, int index) {
  for (CLI::Option* option : app->get_options()) {
    if (!option->get_positional() || option->nonpositional()) continue;
    int count = option->get_items_expected_max();
    if (index < count) return option;
    index -= count;
  }
  return nullptr;
}

}  // namespace

Completion complete_words(CLI::App& app, const std::string& tool,
                          const std::vector<std::string>& words, size_t cword) {
  // The words as CLI11 will see them: bash splits `--kind=complaint` into
  // `--kind`, `=`, `complaint`; they are joined again.
  std::vector<std::string> tokens;
  bool joined = false;  // the last token ends with a joined '='
  for (size_t i = 1; i <= cword; ++i) {
    std::string word = i < words.size() ? words[i] : "";
    if (word == "=" && !tokens.empty() && tokens.back().starts_with("--") &&
        tokens.back().find('=') == std::string::npos) {
      tokens.back() += word;
      joined = true;
    } else if (joined) {
      tokens.back() += word;
      joined = false;
    } else {
      tokens.push_back(word);
    }
  }
  if (tokens.empty()) return {};
  const std::string current = tokens.back();
  const std::string shell_word = cword < words.size() ? words[cword] : "";
  tokens.pop_back();

  StoreNames store(store_flag(tokens));
  CLI::App* at = &app;
  int positionals = 0;
  bool only_positionals = false;    // after `--`
  CLI::Option* value_of = nullptr;  // the option whose value the current word is
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& token = tokens[i];
    if (!only_positionals && token == "--") {
      only_positionals = true;
    } else if (!only_positionals && is_option_word(token)) {
      // --name=value, -xVALUE and -qx hold what they need.
      bool whole =
          token.starts_with("--") ? token.find('=') == std::string::npos : token.size() == 2;
      std::string name =
          token.starts_with("--") ? token.substr(0, token.find('=')) : token.substr(0, 2);
      CLI::Option* option = find_option(at, name);
      if (option && whole && takes_value(option)) {
        if (i + 1 == tokens.size())
          value_of = option;
        else
          ++i;
      }
    } else if (CLI::App* sub = positionals == 0 ? find_subcommand(at, token) : nullptr) {
      at = sub;
    } else {
      ++positionals;
    }
  }

  Completion result;
  auto value = [&](CLI::Option* option, const std::string& typed) {
    result = complete_value(option, tool, typed, store);
    // What of the current shell word comes before the value: `--kind=` as
    // zsh has it, `=` when bash split it off, else nothing.
    result.prefix =
        shell_word.substr(0, shell_word.size() - std::min(typed.size(), shell_word.size()));
  };
  if (value_of) {
    value(value_of, current);
  } else if (!only_positionals && current.starts_with("--") &&
             current.find('=') != std::string::npos) {
    size_t eq = current.find('=');
    if (CLI::Option* option = find_option(at, current.substr(0, eq)); option && takes_value(option))
      value(option, current.substr(eq + 1));
  } else if (!only_positionals && current.starts_with("-")) {
    result.words = option_names(at, current);
  } else {
    if (positionals == 0)
      for (CLI::App* sub : at->get_subcommands([](CLI::App*) { return true; }))
        if (!sub->get_group().empty() && sub->get_name().starts_with(current))
          result.words.push_back(sub->get_name());
    if (CLI::Option* option = positional_at(at, positionals)) {
      Completion values = complete_value(option, tool, current, store);
      if (result.words.empty()) result.kind = values.kind;
      result.words.insert(result.words.end(), values.words.begin(), values.words.end());
    }
  }
  return result;
}

std::optional<std::string> completion_script(const std::string& tool, std::string_view shell) {
  if (shell == "bash")
    return fmt::format(R"(# bash completion for {0} (parentdesk), printed by `{0} --complete bash`.
# The candidates come from {0} itself: `{0} __complete CWORD WORDS...`.
_parentdesk_{0}() {{
  local tool=${{COMP_WORDS[0]}} cur=${{COMP_WORDS[COMP_CWORD]}} kind prefix typed word
  local -a out
  [[ $tool == "~/"* ]] && tool=$HOME/${{tool#"~/"}}
  COMPREPLY=()
  mapfile -t out < <(command "$tool" __complete "$COMP_CWORD" "${{COMP_WORDS[@]}}" 2>/dev/null)
  (( ${{#out[@]}} >= 2 )) || return 0
  kind=${{out[0]}} prefix=${{out[1]}}
  typed=${{cur#"$prefix"}}
  case $kind in
    files) compopt -o filenames 2>/dev/null; mapfile -t out < <(compgen -f -- "$typed") ;;
    dirs) compopt -o filenames 2>/dev/null; mapfile -t out < <(compgen -d -- "$typed") ;;
    *) out=("${{out[@]:2}}") ;;
  esac
  for word in "${{out[@]}}"; do COMPREPLY+=("$prefix$word"); done
}}
complete -o nosort -F _parentdesk_{0} {0} 2>/dev/null || complete -F _parentdesk_{0} {0}
)",
                       tool);
  if (shell == "zsh")
    return fmt::format(R"(#compdef {0}
# zsh completion for {0} (parentdesk), printed by `{0} --complete zsh`.
# The candidates come from {0} itself: `{0} __complete CWORD WORDS...`.
_{0}() {{
  local tool=${{words[1]}} kind prefix
  local -a out
  tool=${{tool/#\~/$HOME}}
  out=("${{(@f)$(command $tool __complete $((CURRENT - 1)) "${{(@)words[1,CURRENT-1]}}" "$PREFIX" 2>/dev/null)}}")
  (( ${{#out}} >= 1 )) || return 1
  kind=${{out[1]}} prefix=${{out[2]}}
  [[ -n $prefix ]] && compset -P "${{(b)prefix}}"
  case $kind in
    files) _files ;;
    dirs) _files -/ ;;
    *) (( ${{#out}} > 2 )) && compadd -U -- "${{(@)out[3,-1]}}" ;;
  esac
}}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _{0} "$@"
else
  compdef _{0} {0}
fi
)",
                       tool);
  return std::nullopt;
}

std::optional<int> run_completion(CLI::App& app, const std::string& tool, int argc, char** argv) {
  if (argc < 2) return std::nullopt;
  std::string_view entry = argv[1];
  if (entry == "--complete") {
    std::string shell = argc > 2 ? argv[2] : "";
    std::optional<std::string> script = completion_script(tool, shell);
    if (!script || argc > 3)
      throw Error(ExitCode::usage, msg("--complete: expected bash or zsh, got '{}'", shell));
    std::fwrite(script->data(), 1, script->size(), stdout);
    return 0;
  }
  if (entry != "__complete") return std::nullopt;
  // Never a message: a shell shows whatever comes on its terminal.
  try {
    size_t cword = argc > 2 ? std::stoul(argv[2]) : 0;
    std::vector<std::string> words(argv + std::min(argc, 3), argv + argc);
    Completion found = complete_words(app, tool, words, cword);
    const char* kind = found.kind == Completion::Kind::files         ? "files"
                       : found.kind == Completion::Kind::directories ? "dirs"
                                                                     : "words";
    std::string out = fmt::format("{}\n{}\n", kind, found.prefix);
    for (const std::string& word : found.words)
      out += word + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
  } catch (...) {
  }
  return 0;
}

}  // namespace pd
