// The language a document is written in, which need not be the interface's:
// a Russian protocol printed by a coordinator whose terminal speaks Kazakh.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.h"
#include "core/language.h"

namespace pd {

// While one lives, tr(), msg(), trc() and count_of() speak `language`; the
// interface language comes back when it is destroyed. The interface
// language is one process-wide setting (core/i18n.h), so this is for a
// single-threaded command, around the building of one document only: an
// error thrown meanwhile would be worded in the document's language, so the
// records are read before.
class DocumentLanguage {
 public:
  explicit DocumentLanguage(Language language);
  ~DocumentLanguage();
  DocumentLanguage(const DocumentLanguage&) = delete;
  DocumentLanguage& operator=(const DocumentLanguage&) = delete;

 private:
  Language saved_;
};

// The language of a code ("kk", "ru", "en"), or nothing for another.
std::optional<Language> language_named(std::string_view code);

// `day` as a document writes it in the current language: "24 ноября 2026 г.",
// "2026 жылғы 24 қараша", "24 November 2026".
std::string long_date(Date day);

// `day` in a table: 24.11.2026.
std::string short_date(Date day);

}  // namespace pd
