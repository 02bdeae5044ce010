// Case-insensitive matching of Latin, Cyrillic and Kazakh text, without a
// locale and without ICU: `--grep` finds «Әсем» when asked for «әсем».
#pragma once

#include <string>
#include <string_view>

namespace pd {

// The lowercase of one code point: ASCII, Latin-1, Greek and the Cyrillic
// blocks (Russian, Kazakh ә ғ қ ң ө ұ ү һ і, and the rest of U+0400..U+052F).
char32_t lowercase(char32_t code_point);

// `text` with every letter lowercased; an invalid byte is kept as it is.
std::string casefold(std::string_view text);

// True when `needle` occurs in `haystack`, ignoring case.
bool contains_folded(std::string_view haystack, std::string_view needle);

}  // namespace pd
