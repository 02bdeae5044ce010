// The languages parentdesk speaks, and which of them a person wants (the
// environment's order of SPEC §7).
#pragma once

#include <functional>
#include <optional>
#include <string_view>

namespace pd {

enum class Language { en, ru, kk };

// "kk", "ru", "en": the codes of records, school.yaml and PARENTDESK_LANG.
std::string_view language_code(Language language);
// The language of a code or a locale name: "ru", "ru_RU.UTF-8",
// "kk_KZ@latin" (language, then optional _TERRITORY, .CODESET, @MODIFIER);
// nothing for C, POSIX and every other language. Case-insensitive.
std::optional<Language> language_of_locale(std::string_view locale);

// The index of the plural form for `n` (CLDR rules, as the catalogues'
// Plural-Forms headers say): ru one/few/many 0/1/2, kk and en one/other 0/1.
size_t plural_form(Language language, size_t n);

// The language the environment asks for, first that is set: $PARENTDESK_LANG
// (kk, ru or en), then $LANGUAGE (a colon-separated list), $LC_ALL,
// $LC_MESSAGES and $LANG, each when it names kk, ru or en. `getenv` is the
// environment's lookup (std::getenv, or a test's map).
std::optional<Language> language_from_environment(
    const std::function<const char*(const char*)>& getenv);

}  // namespace pd
