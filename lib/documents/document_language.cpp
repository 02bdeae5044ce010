#include "documents/document_language.h"

#include <fmt/format.h>

#include <array>

#include "core/i18n.h"

namespace pd {

DocumentLanguage::DocumentLanguage(Language language) : saved_(interface_language()) {
  set_interface_language(language);
}

DocumentLanguage::~DocumentLanguage() {
  set_interface_language(saved_);
}

std::optional<Language> language_named(std::string_view code) {
  for (Language language : {Language::kk, Language::ru, Language::en})
    if (language_code(language) == code) return language;
  return std::nullopt;
}

std::string long_date(Date day) {
  // TRANSLATORS: a month's name as a date says it: "24 ноября" (genitive in
  // Russian), "24 қараша".
  static constexpr std::array<const char*, 12> months = {
      NC_("date", "January"), NC_("date", "February"), NC_("date", "March"),
      NC_("date", "April"),   NC_("date", "May"),      NC_("date", "June"),
      NC_("date", "July"),    NC_("date", "August"),   NC_("date", "September"),
      NC_("date", "October"), NC_("date", "November"), NC_("date", "December")};
  std::string month = trc("date", months[day.month() - 1]);
  // TRANSLATORS: a date in a document: {0} the day, {1} the month's name,
  // {2} the year: "{0} {1} {2} г." in Russian, "{2} жылғы {0} {1}" in Kazakh.
  unsigned day_of_month = day.day();
  int year = day.year();
  return fmt::vformat(trc("document date", "{0} {1} {2}"),
                      fmt::make_format_args(day_of_month, month, year));
}

std::string short_date(Date day) {
  return fmt::format("{:02}.{:02}.{}", day.day(), day.month(), day.year());
}

}  // namespace pd
