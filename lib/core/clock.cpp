#include "core/clock.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cctype>
#include <cstdlib>
#include <ctime>

#include "core/error.h"
#include "core/i18n.h"

namespace pd {

namespace {

// The broken-down local time of `moment` in `zone`. glibc reads the zone from
// $TZ only, so it is set for the call and restored: commands are
// single-threaded.
std::tm local_time(std::time_t moment, const std::string& zone) {
  const char* saved = std::getenv("TZ");
  std::string previous = saved ? saved : "";
  setenv("TZ", zone.c_str(), 1);
  tzset();
  std::tm result{};
  localtime_r(&moment, &result);
  if (saved)
    setenv("TZ", previous.c_str(), 1);
  else
    unsetenv("TZ");
  tzset();
  return result;
}

constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t epoch_seconds(Date date, int seconds_of_day) {
  return std::int64_t(Date(1970, 1, 1).days_until(date)) * kSecondsPerDay + seconds_of_day;
}

int number(std::string_view text, size_t pos, size_t width) {
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i)
    value = value * 10 + (text[i] - '0');
  return value;
}

}  // namespace

std::int64_t utc_seconds(Date date, TimeOfDay time, const std::string& zone) {
  // The wall clock read as if it were UTC, then corrected by the zone's
  // offset at that moment; a second pass settles the offset near a change.
  std::int64_t wall = epoch_seconds(date, time.minutes() * 60);
  std::int64_t guess = wall - local_time(std::time_t(wall), zone).tm_gmtoff;
  return wall - local_time(std::time_t(guess), zone).tm_gmtoff;
}

int utc_offset_minutes(Date date, const std::string& zone) {
  return int((epoch_seconds(date, 0) - utc_seconds(date, TimeOfDay::from_minutes(0), zone)) / 60);
}

std::optional<std::int64_t> timestamp_utc_seconds(std::string_view timestamp) {
  if (!is_timestamp(timestamp)) return std::nullopt;
  Date date = *Date::parse(timestamp.substr(0, 10));
  int seconds =
      number(timestamp, 11, 2) * 3600 + number(timestamp, 14, 2) * 60 + number(timestamp, 17, 2);
  std::string_view zone = timestamp.substr(19);
  int offset = 0;
  if (zone != "Z") {
    offset = number(zone, 1, 2) * 3600 + number(zone, 4, 2) * 60;
    if (zone[0] == '-') offset = -offset;
  }
  return epoch_seconds(date, seconds) - offset;
}

bool timezone_exists(std::string_view zone) {
  if (zone.empty() || zone.front() == '/' || zone.find("..") != std::string_view::npos)
    return false;
  for (char c : zone)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' ||
          c == '+'))
      return false;
  struct stat st {};
  std::string path = "/usr/share/zoneinfo/" + std::string(zone);
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

Clock::Clock(std::string zone, std::optional<Date> today_override) : zone_(std::move(zone)) {
  if (!timezone_exists(zone_))
    throw Error(
        ExitCode::system,
        msg("time zone '{}' is not in the system's tz database (is tzdata installed?)", zone_));
  if (today_override) {
    today_ = *today_override;
    overridden_ = true;
  } else {
    std::tm local = local_time(std::time(nullptr), zone_);
    today_ = Date(local.tm_year + 1900, unsigned(local.tm_mon + 1), unsigned(local.tm_mday));
  }
}

TimeOfDay Clock::now_time() const {
  std::tm local = local_time(std::time(nullptr), zone_);
  return TimeOfDay::from_minutes(local.tm_hour * 60 + local.tm_min);
}

std::string Clock::now_timestamp() const {
  std::tm local = local_time(std::time(nullptr), zone_);
  long offset = local.tm_gmtoff / 60;
  char sign = offset < 0 ? '-' : '+';
  if (offset < 0) offset = -offset;
  return fmt::format("{}T{:02}:{:02}:{:02}{}{:02}:{:02}", today_.str(), local.tm_hour, local.tm_min,
                     local.tm_sec, sign, offset / 60, offset % 60);
}

}  // namespace pd
