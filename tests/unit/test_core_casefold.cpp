// core/casefold: lowercase without a locale, for Latin, Cyrillic and Kazakh.
#include "core/casefold.h"

#include <doctest/doctest.h>

TEST_CASE("casefold: Russian, Kazakh and Latin letters") {
  CHECK_EQ(pd::casefold("ПИТАНИЕ в Столовой"), "питание в столовой");
  CHECK_EQ(pd::casefold("ЁЛКА"), "ёлка");
  CHECK_EQ(pd::casefold("ӘҒҚҢӨҰҮҺІ"), "әғқңөұүһі");
  CHECK_EQ(pd::casefold("әғқңөұүһі"), "әғқңөұүһі");
  CHECK_EQ(pd::casefold("Bus STOP 7B"), "bus stop 7b");
  CHECK_EQ(pd::casefold("ÉCOLE"), "école");
  CHECK_EQ(pd::casefold("×"), "×");
  CHECK_EQ(pd::casefold("Ӏ"), "ӏ");  // palochka
  CHECK_EQ(pd::casefold("ӁӃ"), "ӂӄ");
}

TEST_CASE("casefold keeps invalid bytes and everything that has no case") {
  CHECK_EQ(pd::casefold("A\xFF"
                        "Б"),
           "a\xFF"
           "б");
  CHECK_EQ(pd::casefold("№ 27 «Болашак» 中"), "№ 27 «болашак» 中");
}

TEST_CASE("contains_folded") {
  CHECK(pd::contains_folded("Жалоба на ПИТАНИЕ", "питание"));
  CHECK(pd::contains_folded("Үй тапсырмасы", "ҮЙ ТАП"));
  CHECK_FALSE(pd::contains_folded("Үй тапсырмасы", "уй"));  // ү is not у
  CHECK(pd::contains_folded("anything", ""));
}
