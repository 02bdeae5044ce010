#include "core/utf8.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

namespace pd::utf8 {

std::optional<char32_t> decode(std::string_view text, size_t& pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(pos);
  size_t length;
  char32_t cp;
  if (lead < 0x80) {
    ++pos;
    return lead;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07;
  } else {
    return std::nullopt;
  }
  if (pos + length > text.size()) return std::nullopt;
  for (size_t i = 1; i < length; ++i) {
    unsigned char c = byte(pos + i);
    if ((c & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (c & 0x3F);
  }
  static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  pos += length;
  return cp;
}

std::optional<size_t> find_invalid(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    if (!decode(text, pos)) return start;
  }
  return std::nullopt;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

namespace {

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

// ICU's character break iterator, one per thread: costly to open, cheap to
// reuse, and not to be shared between threads.
icu::BreakIterator* cluster_breaks() {
  thread_local std::unique_ptr<icu::BreakIterator> breaks = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return breaks.get();
}

size_t code_point_width(char32_t cp) {
  auto c = UChar32(cp);
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  // The vowels and final consonants of a Hangul syllable written in jamo.
  int hangul = u_getIntPropertyValue(c, UCHAR_HANGUL_SYLLABLE_TYPE);
  if (hangul == U_HST_VOWEL_JAMO || hangul == U_HST_TRAILING_JAMO) return 0;
  int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace

std::vector<std::string_view> graphemes(std::string_view text) {
  std::vector<std::string_view> out;
  icu::BreakIterator* breaks = is_ascii(text) ? nullptr : cluster_breaks();
  if (!breaks) {
    // ASCII (or no ICU data): one byte, one cluster.
    for (size_t i = 0; i < text.size(); ++i)
      out.push_back(text.substr(i, 1));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, decltype(&utext_close)> utext(
      utext_openUTF8(nullptr, text.data(), int64_t(text.size()), &status), &utext_close);
  breaks->setText(utext.get(), status);
  if (U_FAILURE(status)) return {text};
  // Boundaries are byte offsets: the UText is read in UTF-8 in place.
  int32_t start = breaks->first();
  for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE; end = breaks->next()) {
    out.push_back(text.substr(size_t(start), size_t(end - start)));
    start = end;
  }
  // The iterator keeps its own shallow clone of the UText, pointing into
  // `text`; the next setText() replaces it before it is read again.
  return out;
}

size_t cluster_width(std::string_view cluster) {
  size_t width = 0, pos = 0;
  while (pos < cluster.size()) {
    if (auto cp = decode(cluster, pos)) {
      width += code_point_width(*cp);
    } else {
      ++pos;  // an invalid byte prints as one replacement character
      ++width;
    }
  }
  // A base with its marks, a syllable in jamo, an emoji joined with
  // U+200D: one letter on screen, at most two columns.
  return std::min<size_t>(width, 2);
}

size_t display_width(std::string_view text) {
  if (is_ascii(text)) return text.size();
  size_t width = 0;
  for (std::string_view cluster : graphemes(text))
    width += cluster_width(cluster);
  return width;
}

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

std::string capitalized(std::string_view text) {
  size_t pos = 0;
  auto first = decode(text, pos);
  if (!first) return std::string(text);
  std::string out;
  append(out, char32_t(u_toupper(UChar32(*first))));
  out += text.substr(pos);
  return out;
}

}  // namespace pd::utf8
