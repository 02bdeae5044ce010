// Every user-facing message passes through here: the English text is the
// key (GNU gettext's convention), the Russian and Kazakh catalogues of po/
// are compiled into the binaries. xgettext extracts the calls below (see
// po/README.md for the keywords and the translators' conventions).
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "core/language.h"

namespace pd {

// The interface language of this process. It is the one process-wide
// setting of parentdesk, like the C locale that gettext reads: run_tool()
// sets it once, before any message is made.
void set_interface_language(Language language);
Language interface_language();

// The message in the interface language (the English text is the key).
std::string tr(std::string_view english);

// The same, with a context that tells two uses of one English word apart
// (gettext's pgettext): `trc("appeal kind", "request")`.
std::string trc(std::string_view context, std::string_view english);

// trc() in a given language, whatever the interface's: to recognise a word
// typed in another of the school's languages.
std::string trc_in(Language language, std::string_view context, std::string_view english);

// The plural form for `n` in the interface language (gettext's ngettext):
// Russian has three forms (1 день, 2 дня, 5 дней), Kazakh and English two.
std::string trn(std::string_view singular, std::string_view plural, size_t n);

// Marks a string for extraction where it is translated later, by tr() or
// trc() on a variable (a table of labels, say).
#define N_(english) english
#define NC_(context, english) english

// tr() then fmt::format: `msg("no store found in '{}'", dir)`. A translation
// may reorder the arguments with positional placeholders ({1} … {0}).
template <typename... Args>
std::string msg(std::string_view english, Args&&... args) {
  return fmt::vformat(tr(english), fmt::make_format_args(args...));
}

// A sentence about a count, in the plural form `n` asks for: the count is
// the first argument, `count_of(n, "{} problem", "{} problems")`, and more
// arguments may follow: `count_of(days, "overdue by {} day", "overdue by {}
// days")`. Never glue a count to a noun outside the message.
template <typename... Args>
std::string count_of(size_t n, std::string_view singular, std::string_view plural, Args&&... args) {
  return fmt::vformat(trn(singular, plural, n), fmt::make_format_args(n, args...));
}

// `value` with `digits` decimals as the interface language writes it: 80.4
// in English, 80,4 in Russian and Kazakh.
std::string decimal(double value, int digits);

}  // namespace pd
