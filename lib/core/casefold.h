// Case-insensitive matching of Latin, Cyrillic and Kazakh text, through ICU:
// `--grep` finds «Әлия» when asked for «әлия» or «ӘЛИЯ», whether the text
// was typed composed or decomposed (NFC).
#pragma once

#include <string>
#include <string_view>

namespace pd {

// `text` in NFC with Unicode full case folding; invalid UTF-8 is kept
// as the replacement character.
std::string casefold(std::string_view text);

// True when `needle` occurs in `haystack`, ignoring case.
bool contains_folded(std::string_view haystack, std::string_view needle);

}  // namespace pd
