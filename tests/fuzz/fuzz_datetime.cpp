// The date and time parsers: what they accept prints back as it was typed
// (the strict forms), the typed form agrees with the strict one, and
// arithmetic on an accepted date is consistent.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/date.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using pd::fuzz::defect;

  std::optional<pd::Date> strict = pd::Date::parse(text);
  std::optional<pd::Date> typed = pd::Date::parse_typed(text);
  if (strict) {
    if (strict->str() != text) defect("Date::parse accepts what it does not print", text);
    if (!typed || *typed != *strict) defect("parse_typed disagrees with parse", text);
    if (pd::Date::parse(strict->compact().substr(0, 4) + "-" + strict->compact().substr(4, 2) +
                        "-" + strict->compact().substr(6)) != strict)
      defect("compact() is not the date", text);
    for (int days : {-400, -1, 1, 31, 366}) {
      pd::Date other = strict->plus_days(days);
      if (strict->days_until(other) != days) defect("plus_days and days_until disagree", text);
      // Four-digit years read back; the arithmetic may leave them (0000-01-01 - 1).
      if (other.year() >= 0 && other.year() <= 9999 && pd::Date::parse(other.str()) != other)
        defect("a computed date does not read back", other.str());
    }
    (void)strict->weekday();
  }
  if (typed) {
    if (pd::Date::parse(typed->str()) != typed) defect("a typed date does not read back", text);
    if (!strict) {
      // The other accepted form is DD.MM.YYYY, exactly.
      std::string dotted = typed->str().substr(8, 2) + "." + typed->str().substr(5, 2) + "." +
                           typed->str().substr(0, 4);
      if (dotted != text) defect("parse_typed accepts a form it does not document", text);
    }
  }
  if (std::optional<pd::TimeOfDay> time = pd::TimeOfDay::parse(text)) {
    if (time->str() != text) defect("TimeOfDay::parse accepts what it does not print", text);
    if (time->minutes() < 0 || time->minutes() >= 24 * 60) defect("a time outside the day", text);
  }
  if (pd::is_timestamp(text)) {
    // ...T15:30:00+05:00, or ...T10:30:00Z for UTC.
    if (text.size() != 25 && !(text.size() == 20 && text.back() == 'Z'))
      defect("a timestamp of the wrong length", text);
    if (!pd::Date::parse(text.substr(0, 10))) defect("a timestamp whose date does not exist", text);
    if (!pd::TimeOfDay::parse(text.substr(11, 5))) defect("a timestamp whose time is not", text);
  }
  if (auto day = pd::parse_weekday(text))
    if (pd::weekday_name(*day) != text) defect("a weekday that prints otherwise", text);
  return 0;
}
