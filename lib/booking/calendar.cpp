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

// The calendar user address of a staff member (RFC 5545 3.3.3, a URI): the
// e-mail when the staff file has one, else a name of the staff ID that no
// mail system resolves, so that calendar programs still tell people apart.
IcsPerson person_of(const Store& store, const Names& known, std::string_view id) {
  const Record* staff = staff_named(store, id);
  std::string_view email = staff ? staff->value.text("email") : "";
  return {known.staff_name(id), email.empty() ? "urn:x-parentdesk:staff:" + std::string(id)
                                              : "mailto:" + std::string(email)};
}

// The title: the host first, so that in a calendar of all hosts the events
// are told apart; the visitor and the class when they are shown.
std::string summary_of(const std::string& host, const std::string& who, const std::string& cls) {
  // TRANSLATORS: the title of a calendar event: the host's name, then the
  // visitor's name and the class's name, when they are shown.
  if (!who.empty() && !cls.empty()) return msg("{}: parent meeting, {} ({})", host, who, cls);
  if (!who.empty()) return msg("{}: parent meeting, {}", host, who);
  if (!cls.empty()) return msg("{}: parent meeting ({})", host, cls);
  return msg("{}: parent meeting", host);
}

// "Host: Жумабекова Г. С.": `label` in the interface language.
void add_line(std::string& text, const std::string& label, std::string_view value) {
  if (value.empty()) return;
  text += (text.empty() ? "" : "\n") + label + ": " + std::string(value);
}

}  // namespace

IcsCalendar booking_calendar(const Store& store, const std::vector<const Record*>& bookings,
                             const std::string& zone, Date today, const CalendarOptions& options) {
  ParentNames names = options.names;
  Names known = load_names(store);
  IcsCalendar calendar;
  calendar.prodid = "-//parentdesk//book " PARENTDESK_VERSION "//EN";
  calendar.publish = options.publish;
  calendar.zone = {zone, utc_offset_minutes(today, zone)};
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
    event.summary = summary_of(known.staff_name(m.host), who, cls);
    event.organizer = person_of(store, known, m.host);
    for (const auto& person : m.attendees)
      if (person != m.host) event.attendees.push_back(person_of(store, known, person));
    event.alarm_minutes = options.alarm_minutes;
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
