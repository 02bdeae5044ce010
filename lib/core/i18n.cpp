#include "core/i18n.h"

#include <atomic>

#include "core/catalogue.h"

namespace pd {

namespace {

std::atomic<Language> current{Language::en};

// The `index`-th of the NUL-separated forms, or nothing.
std::optional<std::string_view> form(std::string_view forms, size_t index) {
  for (size_t i = 0; i < index; ++i) {
    size_t nul = forms.find('\0');
    if (nul == std::string_view::npos) return std::nullopt;
    forms.remove_prefix(nul + 1);
  }
  return forms.substr(0, forms.find('\0'));
}

}  // namespace

void set_interface_language(Language language) {
  current = language;
}

Language interface_language() {
  return current;
}

std::string tr(std::string_view english) {
  if (auto found = catalogue_for(current).find(english)) return std::string(*found);
  return std::string(english);
}

std::string trc(std::string_view context, std::string_view english) {
  return trc_in(current, context, english);
}

std::string trc_in(Language language, std::string_view context, std::string_view english) {
  std::string key;
  key.reserve(context.size() + 1 + english.size());
  key.append(context).append(1, '\x04').append(english);
  if (auto found = catalogue_for(language).find(key)) return std::string(*found);
  return std::string(english);
}

std::string trn(std::string_view singular, std::string_view plural, size_t n) {
  Language language = current;
  if (auto found = catalogue_for(language).find(singular))
    if (auto text = form(*found, plural_form(language, n)); text && !text->empty())
      return std::string(*text);
  return std::string(n == 1 ? singular : plural);
}

std::string decimal(double value, int digits) {
  std::string text = fmt::format("{:.{}f}", value, digits);
  if (current != Language::en)
    if (size_t point = text.find('.'); point != std::string::npos) text[point] = ',';
  return text;
}

}  // namespace pd
