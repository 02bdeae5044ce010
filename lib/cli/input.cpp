#include "cli/input.h"

#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/line_editor.h"
#include "cli/validators.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/system_error.h"
#include "core/utf8.h"
#include "output/enum_words.h"
#include "yaml/strict_yaml.h"

namespace pd {

namespace {

std::string trimmed(const std::string& line) {
  size_t start = line.find_first_not_of(" \t");
  if (start == std::string::npos) return {};
  size_t end = line.find_last_not_of(" \t\r");
  return line.substr(start, end - start + 1);
}

// "1 запрос, 2 заявление, 3 жалоба".
std::string numbered_choices(const std::string& field) {
  std::string list;
  size_t number = 0;
  for (const auto& value : enum_values(field))
    list += fmt::format("{}{} {}", list.empty() ? "" : ", ", ++number, enum_word(field, value));
  return list;
}

// The stored value for an answer to a choice: its number, value or word.
std::string chosen_value(const std::string& field, const std::string& answer) {
  std::vector<std::string> values = enum_values(field);
  size_t number = 0;
  auto [end, error] = std::from_chars(answer.data(), answer.data() + answer.size(), number);
  if (error == std::errc() && end == answer.data() + answer.size() && number >= 1 &&
      number <= values.size())
    return values[number - 1];
  if (auto value = enum_value(field, answer)) return *value;
  throw Error(ExitCode::usage,
              msg("'{}' is none of the choices: {}", answer, numbered_choices(field)));
}

// Asks for one value until a valid answer comes; end of input and Ctrl-C
// abort.
std::string ask(const Required& required) {
  std::string prompt = required.prompt;
  if (!required.choices.empty()) prompt += " (" + numbered_choices(required.choices) + ")";
  if (!required.default_value.empty())
    prompt += " [" +
              (required.choices.empty() ? required.default_value
                                        : enum_word(required.choices, required.default_value)) +
              "]";
  prompt += ": ";
  for (;;) {
    TypedLine line = read_typed_line(prompt);
    if (line.end == TypedLine::End::end_of_input)
      throw Error(ExitCode::usage, msg("missing {}", required.flag));
    if (line.end == TypedLine::End::interrupted)
      throw Error(ExitCode::usage, tr("interrupted (Ctrl-C); nothing saved"));
    std::string answer = trimmed(line.text);
    if (answer.empty()) {
      if (required.default_value.empty()) continue;
      answer = required.default_value;
    }
    try {
      if (line.invalid_utf8 || utf8::find_invalid(answer))
        throw Error(ExitCode::usage, tr("the text is not valid UTF-8"));
      if (!required.choices.empty()) answer = chosen_value(required.choices, answer);
      if (required.check) answer = required.check(answer);
      return answer;
    } catch (const Error& e) {
      if (e.code() != ExitCode::usage) throw;
      std::cerr << e.what() << '\n';
    }
  }
}

}  // namespace

Check typed_date() {
  return [](const std::string& answer) {
    if (auto date = Date::parse_typed(answer)) return date->str();
    throw Error(ExitCode::usage,
                msg("expected a date YYYY-MM-DD or DD.MM.YYYY that exists, got '{}'", answer));
  };
}

std::optional<Date> date_option(std::string_view flag, std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (auto date = Date::parse_typed(text)) return date;
  throw Error(
      ExitCode::usage,
      msg("{}: expected a date YYYY-MM-DD or DD.MM.YYYY that exists, got '{}'", flag, text));
}

void ask_for_missing(const std::vector<Required>& values) {
  std::vector<std::string> missing;
  for (const auto& v : values)
    if (v.value->empty()) missing.push_back(v.flag);
  if (missing.empty()) return;
  if (!::isatty(STDIN_FILENO)) {
    std::string list;
    for (const auto& flag : missing)
      list += (list.empty() ? "" : ", ") + flag;
    throw Error(ExitCode::usage,
                msg("missing {} (stdin is not a terminal, so nothing is asked)", list));
  }
  for (const auto& v : values)
    if (v.value->empty()) *v.value = ask(v);
}

namespace {

// A text typed or read for a record leaves room for the rest of the record
// within the store's cap on a file (strict_yaml.h).
constexpr size_t kMaxTextBytes = yaml::kMaxFileBytes / 2;

// At most kMaxTextBytes of `in`: never more is read, so /dev/zero or an
// endless pipe cannot fill the memory.
std::string read_capped(std::istream& in, std::string_view source) {
  std::string body(kMaxTextBytes + 1, '\0');
  in.read(body.data(), std::streamsize(body.size()));
  body.resize(size_t(in.gcount()));
  if (body.size() > kMaxTextBytes)
    throw Error(ExitCode::usage, msg("{}: the text is over {} KiB, more than a record may hold",
                                     source, kMaxTextBytes / 1024));
  return body;
}

}  // namespace

std::string text_from(const std::string& text, const std::string& file, bool required) {
  if (!text.empty() && !file.empty())
    throw Error(ExitCode::usage, tr("give either --text or --text-file, not both"));
  std::string body;
  if (text == "-" || file == "-") {
    body = read_capped(std::cin, tr("standard input"));
  } else if (!file.empty()) {
    std::error_code error;
    if (std::filesystem::is_directory(file, error))
      throw Error(ExitCode::usage, msg("--text-file: '{}' is a directory", file));
    std::ifstream in(file, std::ios::binary);
    if (!in)
      throw Error(ExitCode::usage,
                  msg("--text-file: cannot read '{}': {}", file, system_error_text(errno)));
    body = read_capped(in, "--text-file");
  } else {
    body = text;  // the system caps one argument at 128 KiB
  }
  if (utf8::find_invalid(body)) throw Error(ExitCode::usage, tr("the text is not valid UTF-8"));
  // Windows line ends from a pasted file become LF, as records are written.
  std::string clean;
  for (size_t i = 0; i < body.size(); ++i)
    if (!(body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n')) clean += body[i];
  if (required && clean.find_first_not_of(" \n\t") == std::string::npos)
    throw Error(ExitCode::usage, tr("the text is empty: give --text, --text-file or - for stdin"));
  return clean;
}

}  // namespace pd
