#include "core/casefold.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace pd {

std::string casefold(std::string_view text) {
  icu::UnicodeString folded =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  folded.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normal = nfc->normalize(folded, status);
    if (U_SUCCESS(status)) folded = normal;
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  return casefold(haystack).find(casefold(needle)) != std::string::npos;
}

}  // namespace pd
