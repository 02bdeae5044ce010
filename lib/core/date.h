// Calendar dates and times of day: the one place that parses and prints them.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace pd {

enum class Weekday { mon, tue, wed, thu, fri, sat, sun };

// A calendar date without a zone (the school's local date).
class Date {
 public:
  Date() = default;
  Date(int year, unsigned month, unsigned day);

  // Exactly `YYYY-MM-DD`, and the day must exist (no 2026-02-30).
  static std::optional<Date> parse(std::string_view text);
  // A date as a person types it: `YYYY-MM-DD` or `DD.MM.YYYY` (24.11.2026).
  // Records keep the strict form; only the command line takes this one.
  static std::optional<Date> parse_typed(std::string_view text);

  int year() const;
  unsigned month() const;
  unsigned day() const;
  Weekday weekday() const;
  std::string str() const;      // 2026-11-24
  std::string compact() const;  // 20261124, as in record IDs

  Date plus_days(int days) const { return Date(days_ + std::chrono::days(days)); }
  int days_until(Date later) const { return (later.days_ - days_).count(); }

  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  // The date of these digits, when all were read and the day exists.
  static std::optional<Date> from_digits(std::optional<int> y, std::optional<int> m,
                                         std::optional<int> d);
  std::chrono::sys_days days_{};
};

// A time of day, minutes since midnight; printed `HH:MM`.
class TimeOfDay {
 public:
  TimeOfDay() = default;
  static std::optional<TimeOfDay> parse(std::string_view text);  // exactly HH:MM
  static TimeOfDay from_minutes(int minutes) { return TimeOfDay(minutes); }

  int minutes() const { return minutes_; }
  std::string str() const;

  auto operator<=>(const TimeOfDay&) const = default;

 private:
  explicit TimeOfDay(int minutes) : minutes_(minutes) {}
  int minutes_ = 0;
};

// `2026-11-24T15:30:00+05:00`: a date, a time with seconds and a UTC offset.
bool is_timestamp(std::string_view text);

std::string_view weekday_name(Weekday day);  // mon, tue, ...
std::optional<Weekday> parse_weekday(std::string_view name);

}  // namespace pd
