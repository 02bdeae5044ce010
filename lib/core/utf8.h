// UTF-8: validation, decoding and the display width of text in a terminal.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd::utf8 {

// Decodes the code point at `pos` and advances `pos`; nullopt (and `pos`
// unchanged) on an invalid, overlong or surrogate sequence.
std::optional<char32_t> decode(std::string_view text, size_t& pos);

// The byte offset of the first invalid sequence, or nullopt when valid.
std::optional<size_t> find_invalid(std::string_view text);

void append(std::string& out, char32_t code_point);

// The bidirectional formatting controls (U+202A..U+202E, U+2066..U+2069,
// U+200E, U+200F, U+061C): invisible, they can reorder a name on screen.
bool is_bidi_control(char32_t code_point);

// The grapheme clusters of `text`, in order: what a reader sees as one letter
// (a base with its combining marks, an emoji sequence), by Unicode's rules
// (UAX #29, through ICU). An invalid byte is a cluster of its own.
std::vector<std::string_view> graphemes(std::string_view text);

// Columns one grapheme cluster takes in a terminal: two for an East Asian
// wide or fullwidth character (CJK, most emoji), none for a combining mark or
// a format character alone (U+0301, U+200B), else one (Latin, Cyrillic and
// Kazakh letters). An invalid byte takes one, as the replacement character.
size_t cluster_width(std::string_view cluster);

// Columns the text takes in a terminal: the sum of its clusters' widths.
size_t display_width(std::string_view text);

// `text` with its first letter in upper case ("директор" -> "Директор"), by
// Unicode's simple case mapping (ICU).
std::string capitalized(std::string_view text);

}  // namespace pd::utf8
