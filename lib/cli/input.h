// Values a command needs from the user: asked for interactively only when
// stdin is a terminal, a usage error otherwise (SPEC §5).
#pragma once

#include <string>
#include <vector>

namespace pd {

struct Required {
  std::string flag;    // "--subject"
  std::string* value;  // where the value goes
  std::string prompt;  // "Subject"
};

// Fills the empty values: prompts for each on stderr when stdin is a
// terminal; otherwise throws Error (usage) naming every missing flag.
void ask_for_missing(const std::vector<Required>& values);

// The body of a text: `text` itself, or "-" for standard input, or the
// content of `file` when `file` is given. Throws Error (usage) when both or
// neither are given and `required`, Error (system) when the file cannot be
// read.
std::string text_from(const std::string& text, const std::string& file, bool required);

}  // namespace pd
