// core/utf8: validation, decoding and display width.
#include "core/utf8.h"

#include <doctest/doctest.h>

#include <string>

using namespace pd;

TEST_CASE("display_width: Cyrillic and Kazakh letters take one column each") {
  CHECK_EQ(utf8::display_width(""), 0u);
  CHECK_EQ(utf8::display_width("abc"), 3u);
  CHECK_EQ(utf8::display_width("7Б"), 2u);
  CHECK_EQ(utf8::display_width("Әсем"), 4u);
  CHECK_EQ(utf8::display_width("ғқңөұүһі"), 8u);
  CHECK_EQ(utf8::display_width("ӘҒҚҢӨҰҮҺІ"), 9u);
  CHECK_EQ(utf8::display_width("Школа-лицей № 27 «Болашак»"), 26u);
}

TEST_CASE("display_width: combining marks take none, East Asian wide characters two") {
  CHECK_EQ(utf8::display_width("\xCC\x81"), 0u);      // U+0301 COMBINING ACUTE ACCENT
  CHECK_EQ(utf8::display_width("е\xCC\x81"), 1u);     // е + U+0301
  CHECK_EQ(utf8::display_width("\xD2\x83"), 0u);      // U+0483 COMBINING CYRILLIC TITLO
  CHECK_EQ(utf8::display_width("\xE2\x80\x8B"), 0u);  // U+200B ZERO WIDTH SPACE
  CHECK_EQ(utf8::display_width("中"), 2u);
  CHECK_EQ(utf8::display_width("学校"), 4u);
  CHECK_EQ(utf8::display_width("학"), 2u);                // Hangul syllable
  CHECK_EQ(utf8::display_width("\xF0\x9F\x98\x80"), 2u);  // U+1F600 emoji
  CHECK_EQ(utf8::display_width("\xEF\xBC\xA1"), 2u);      // U+FF21 FULLWIDTH A
}

TEST_CASE("display_width: an invalid byte counts as one replacement character") {
  CHECK_EQ(utf8::display_width("a\xFF"
                               "b"),
           3u);
  CHECK_EQ(utf8::display_width("\xD0"), 1u);  // truncated two-byte sequence
}

TEST_CASE("find_invalid: the offset of the first bad sequence") {
  CHECK_FALSE(utf8::find_invalid(""));
  CHECK_FALSE(utf8::find_invalid("plain ASCII"));
  CHECK_FALSE(utf8::find_invalid("Әсем 7Б 中 \xF0\x9F\x98\x80"));
  CHECK_FALSE(utf8::find_invalid("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point

  CHECK_EQ(utf8::find_invalid("ab\xFF"), 2u);  // never valid
  CHECK_EQ(utf8::find_invalid("Ж\x80"), 2u);   // stray continuation byte
  CHECK_EQ(utf8::find_invalid("a\xD0"), 1u);   // truncated at the end
  CHECK_EQ(utf8::find_invalid("a\xD0"
                              "b"),
           1u);                                                       // truncated before ASCII
  CHECK_EQ(utf8::find_invalid("\xC0\xAF"), 0u);                       // overlong '/'
  CHECK_EQ(utf8::find_invalid("\xC1\xBF"), 0u);                       // overlong
  CHECK_EQ(utf8::find_invalid("x\xE0\x80\xAF"), 1u);                  // overlong three-byte '/'
  CHECK_EQ(utf8::find_invalid("\xF0\x80\x80\xAF"), 0u);               // overlong four-byte '/'
  CHECK_EQ(utf8::find_invalid("ok\xED\xA0\x80"), 2u);                 // U+D800, a surrogate
  CHECK_EQ(utf8::find_invalid("\xED\xBF\xBF"), 0u);                   // U+DFFF, a surrogate
  CHECK_EQ(utf8::find_invalid("\xF4\x90\x80\x80"), 0u);               // above U+10FFFF
  CHECK_EQ(utf8::find_invalid("\xF5\x80\x80\x80"), 0u);               // lead byte above F4
  CHECK_EQ(utf8::find_invalid(std::string_view("a\0b\xFF", 4)), 3u);  // NUL is valid UTF-8
}

TEST_CASE("decode: the code point, and the position moved past it") {
  std::string_view text = "aЖ中\xF0\x9F\x98\x80";
  size_t pos = 0;
  CHECK_EQ(utf8::decode(text, pos), char32_t(U'a'));
  CHECK_EQ(pos, 1u);
  CHECK_EQ(utf8::decode(text, pos), char32_t(0x0416));
  CHECK_EQ(pos, 3u);
  CHECK_EQ(utf8::decode(text, pos), char32_t(0x4E2D));
  CHECK_EQ(pos, 6u);
  CHECK_EQ(utf8::decode(text, pos), char32_t(0x1F600));
  CHECK_EQ(pos, 10u);
}

TEST_CASE("decode: nullopt and the position unchanged on a bad sequence") {
  for (std::string_view bad :
       {"\xFF", "\x80", "\xD0", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
        "\xD0"
        "a"}) {
    CAPTURE(bad);
    size_t pos = 0;
    CHECK_FALSE(utf8::decode(bad, pos));
    CHECK_EQ(pos, 0u);
  }
}

TEST_CASE("append encodes every length, and decode reads it back") {
  for (char32_t cp : {char32_t(0x41), char32_t(0x7F), char32_t(0x80), char32_t(0x04D8),
                      char32_t(0x07FF), char32_t(0x0800), char32_t(0x4E2D), char32_t(0xFFFD),
                      char32_t(0x10000), char32_t(0x1F600), char32_t(0x10FFFF)}) {
    CAPTURE(uint32_t(cp));
    std::string out;
    utf8::append(out, cp);
    size_t pos = 0;
    CHECK_EQ(utf8::decode(out, pos), cp);
    CHECK_EQ(pos, out.size());
  }
  std::string out;
  utf8::append(out, 0x04D8);  // Ә
  CHECK_EQ(out, "Ә");
  utf8::append(out, 0x20AC);
  CHECK_EQ(out, "Ә€");
}
