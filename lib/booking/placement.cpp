#include "booking/placement.h"

#include "booking/attendees.h"
#include "booking/overlap.h"
#include "booking/reception.h"
#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

std::vector<Meeting> busy_for(const Meeting& candidate, const std::vector<Meeting>& live) {
  std::vector<Meeting> busy;
  for (const auto& other : live)
    if (other.id != candidate.id && !shared_person(candidate, other).empty()) busy.push_back(other);
  return busy;
}

void require_free_place(const Meeting& candidate, const ReceptionWindow& hours,
                        const SchoolCalendar& calendar, const std::vector<Meeting>& live, Now now) {
  std::vector<Meeting> busy = busy_for(candidate, live);
  TimeOfDay start = TimeOfDay::from_minutes(candidate.start);
  std::string problem;
  if (is_past(candidate.date, start, now))
    problem = msg("'{} {}' is in the past", candidate.date.str(), start.str());
  else if (calendar.is_holiday(candidate.date))
    problem = msg("'{}' is a holiday", candidate.date.str());
  else if (!within_hours(hours, candidate.date, candidate.start, candidate.end))
    problem = msg("'{} ({})' is outside the reception hours of '{}' ({})", candidate.when(),
                  enum_word("weekday", weekday_name(candidate.date.weekday())), candidate.host,
                  describe_hours(hours));
  else if (auto clash = first_clash(candidate, busy))
    problem = msg("'{}' overlaps booking '{}' ({}), and '{}' cannot be at both", candidate.when(),
                  clash->other->id, clash->other->times(), clash->person);
  if (problem.empty()) return;
  std::vector<Slot> nearest = nearest_free_slots(hours, calendar, busy, now, candidate.date, start,
                                                 candidate.end - candidate.start, kSuggestions);
  std::string slots;
  for (const auto& slot : nearest)
    slots += (slots.empty() ? "" : ", ") + slot.str();
  throw Error(ExitCode::refused, slots.empty()
                                     ? msg("{}; no free slot in the weeks around it", problem)
                                     : msg("{}; nearest free slots: {}", problem, slots));
}

HostSlots host_free_slots(const Store& store, const SchoolSettings& settings,
                          const SchoolCalendar& calendar, Now now, std::string_view host, Date from,
                          int days) {
  const Record& staff = find_staff(store, host);
  HostSlots result{std::string(staff.id()), require_reception_hours(settings, staff.value), {}};
  Meeting wanted;
  wanted.host = result.host;
  wanted.attendees = {coordinator(store)};
  result.slots = free_slots(result.hours, calendar, busy_for(wanted, live_meetings(store)), now,
                            from, days, settings.slot_minutes);
  return result;
}

}  // namespace pd
