// One line typed at the terminal, with line editing (libedit): the prompts
// of ask_for_missing() (input.h).
#pragma once

#include <string>

namespace pd {

struct TypedLine {
  enum class End {
    line,          // Enter: `text` is the line, without its newline
    end_of_input,  // Ctrl-D on an empty line, or the terminal is gone
    interrupted,   // Ctrl-C (SIGINT)
  };
  End end = End::line;
  std::string text;           // UTF-8
  bool invalid_utf8 = false;  // the terminal sent bytes that are no UTF-8
};

// Reads one line from stdin, a terminal, writing `prompt` (UTF-8) and the
// echo to stderr, so that stdout keeps only the command's output. When
// stderr is a terminal too the line can be edited (emacs keys of libedit:
// Left/Right, Home/End, Ctrl-A/Ctrl-E, Backspace, Delete, Up/Down for the
// answers given before in this run); else the terminal's own line input is
// used. Ctrl-C during the read does not end the process: the read returns
// End::interrupted and the caller decides.
TypedLine read_typed_line(const std::string& prompt);

}  // namespace pd
