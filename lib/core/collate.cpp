#include "core/collate.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <map>
#include <memory>

#include "core/i18n.h"

namespace pd {

namespace {

// One collator per language and thread: ICU collators are cheap to use and
// costly to open, and not meant to be shared between threads.
const icu::Collator* collator_for(Language language) {
  thread_local std::map<Language, std::unique_ptr<icu::Collator>> collators;
  auto& collator = collators[language];
  if (!collator) {
    UErrorCode status = U_ZERO_ERROR;
    std::string code(language_code(language));
    collator.reset(icu::Collator::createInstance(icu::Locale(code.c_str()), status));
    if (U_FAILURE(status)) collator.reset();
  }
  return collator.get();
}

}  // namespace

bool name_before(std::string_view a, std::string_view b) {
  if (const icu::Collator* collator = collator_for(interface_language())) {
    UErrorCode status = U_ZERO_ERROR;
    UCollationResult order =
        collator->compareUTF8(icu::StringPiece(a.data(), int32_t(a.size())),
                              icu::StringPiece(b.data(), int32_t(b.size())), status);
    if (U_SUCCESS(status) && order != UCOL_EQUAL) return order == UCOL_LESS;
  }
  return a < b;
}

}  // namespace pd
