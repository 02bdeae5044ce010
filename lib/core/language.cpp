#include "core/language.h"

#include <array>
#include <string>

namespace pd {

namespace {

constexpr std::array<std::pair<Language, std::string_view>, 3> kCodes = {
    {{Language::en, "en"}, {Language::ru, "ru"}, {Language::kk, "kk"}}};

}  // namespace

std::string_view language_code(Language language) {
  for (const auto& [lang, code] : kCodes)
    if (lang == language) return code;
  return "en";
}

std::optional<Language> language_of_locale(std::string_view locale) {
  size_t end = locale.find_first_of("_.@");
  std::string name(locale.substr(0, end));
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  for (const auto& [lang, code] : kCodes)
    if (code == name) return lang;
  return std::nullopt;
}

size_t plural_form(Language language, size_t n) {
  if (language != Language::ru) return n == 1 ? 0 : 1;
  size_t last = n % 10, last_two = n % 100;
  if (last == 1 && last_two != 11) return 0;
  if (last >= 2 && last <= 4 && (last_two < 12 || last_two > 14)) return 1;
  return 2;
}

std::optional<Language> language_from_environment(
    const std::function<const char*(const char*)>& getenv) {
  if (const char* own = getenv("PARENTDESK_LANG"); own && *own)
    if (auto lang = language_of_locale(own)) return lang;
  if (const char* list = getenv("LANGUAGE"); list && *list) {
    std::string_view rest(list);
    while (!rest.empty()) {
      size_t colon = rest.find(':');
      if (auto lang = language_of_locale(rest.substr(0, colon))) return lang;
      rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    }
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = getenv(name); value && *value)
      if (auto lang = language_of_locale(value)) return lang;
  return std::nullopt;
}

}  // namespace pd
