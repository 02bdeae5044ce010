#include "cli/input.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/error.h"
#include "core/i18n.h"
#include "core/utf8.h"

namespace pd {

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
  for (const auto& v : values) {
    while (v.value->empty()) {
      std::cerr << v.prompt << ": " << std::flush;
      std::string line;
      if (!std::getline(std::cin, line)) throw Error(ExitCode::usage, msg("missing {}", v.flag));
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
        line.pop_back();
      *v.value = line;
    }
  }
}

std::string text_from(const std::string& text, const std::string& file, bool required) {
  if (!text.empty() && !file.empty())
    throw Error(ExitCode::usage, tr("give either --text or --text-file, not both"));
  std::string body;
  if (text == "-" || file == "-") {
    body.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else if (!file.empty()) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ExitCode::system, msg("cannot read '{}'", file));
    std::ostringstream content;
    content << in.rdbuf();
    body = content.str();
  } else {
    body = text;
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
