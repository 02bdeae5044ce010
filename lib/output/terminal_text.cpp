#include "output/terminal_text.h"

#include "core/utf8.h"

namespace pd {

std::string printable(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    auto cp = utf8::decode(text, pos);
    if (!cp) {
      ++pos;
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
      continue;
    }
    if (*cp == 0x1B || *cp == 0x9B) {
      // ESC [ ... final byte (CSI), ESC ] ... BEL or ESC \ (OSC), ESC x.
      if (pos < text.size() && (text[pos] == '[' || *cp == 0x9B)) {
        if (*cp == 0x1B) ++pos;
        while (pos < text.size() && !(text[pos] >= 0x40 && text[pos] <= 0x7E))
          ++pos;
        if (pos < text.size()) ++pos;
      } else if (pos < text.size() && text[pos] == ']') {
        while (pos < text.size() && text[pos] != '\a' &&
               !(text[pos] == 0x1B && pos + 1 < text.size() && text[pos + 1] == '\\'))
          ++pos;
        if (pos < text.size()) pos += text[pos] == '\a' ? 1 : 2;
      } else if (pos < text.size()) {
        ++pos;
      }
      continue;
    }
    if (*cp == '\n' || *cp == '\t') {
      out += (keep_newlines && *cp == '\n') ? '\n' : ' ';
      continue;
    }
    if (*cp < 0x20 || *cp == 0x7F || (*cp >= 0x80 && *cp < 0xA0)) continue;
    if (utf8::is_bidi_control(*cp)) continue;  // it could reorder a name on screen
    out.append(text.substr(start, pos - start));
  }
  return out;
}

}  // namespace pd
