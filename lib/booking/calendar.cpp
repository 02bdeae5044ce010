#include "booking/calendar.h"

#include "booking/meeting.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "school/names.h"

namespace pd {

namespace {

const Record* staff_named(const Store& store, std::string_view id) {
  for (const auto& staff : store.records("staff"))
    if (staff.id() == id) return &staff;
  return nullptr;
}

// The moment of the last history entry: when the booking was last revised.
std::optional<std::int64_t> last_revised(const Value& booking) {
  const Value* history = booking.get("history");
  if (!history || !history->as_list() || history->as_list()->empty()) return std::nullopt;
  return timestamp_utc_seconds(history->as_list()->back().text("at"));
}

// "Host: Жумабекова Г. С.": `label` in the interface language.
void add_line(std::string& text, const std::string& label, std::string_view value) {
  if (value.empty()) return;
  text += (text.empty() ? "" : "\n") + label + ": " + std::string(value);
}

}  // namespace

IcsCalendar booking_calendar(const Store& store, const std::vector<const Record*>& bookings,
                             const std::string& zone, ParentNames names) {
  Names known = load_names(store);
  IcsCalendar calendar;
  calendar.prodid = "-//parentdesk//book " PARENTDESK_VERSION "//EN";
  // TRANSLATORS: the calendar's name in calendar programs: the school's name.
  calendar.name = msg("{}: meetings with parents", store.school().value.text("name"));
  for (const Record* record : bookings) {
    const Value& v = record->value;
    Meeting m = meeting_of(v);
    IcsEvent event;
    event.uid = m.id;
    event.start = utc_seconds(m.date, TimeOfDay::from_minutes(m.start), zone);
    event.end = event.start + std::int64_t(m.end - m.start) * 60;
    event.stamp = last_revised(v).value_or(event.start);
    const Value* history = v.get("history");
    size_t entries = history && history->as_list() ? history->as_list()->size() : 0;
    event.sequence = entries > 1 ? int(entries - 1) : 0;
    event.status = v.text("status") == "cancelled" ? IcsStatus::cancelled : IcsStatus::confirmed;
    std::string cls = v.text("class").empty() ? "" : known.class_name(v.text("class"));
    std::string who = names == ParentNames::shown ? std::string(v.text("parent")) : "";
    // TRANSLATORS: the title of a calendar event: the visitor's name and the
    // class's name, when they are shown.
    if (!who.empty() && !cls.empty())
      event.summary = msg("Parent meeting: {} ({})", who, cls);
    else if (!who.empty())
      event.summary = msg("Parent meeting: {}", who);
    else if (!cls.empty())
      event.summary = msg("Parent meeting ({})", cls);
    else
      event.summary = tr("Parent meeting");
    if (const Record* host = staff_named(store, m.host))
      event.location = std::string(host->value.text("room"));
    std::string attendees;
    for (const auto& person : m.attendees)
      attendees += (attendees.empty() ? "" : ", ") + known.staff_name(person);
    add_line(event.description, tr("Host"), known.staff_name(m.host));
    add_line(event.description, tr("Attendees"), attendees);
    if (names == ParentNames::shown) {
      add_line(event.description, tr("Parent"), v.text("parent"));
      add_line(event.description, tr("Contact"), v.text("contact"));
      add_line(event.description, tr("Student"), v.text("student"));
      add_line(event.description, tr("Topic"), v.text("topic"));
    }
    add_line(event.description, tr("Booking"), m.id);
    calendar.events.push_back(std::move(event));
  }
  return calendar;
}

}  // namespace pd
