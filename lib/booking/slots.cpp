#include "booking/slots.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <utility>

#include "output/enum_words.h"

namespace pd {

namespace {

constexpr int kDaysBefore = 28, kDaysAfter = 56;

bool receives_on(const ReceptionWindow& hours, Date day) {
  return std::find(hours.days.begin(), hours.days.end(), day.weekday()) != hours.days.end();
}

// The free slots of one day: the window minus the busy spans, each free
// stretch filled with back-to-back slots from its start.
std::vector<Slot> free_on(const ReceptionWindow& hours, Date day, const std::vector<Meeting>& busy,
                          Now now, int minutes) {
  std::vector<Slot> slots;
  if (!receives_on(hours, day) || minutes <= 0) return slots;
  std::vector<std::pair<int, int>> taken;
  for (const auto& meeting : busy)
    if (meeting.date == day) taken.emplace_back(meeting.start, meeting.end);
  std::sort(taken.begin(), taken.end());
  auto fill = [&](int from, int to) {
    for (int start = from; start + minutes <= to; start += minutes)
      if (!is_past(day, TimeOfDay::from_minutes(start), now))
        slots.push_back({day, TimeOfDay::from_minutes(start), minutes});
  };
  int cursor = hours.from.minutes(), end = hours.to.minutes();
  for (const auto& [start, stop] : taken) {
    if (start > cursor) fill(cursor, std::min(start, end));
    cursor = std::max(cursor, stop);
  }
  fill(cursor, end);
  return slots;
}

}  // namespace

std::string Slot::str() const {
  return date.str() + " " + start.str() + " (" +
         enum_word("weekday", weekday_name(date.weekday())) + ")";
}

bool is_past(Date date, TimeOfDay time, Now now) {
  return date < now.date || (date == now.date && time < now.time);
}

bool within_hours(const ReceptionWindow& hours, Date date, int start, int end) {
  return receives_on(hours, date) && hours.from.minutes() <= start && end <= hours.to.minutes() &&
         start < end;
}

std::vector<Slot> window_slots(const ReceptionWindow& hours, Date day, int minutes) {
  return free_on(hours, day, {}, Now{day.plus_days(-1), {}}, minutes);
}

std::vector<Slot> free_slots(const ReceptionWindow& hours, const SchoolCalendar& calendar,
                             const std::vector<Meeting>& busy, Now now, Date from, int days,
                             int minutes) {
  std::vector<Slot> slots;
  for (int i = 0; i < days; ++i) {
    Date day = from.plus_days(i);
    if (calendar.is_holiday(day)) continue;
    std::vector<Slot> free = free_on(hours, day, busy, now, minutes);
    slots.insert(slots.end(), free.begin(), free.end());
  }
  return slots;
}

std::vector<Slot> nearest_free_slots(const ReceptionWindow& hours, const SchoolCalendar& calendar,
                                     const std::vector<Meeting>& busy, Now now, Date date,
                                     TimeOfDay time, int minutes, size_t count) {
  Date from = std::max(now.date, date.plus_days(-kDaysBefore));
  Date until = date.plus_days(kDaysAfter);
  if (until < from) return {};
  std::vector<Slot> slots =
      free_slots(hours, calendar, busy, now, from, from.days_until(until) + 1, minutes);
  auto distance = [&](const Slot& slot) {
    std::int64_t minutes_apart =
        std::int64_t(date.days_until(slot.date)) * 1440 + slot.start.minutes() - time.minutes();
    return std::llabs(minutes_apart);
  };
  // free_slots gives time order, so a stable sort keeps the earlier of a tie.
  std::stable_sort(slots.begin(), slots.end(),
                   [&](const Slot& a, const Slot& b) { return distance(a) < distance(b); });
  if (slots.size() > count) slots.resize(count);
  std::sort(slots.begin(), slots.end());
  return slots;
}

}  // namespace pd
