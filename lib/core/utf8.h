// UTF-8: validation, decoding and the display width of text in a terminal.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

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

// Columns the text takes in a terminal: Cyrillic and Kazakh letters take one,
// combining marks none, East Asian wide characters two.
size_t display_width(std::string_view text);

}  // namespace pd::utf8
