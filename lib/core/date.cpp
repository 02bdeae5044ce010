#include "core/date.h"

#include <fmt/format.h>

#include <array>

namespace pd {

namespace {

// Reads exactly `width` ASCII digits at `pos`.
std::optional<int> digits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

constexpr std::array<std::string_view, 7> kWeekdayNames = {"mon", "tue", "wed", "thu",
                                                           "fri", "sat", "sun"};

}  // namespace

Date::Date(int year, unsigned month, unsigned day)
    : days_(std::chrono::year(year) / std::chrono::month(month) / std::chrono::day(day)) {}

std::optional<Date> Date::from_digits(std::optional<int> y, std::optional<int> m,
                                      std::optional<int> d) {
  if (!y || !m || !d) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(*y), std::chrono::month(unsigned(*m)),
                                  std::chrono::day(unsigned(*d))};
  if (!ymd.ok()) return std::nullopt;
  return Date(std::chrono::sys_days(ymd));
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  return from_digits(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
}

std::optional<Date> Date::parse_typed(std::string_view text) {
  if (auto iso = parse(text)) return iso;
  // DD.MM.YYYY, as dates are written in Kazakhstan and Russia.
  if (text.size() != 10 || text[2] != '.' || text[5] != '.') return std::nullopt;
  return from_digits(digits(text, 6, 4), digits(text, 3, 2), digits(text, 0, 2));
}

int Date::year() const {
  return int(std::chrono::year_month_day(days_).year());
}
unsigned Date::month() const {
  return unsigned(std::chrono::year_month_day(days_).month());
}
unsigned Date::day() const {
  return unsigned(std::chrono::year_month_day(days_).day());
}

Weekday Date::weekday() const {
  // iso_encoding: Monday = 1 ... Sunday = 7
  return Weekday(std::chrono::weekday(days_).iso_encoding() - 1);
}

std::string Date::str() const {
  return fmt::format("{:04}-{:02}-{:02}", year(), month(), day());
}
std::string Date::compact() const {
  return fmt::format("{:04}{:02}{:02}", year(), month(), day());
}

std::optional<TimeOfDay> TimeOfDay::parse(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  auto h = digits(text, 0, 2), m = digits(text, 3, 2);
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return TimeOfDay(*h * 60 + *m);
}

std::string TimeOfDay::str() const {
  return fmt::format("{:02}:{:02}", minutes_ / 60, minutes_ % 60);
}

bool is_timestamp(std::string_view text) {
  // 2026-11-24T15:30:00+05:00 (25 characters); Z is accepted for UTC.
  if (text.size() < 20 || text[10] != 'T' || !Date::parse(text.substr(0, 10))) return false;
  auto hh = digits(text, 11, 2), mm = digits(text, 14, 2), ss = digits(text, 17, 2);
  if (!hh || !mm || !ss || text[13] != ':' || text[16] != ':' || *hh > 23 || *mm > 59 || *ss > 60)
    return false;
  std::string_view zone = text.substr(19);
  if (zone == "Z") return true;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return false;
  auto oh = digits(zone, 1, 2), om = digits(zone, 4, 2);
  return oh && om && *oh <= 14 && *om <= 59;
}

std::string_view weekday_name(Weekday day) {
  return kWeekdayNames[size_t(day)];
}

std::optional<Weekday> parse_weekday(std::string_view name) {
  for (size_t i = 0; i < kWeekdayNames.size(); ++i)
    if (kWeekdayNames[i] == name) return Weekday(i);
  return std::nullopt;
}

}  // namespace pd
