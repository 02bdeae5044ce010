// Reception slots: the slots a window holds, the free ones around the
// bookings, and the free ones nearest to a wished time.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "booking/meeting.h"
#include "core/date.h"
#include "school/calendar.h"
#include "school/settings.h"

namespace pd {

struct Slot {
  Date date;
  TimeOfDay start;
  int minutes = 0;

  TimeOfDay end() const { return TimeOfDay::from_minutes(start.minutes() + minutes); }
  // `2026-11-26 15:30 (Thu)`, the weekday in the interface language
  std::string str() const;

  auto operator<=>(const Slot&) const = default;
};

// The school's present moment: nothing starting before it can be booked.
struct Now {
  Date date;
  TimeOfDay time;
};

// True when a meeting at `date` `time` starts before `now`.
bool is_past(Date date, TimeOfDay time, Now now);

// True when the minutes [start, end) lie in the window on `date`'s weekday.
bool within_hours(const ReceptionWindow& hours, Date date, int start, int end);

// Back-to-back slots of `minutes` from the window's start on `day`, the last
// ending no later than the window's end (15:30-17:00 by 20 gives 15:30,
// 15:50, 16:10, 16:30: a slot at 16:50 would end after 17:00). None on a day
// the window does not name.
std::vector<Slot> window_slots(const ReceptionWindow& hours, Date day, int minutes);

// The free slots of `minutes` on the `days` days from `from`: reception days
// only, holidays and times before `now` left out. `busy` are the meetings of
// the people concerned; a window partly taken is cut around them and each
// free stretch is filled from its start.
std::vector<Slot> free_slots(const ReceptionWindow& hours, const SchoolCalendar& calendar,
                             const std::vector<Meeting>& busy, Now now, Date from, int days,
                             int minutes);

// The `count` free slots nearest to `date` `time`, before or after it (the
// earlier wins a tie), in time order. Searched from four weeks before to
// eight weeks after, never before `now`.
std::vector<Slot> nearest_free_slots(const ReceptionWindow& hours, const SchoolCalendar& calendar,
                                     const std::vector<Meeting>& busy, Now now, Date date,
                                     TimeOfDay time, int minutes, size_t count);

}  // namespace pd
