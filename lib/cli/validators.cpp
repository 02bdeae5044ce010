#include "cli/validators.h"

#include <charconv>

#include "core/did_you_mean.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

CLI::Validator whole_number(long min, long max) {
  return CLI::Validator(
      [min, max](std::string& text) -> std::string {
        long value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc() && end == text.data() + text.size() && value >= min &&
            value <= max)
          return {};
        return msg("expected a whole number from {} to {}, got '{}'", min, max, text);
      },
      "");
}

CLI::Validator one_of(std::string field) {
  return CLI::Validator(
      [field](std::string& text) -> std::string {
        if (auto value = enum_value(field, text)) {
          text = *value;
          return {};
        }
        std::string hint;
        if (auto close = did_you_mean(text, enum_values(field)))
          hint = msg(" (did you mean '{}'?)", *close);
        return msg("expected one of {}, got '{}'{}", enum_choices(field), text, hint);
      },
      "");
}

}  // namespace pd
