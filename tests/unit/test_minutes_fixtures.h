// Records and helpers shared by the tests of lib/minutes.
#pragma once

#include <string>
#include <utility>

#include "core/error.h"
#include "store/value.h"

namespace pd::test {

// A class meeting of 7B held on 2026-09-18, unsigned, without decisions.
inline Value class_meeting() {
  Value minutes;
  minutes.set("id", "M-20260918-K7QM");
  minutes.set("kind", "class_meeting");
  minutes.set("date", Date(2026, 9, 18));
  minutes.set("class", "7B");
  minutes.set("title", "Итоги адаптации");
  minutes.set("organizer", "school");
  minutes.set("chair", "Иванова Мария Петровна");
  minutes.set("invited", 41);
  minutes.set("present", 30);
  Value entry;
  entry.set("at", "2026-09-18T17:00:00+05:00");
  entry.set("by", "omarova");
  entry.set("action", "created");
  minutes.set("history", List{entry});
  return minutes;
}

// The error `f` throws: its code and message.
template <typename F>
std::pair<ExitCode, std::string> error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return {e.code(), e.what()};
  }
  return {ExitCode::ok, "(no error)"};
}

}  // namespace pd::test
