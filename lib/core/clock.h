// "Today" and "now" in the school's time zone, whatever the server's zone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace pd {

inline constexpr std::string_view kDefaultTimezone = "Asia/Almaty";

// True when `zone` names a zone of the system's tz database.
bool timezone_exists(std::string_view zone);

// Seconds since the epoch (UTC) of the local `date` and `time` in `zone`
// (an IANA name): what a calendar file needs from the school's wall clock. A
// local time that a clock change skips or repeats gets one of the two offsets
// around the change.
std::int64_t utc_seconds(Date date, TimeOfDay time, const std::string& zone);

// The offset of `zone` from UTC, in minutes, at the local midnight that
// starts `date` (+300 for Asia/Almaty).
int utc_offset_minutes(Date date, const std::string& zone);

// Seconds since the epoch of a timestamp `2026-11-24T15:30:00+05:00` (or with
// `Z`); nullopt when the text is not one.
std::optional<std::int64_t> timestamp_utc_seconds(std::string_view timestamp);

// The clock every rule reads: passed in explicitly, never global, so that
// --today and tests can fix it.
class Clock {
 public:
  // `zone` is an IANA name; `today_override` comes from --today or
  // $PARENTDESK_TODAY.
  Clock(std::string zone, std::optional<Date> today_override);

  const std::string& zone() const { return zone_; }
  Date today() const { return today_; }
  bool overridden() const { return overridden_; }

  // The current moment as `2026-11-24T15:30:00+05:00` in the school's zone;
  // under an override the date part is the overriding date.
  std::string now_timestamp() const;
  // The current time of day in the school's zone.
  TimeOfDay now_time() const;

 private:
  std::string zone_;
  Date today_;
  bool overridden_ = false;
};

}  // namespace pd
