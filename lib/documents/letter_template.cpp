#include "documents/letter_template.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/error.h"
#include "core/i18n.h"
#include "documents/document_language.h"
#include "documents/embedded_templates.h"

namespace pd {

namespace {

constexpr std::string_view kOpen = "{{", kClose = "}}";

// Calls `each(offset, name)` for every {{name}} of `body`, and
// `unclosed(offset)` for a "{{" without its "}}".
template <typename Each, typename Unclosed>
void for_each_field(std::string_view body, Each each, Unclosed unclosed) {
  size_t pos = 0;
  while ((pos = body.find(kOpen, pos)) != std::string_view::npos) {
    size_t end = body.find(kClose, pos + kOpen.size());
    size_t line_end = body.find('\n', pos);
    if (end == std::string_view::npos || end > line_end) {
      unclosed(pos);
      return;
    }
    std::string_view name = body.substr(pos + kOpen.size(), end - pos - kOpen.size());
    while (!name.empty() && name.front() == ' ')
      name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ')
      name.remove_suffix(1);
    each(pos, end + kClose.size(), name);
    pos = end + kClose.size();
  }
}

// The line and column of `offset` in `body`, which starts on `first_line`.
Position position_of(std::string_view body, size_t offset, int first_line) {
  int line = first_line + int(std::count(body.begin(), body.begin() + long(offset), '\n'));
  size_t line_start = body.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
  return {line, int(offset - line_start) + 1};
}

DataError template_error(const std::string& file, Position at, std::string what) {
  return DataError({Diagnostic{file, at, std::move(what)}});
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names)
    out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

const std::vector<std::string>& letter_template_fields() {
  static const std::vector<std::string> fields = {
      "school",        "address",  "phone",   "email",      "director",      "outgoing_number",
      "outgoing_date", "parent",   "student", "appeal_id",  "appeal_number", "appeal_date",
      "subject",       "response", "signer",  "signer_role"};
  return fields;
}

std::string letter_template_path(Language language) {
  return "templates/letter." + std::string(language_code(language)) + ".md";
}

LetterTemplate parse_letter_template(std::string file, std::string_view text) {
  LetterTemplate letter{std::move(file), Language::en, {}, 1};
  // TRANSLATORS: the first line a letter template must have; '---' as typed.
  if (!text.starts_with("---\n"))
    throw template_error(letter.file, {1, 1},
                         tr("expected '---', the start of the template's front matter"));
  std::optional<Language> language;
  size_t pos = 4;
  int line = 2;
  for (;; ++line) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos)
      throw template_error(letter.file, {line, 1},
                           tr("expected '---', the end of the template's front matter"));
    std::string_view current = text.substr(pos, end - pos);
    pos = end + 1;
    if (current == "---") break;
    if (current.starts_with("lang:")) {
      std::string_view code = current.substr(5);
      while (!code.empty() && code.front() == ' ')
        code.remove_prefix(1);
      while (!code.empty() && code.back() == ' ')
        code.remove_suffix(1);
      language = language_named(code);
      if (!language)
        throw template_error(letter.file, {line, 7},
                             msg("'lang': expected kk, ru or en, got '{}'", code));
    }
  }
  if (!language)
    throw template_error(letter.file, {2, 1},
                         tr("the front matter names no language ('lang: kk', 'ru' or 'en')"));
  letter.language = *language;
  letter.body = std::string(text.substr(pos));
  letter.body_line = line + 1;
  const auto& known = letter_template_fields();
  for_each_field(
      letter.body,
      [&](size_t start, size_t, std::string_view name) {
        if (std::find(known.begin(), known.end(), name) == known.end())
          throw template_error(letter.file, position_of(letter.body, start, letter.body_line),
                               msg("unknown field '{}'; the fields are: {}", name, joined(known)));
      },
      [&](size_t start) {
        throw template_error(letter.file, position_of(letter.body, start, letter.body_line),
                             tr("'{{' without its '}}' on the same line"));
      });
  return letter;
}

LetterTemplate read_letter_template(const std::filesystem::path& file, std::string shown) {
  std::error_code error;
  if (!std::filesystem::exists(file, error))
    throw Error(ExitCode::not_found,
                // TRANSLATORS: a letter template that is missing; 'report init'
                // writes one for each language.
                msg("{}: no such letter template (a new store gets one for each language from "
                    "'report init')",
                    shown));
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) throw Error(ExitCode::system, msg("{}: cannot read the template", shown));
  return parse_letter_template(std::move(shown), text.str());
}

std::vector<Diagnostic> check_letter_templates(const std::filesystem::path& store_root) {
  std::vector<Diagnostic> problems;
  std::error_code error;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(store_root / "templates", error)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with("letter.") && name.ends_with(".md")) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    std::string shown = "templates/" + name;
    try {
      LetterTemplate letter = read_letter_template(store_root / shown, shown);
      std::string_view named = std::string_view(name).substr(7, name.size() - 7 - 3);
      if (named != language_code(letter.language))
        problems.push_back({shown,
                            {},
                            // TRANSLATORS: a letter template whose file name says one
                            // language (letter.kk.md) and whose front matter another.
                            msg("the file is named for '{}', but its front matter says 'lang: {}'",
                                named, language_code(letter.language))});
    } catch (const DataError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    } catch (const Error& e) {
      problems.push_back({shown, {}, e.what()});
    }
  }
  return problems;
}

std::string fill_letter_template(const LetterTemplate& letter,
                                 const std::map<std::string, std::string>& fields) {
  std::string out;
  size_t copied = 0;
  for_each_field(
      letter.body,
      [&](size_t start, size_t end, std::string_view name) {
        out.append(letter.body, copied, start - copied);
        if (auto it = fields.find(std::string(name)); it != fields.end()) out += it->second;
        copied = end;
      },
      [](size_t) {});
  out.append(letter.body, copied);
  return out;
}

const std::map<std::string, std::string>& default_letter_templates() {
  static const std::map<std::string, std::string> templates = [] {
    std::map<std::string, std::string> out;
    for (const auto& [name, text] : embedded_templates())
      out.emplace(name, text);
    return out;
  }();
  return templates;
}

}  // namespace pd
