// The templates of answer letters, one per language, kept in the store as
// templates/letter.<lang>.md (issue 14): a front matter that names the
// template's language, then the letter's text between the letterhead and
// the signature, with fields filled by name ({{parent}}, {{response}}, ...).
// `report init` and the demo store hold a template for each language.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/language.h"

namespace pd {

struct LetterTemplate {
  std::string file;   // as errors name it: templates/letter.ru.md
  Language language;  // its front matter's `lang`
  std::string body;   // the text after the front matter
  int body_line = 1;  // the line of the file the body starts on
};

// The fields a template may name, in the order parentdesk(5) lists them.
const std::vector<std::string>& letter_template_fields();

// Where the store keeps the template of `language`: templates/letter.ru.md.
std::string letter_template_path(Language language);

// `text` read as a template: "---", lines of which one is "lang: ru"
// (others are comments), "---", the body. Throws DataError (invalid_data)
// at file:line:col for a missing front matter or language, and for a body
// that names an unknown field or leaves "{{" unclosed.
LetterTemplate parse_letter_template(std::string file, std::string_view text);

// The template `file` (absolute, or relative to the store), named in errors
// as `shown`. Throws Error (not_found) when it does not exist, (system) when
// it cannot be read, (invalid_data) as parse_letter_template().
LetterTemplate read_letter_template(const std::filesystem::path& file, std::string shown);

// The problems of the store's letter templates (templates/letter.*.md), for
// `report check`: each as parse_letter_template() finds them, and a
// template whose front matter names another language than its file name.
std::vector<Diagnostic> check_letter_templates(const std::filesystem::path& store_root);

// The body with each {{field}} replaced by `fields`' value (a field the map
// lacks becomes empty).
std::string fill_letter_template(const LetterTemplate& letter,
                                 const std::map<std::string, std::string>& fields);

// The default templates `report init` writes and the demo store holds, by
// file name (letter.kk.md, ...): the files of records/templates/ as built.
const std::map<std::string, std::string>& default_letter_templates();

}  // namespace pd
