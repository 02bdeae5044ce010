#include "cli/validators.h"

#include <charconv>
#include <string_view>

#include "core/did_you_mean.h"
#include "core/i18n.h"
#include "core/utf8.h"
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

namespace {

// one_of() names its validator so, followed by the enum field.
constexpr std::string_view kOneOfName = "pd-one-of:";

}  // namespace

CLI::Validator one_of(std::string field) {
  std::string name = std::string(kOneOfName) + field;
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
      "", std::move(name));
}

std::optional<std::string> one_of_field(CLI::Option& option) {
  // CLI11 lists an option's validators only by index, throwing past the last.
  for (int i = 0;; ++i) {
    CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return std::nullopt;
    }
    const std::string& name = validator->get_name();
    if (name.starts_with(kOneOfName)) return name.substr(kOneOfName.size());
  }
}

CLI::Validator single_line() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (utf8::find_invalid(text)) return tr("the text is not valid UTF-8");
        size_t pos = 0;
        while (pos < text.size()) {
          char32_t c = *utf8::decode(text, pos);
          if (c == '\n' || c == '\r') return tr("expected one line, got a line break");
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
            return msg("a control character (U+{:04X}) is not allowed here", unsigned(c));
          if (utf8::is_bidi_control(c))
            return msg(
                "a bidirectional control (U+{:04X}) is not allowed here: it can disguise "
                "the text on screen",
                unsigned(c));
        }
        return {};
      },
      "");
}

}  // namespace pd
