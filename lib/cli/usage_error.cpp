#include "cli/usage_error.h"

#include <regex>

#include "core/did_you_mean.h"
#include "core/i18n.h"

namespace pd {

namespace {

// The innermost subcommand the command line chose (the app itself if none).
const CLI::App& chosen(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands())
    return chosen(*sub);
  return app;
}

std::string suggestion(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto close = did_you_mean(word, candidates)) return msg(" (did you mean '{}'?)", *close);
  return {};
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// The long and short names of the options of `app` and of its parents
// (the common options may come after the subcommand).
std::vector<std::string> option_names(const CLI::App* app) {
  std::vector<std::string> names;
  for (; app; app = app->get_parent())
    for (const CLI::Option* option : app->get_options()) {
      for (const auto& name : option->get_lnames())
        names.push_back("--" + name);
      for (const auto& name : option->get_snames())
        names.push_back("-" + name);
    }
  return names;
}

std::string unexpected(const CLI::App& app, const std::vector<std::string>& extras) {
  const CLI::App& sub = chosen(app);
  for (const auto& word : extras) {
    if (word.size() > 1 && word[0] == '-') {
      std::string name = word.substr(0, word.find('='));
      return msg("unknown option '{}'{}", name, suggestion(name, option_names(&sub)));
    }
  }
  const std::string& word = extras.front();
  if (&sub == &app)
    return msg("unknown subcommand '{}'{}", word, suggestion(word, subcommand_names(app)));
  return msg("unexpected argument '{}'", word);
}

std::string joined(const std::vector<std::string>& words) {
  std::string list;
  for (const auto& word : words)
    list += (list.empty() ? "" : ", ") + word;
  return list;
}

}  // namespace

std::string usage_message(const CLI::ParseError& error, const CLI::App& app) {
  std::string what = error.what();
  std::vector<std::string> extras = app.remaining(true);
  if (dynamic_cast<const CLI::ExtrasError*>(&error) && !extras.empty())
    return unexpected(app, extras);
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (!extras.empty()) return unexpected(app, extras);
    const CLI::App& sub = chosen(app);
    if (&sub == &app || sub.get_require_subcommand_min() > 0)
      return msg("a subcommand is required: {}", joined(subcommand_names(sub)));
    for (const CLI::Option* option : sub.get_options())
      if (option->get_required() && option->count() == 0)
        return msg("missing {}", trc("metavariable", option->get_name()));
  }
  std::smatch m;
  // CLI11 names the option first: "--days: …", "--date excludes --week".
  if (dynamic_cast<const CLI::ExcludesError*>(&error) &&
      std::regex_match(what, m, std::regex("(\\S+) excludes (\\S+)")))
    return msg("{} cannot be given with {}", m[1].str(), m[2].str());
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    if (std::regex_search(what, m, std::regex("(-[-\\w]+)")))
      return msg("{}: a value is expected", m[1].str());
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) &&
      std::regex_search(what, m, std::regex("(-[-\\w]+)")))
    return msg("{}: the value is not allowed here", m[1].str());
  // ValidationError carries our own validators' message (cli/validators.h).
  return what;
}

}  // namespace pd
