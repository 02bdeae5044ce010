// Values a command needs from the user: asked for interactively only when
// stdin is a terminal, a usage error otherwise (SPEC §5).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace pd {

// An answer as it will be stored, or an Error (usage) whose message says
// what is wrong with it; the prompt then asks again.
using Check = std::function<std::string(const std::string& answer)>;

struct Required {
  Required(std::string flag_, std::string* value_, std::string prompt_, std::string choices_ = {},
           Check check_ = {}, std::string default_value_ = {})
      : flag(std::move(flag_)),
        value(value_),
        prompt(std::move(prompt_)),
        choices(std::move(choices_)),
        check(std::move(check_)),
        default_value(std::move(default_value_)) {}

  std::string flag;           // "--subject"
  std::string* value;         // where the value goes
  std::string prompt;         // "Subject", in the interface language
  std::string choices;        // an enum field (output/enum_words.h): the prompt
                              // lists its words numbered, and takes a number, a
                              // value or a word in any interface language
  Check check;                // none: any text that is not empty
  std::string default_value;  // shown in brackets (a choice by its word)
                              // and taken on an empty answer; none: an
                              // empty answer asks again
};

// A Check for a date typed as Date::parse_typed() takes; stores YYYY-MM-DD.
Check typed_date();

// Fills the empty values: when stdin is a terminal, asks for each on stderr
// with line editing (line_editor.h) and checks the answer at once, asking
// again after a wrong one; otherwise throws Error (usage) naming every
// missing flag. End of input (Ctrl-D) and Ctrl-C abort with Error (usage,
// exit 2): the caller asks before it changes anything, so nothing is written.
void ask_for_missing(const std::vector<Required>& values);

// The date of a command-line option (`flag` names it in the message):
// nothing when `text` is empty, Error (usage) when it is no date.
std::optional<Date> date_option(std::string_view flag, std::string_view text);

// The body of a text: `text` itself, or "-" for standard input, or the
// content of `file` when `file` is given. Throws Error (usage) when both or
// neither are given and `required`, Error (system) when the file cannot be
// read.
std::string text_from(const std::string& text, const std::string& file, bool required);

}  // namespace pd
