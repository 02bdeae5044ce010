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

}  // namespace

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
