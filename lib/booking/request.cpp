#include "booking/request.h"

#include <fmt/format.h>

#include "booking/attendees.h"
#include "booking/meeting.h"
#include "booking/placement.h"
#include "booking/reception.h"
#include "core/error.h"
#include "core/i18n.h"

namespace pd {

namespace {

constexpr int kMinMinutes = 5, kMaxMinutes = 240;  // as schemas/booking.yaml allows

void set_if(Value& record, std::string_view field, const std::string& text) {
  if (!text.empty()) record.set(field, Value(text));
}

}  // namespace

Value new_booking(const Store& store, const SchoolSettings& settings,
                  const SchoolCalendar& calendar, Now now, const std::string& id,
                  const BookingRequest& request, const Value* appeal) {
  int minutes = request.minutes.value_or(settings.slot_minutes);
  if (minutes < kMinMinutes || minutes > kMaxMinutes)
    throw Error(ExitCode::usage, msg("--minutes: expected {} to {} minutes, got {}", kMinMinutes,
                                     kMaxMinutes, minutes));
  const Record& host = find_staff(store, request.host);
  ReceptionWindow hours = require_reception_hours(settings, host.value);
  std::string class_id = request.class_id;
  if (class_id.empty() && appeal) class_id = std::string(appeal->text("class"));
  if (!class_id.empty()) class_id = std::string(find_class(store, class_id).id());

  Value record{Object{}};
  record.set("id", Value(id));
  record.set("status", Value("booked"));
  record.set("host", Value(std::string(host.id())));
  record.set("date", Value(request.date));
  record.set("time", Value(request.time));
  record.set("length", Value(minutes));
  set_if(record, "parent", request.parent);
  set_if(record, "contact", request.contact);
  set_if(record, "class", class_id);
  set_if(record, "student", request.student);
  set_if(record, "topic", request.topic);
  record.set("source", Value(request.source == BookingSource::website ? "website" : "coordinator"));
  if (appeal) record.set("appeal", Value(std::string(appeal->text("id"))));
  List attendees;
  for (auto& person : meeting_attendees(store, host.id(), class_id))
    attendees.emplace_back(std::move(person));
  record.set("attendees", Value(std::move(attendees)));

  require_free_place(meeting_of(record), hours, calendar, live_meetings(store), now);
  return record;
}

Value moved_booking(const Store& store, const SchoolSettings& settings,
                    const SchoolCalendar& calendar, Now now, const Value& booking, Date date,
                    TimeOfDay time) {
  const Record& host = find_staff(store, booking.text("host"));
  ReceptionWindow hours = require_reception_hours(settings, host.value);
  Value moved = booking;
  moved.set("date", Value(date));
  moved.set("time", Value(time));
  require_free_place(meeting_of(moved), hours, calendar, live_meetings(store), now);
  return moved;
}

std::string appeal_history_action(const Value& booking) {
  Meeting meeting = meeting_of(booking);
  // Stored data, not a message: the same words whatever the user's language.
  return fmt::format("meeting {} booked for {}", meeting.id, meeting.when());
}

}  // namespace pd
