#include "booking/meeting.h"

#include <algorithm>

namespace pd {

bool Meeting::involves(std::string_view staff) const {
  return host == staff || std::find(attendees.begin(), attendees.end(), staff) != attendees.end();
}

std::string Meeting::times() const {
  return TimeOfDay::from_minutes(start).str() + "-" + TimeOfDay::from_minutes(end).str();
}

std::string Meeting::when() const {
  return date.str() + " " + times();
}

Meeting meeting_of(const Value& booking) {
  Meeting m;
  m.id = std::string(booking.text("id"));
  m.host = std::string(booking.text("host"));
  m.date = booking.date("date").value_or(Date());
  const Value* time = booking.get("time");
  m.start = time && time->as_time() ? time->as_time()->minutes() : 0;
  m.end = m.start + int(booking.integer("length").value_or(0));
  if (const Value* attendees = booking.get("attendees"); attendees && attendees->as_list())
    for (const auto& person : *attendees->as_list())
      if (person.as_string()) m.attendees.push_back(*person.as_string());
  return m;
}

bool is_live(const Value& booking) {
  return booking.text("status") != "cancelled";
}

std::vector<Meeting> live_meetings(const Store& store) {
  std::vector<Meeting> meetings;
  for (const auto& record : store.records("booking"))
    if (is_live(record.value)) meetings.push_back(meeting_of(record.value));
  return meetings;
}

}  // namespace pd
