#include "core/casefold.h"

#include "core/utf8.h"

namespace pd {

char32_t lowercase(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 0x20;                 // Latin-1, but ×
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;    // Greek
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;                  // Ѐ..Џ, with Ё and І
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;                  // А..Я
  if (c >= 0x460 && c <= 0x4BF && !(c >= 0x482 && c <= 0x489)) {  // pairs, Ғ Қ Ң Ұ Ү Һ
    return c % 2 == 0 ? c + 1 : c;
  }
  if (c == 0x4C0) return 0x4CF;  // palochka
  if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 1 ? c + 1 : c;
  if (c >= 0x4D0 && c <= 0x52F) return c % 2 == 0 ? c + 1 : c;  // pairs, Ә Ө
  return c;
}

std::string casefold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    if (auto c = utf8::decode(text, pos)) {
      utf8::append(out, lowercase(*c));
    } else {
      out += text[start];
      pos = start + 1;
    }
  }
  return out;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  return casefold(haystack).find(casefold(needle)) != std::string::npos;
}

}  // namespace pd
