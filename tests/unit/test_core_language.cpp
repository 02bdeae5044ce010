// core/language: which language the environment asks for, and the plural
// rules of each.
#include "core/language.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

namespace {

std::optional<pd::Language> from(const std::map<std::string, std::string>& env) {
  return pd::language_from_environment([&env](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  });
}

}  // namespace

TEST_CASE("locale names: language, then territory, codeset and modifier") {
  CHECK_EQ(pd::language_of_locale("ru"), pd::Language::ru);
  CHECK_EQ(pd::language_of_locale("ru_RU.UTF-8"), pd::Language::ru);
  CHECK_EQ(pd::language_of_locale("kk_KZ"), pd::Language::kk);
  CHECK_EQ(pd::language_of_locale("KK"), pd::Language::kk);
  CHECK_EQ(pd::language_of_locale("en_GB.UTF-8@euro"), pd::Language::en);
  CHECK_FALSE(pd::language_of_locale("C.UTF-8"));
  CHECK_FALSE(pd::language_of_locale("POSIX"));
  CHECK_FALSE(pd::language_of_locale("de_DE.UTF-8"));
  CHECK_FALSE(pd::language_of_locale("kkk"));
  CHECK_FALSE(pd::language_of_locale(""));
}

TEST_CASE("PARENTDESK_LANG first, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG") {
  CHECK_EQ(from({{"PARENTDESK_LANG", "kk"}, {"LC_ALL", "ru_RU.UTF-8"}}), pd::Language::kk);
  CHECK_EQ(from({{"LANGUAGE", "ru:en"}, {"LC_ALL", "kk_KZ.UTF-8"}}), pd::Language::ru);
  CHECK_EQ(from({{"LANGUAGE", "de:kk"}, {"LC_ALL", "ru_RU.UTF-8"}}), pd::Language::kk);
  CHECK_EQ(from({{"LC_ALL", "C.UTF-8"}, {"LC_MESSAGES", "kk_KZ.UTF-8"}, {"LANG", "ru_RU"}}),
           pd::Language::kk);
  CHECK_EQ(from({{"LANG", "ru_RU.UTF-8"}}), pd::Language::ru);
  CHECK_EQ(from({{"PARENTDESK_LANG", ""}, {"LANG", "en_US.UTF-8"}}), pd::Language::en);
}

TEST_CASE("an environment that names no language of ours leaves the choice to school.yaml") {
  CHECK_FALSE(from({}));
  CHECK_FALSE(from({{"LC_ALL", "C.UTF-8"}, {"LANG", "POSIX"}}));
  CHECK_FALSE(from({{"LANG", "de_DE.UTF-8"}, {"PARENTDESK_LANG", "fr"}}));
}

TEST_CASE("Russian plural forms: one, few, many (CLDR)") {
  auto ru = [](size_t n) { return pd::plural_form(pd::Language::ru, n); };
  CHECK_EQ(ru(1), 0u);  // 1 день
  CHECK_EQ(ru(2), 1u);  // 2 дня
  CHECK_EQ(ru(4), 1u);
  CHECK_EQ(ru(5), 2u);   // 5 дней
  CHECK_EQ(ru(0), 2u);   // 0 дней
  CHECK_EQ(ru(11), 2u);  // 11 дней
  CHECK_EQ(ru(12), 2u);
  CHECK_EQ(ru(14), 2u);
  CHECK_EQ(ru(21), 0u);  // 21 день
  CHECK_EQ(ru(22), 1u);  // 22 дня
  CHECK_EQ(ru(25), 2u);
  CHECK_EQ(ru(101), 0u);
  CHECK_EQ(ru(111), 2u);
  CHECK_EQ(ru(112), 2u);
  CHECK_EQ(ru(122), 1u);
}

TEST_CASE("Kazakh and English plural forms: one and other") {
  for (pd::Language language : {pd::Language::kk, pd::Language::en}) {
    CHECK_EQ(pd::plural_form(language, 1), 0u);
    CHECK_EQ(pd::plural_form(language, 0), 1u);
    CHECK_EQ(pd::plural_form(language, 2), 1u);
    CHECK_EQ(pd::plural_form(language, 21), 1u);
  }
}
