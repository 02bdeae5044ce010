#include "output/ics.h"

#include <fmt/format.h>

#include "core/date.h"

namespace pd {

namespace {

constexpr size_t kMaxOctets = 75;

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

}  // namespace

std::string ics_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        // RFC 5545 3.3.11: control characters other than HTAB are not TEXT.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) break;
        out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  size_t limit = kMaxOctets;  // the first line; continuations lose one to the space
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && is_continuation_byte(line[cut]))
      --cut;
    if (cut == 0) cut = limit;  // not UTF-8: cut anywhere rather than loop
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string ics_utc(std::int64_t seconds) {
  std::int64_t days = floor_div(seconds, 86400);
  std::int64_t rest = seconds - days * 86400;
  Date date = Date(1970, 1, 1).plus_days(int(days));
  return fmt::format("{}T{:02}{:02}{:02}Z", date.compact(), rest / 3600, rest / 60 % 60, rest % 60);
}

namespace {

// A parameter value (RFC 5545 3.2): quoted, as a name may hold a comma, a
// colon or a semicolon; a double quote cannot be quoted and is dropped, and
// so are control characters.
std::string quoted_param(std::string_view value) {
  std::string out = "\"";
  for (char c : value)
    if (c != '"' && static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  return out + "\"";
}

// `+0500`: an offset from UTC in minutes.
std::string utc_offset(int minutes) {
  int whole = minutes < 0 ? -minutes : minutes;
  return fmt::format("{}{:02}{:02}", minutes < 0 ? '-' : '+', whole / 60, whole % 60);
}

}  // namespace

std::string render_ics(const IcsCalendar& calendar) {
  std::string out;
  auto line = [&out](std::string_view name, std::string_view value) {
    out += ics_fold(std::string(name) + ":" + std::string(value));
  };
  line("BEGIN", "VCALENDAR");
  line("VERSION", "2.0");
  line("PRODID", calendar.prodid);
  line("CALSCALE", "GREGORIAN");
  if (calendar.publish) line("METHOD", "PUBLISH");
  if (!calendar.name.empty()) line("X-WR-CALNAME", ics_text(calendar.name));
  line("BEGIN", "VTIMEZONE");
  line("TZID", ics_text(calendar.zone.tzid));
  line("BEGIN", "STANDARD");
  line("DTSTART", "19700101T000000");
  line("TZOFFSETFROM", utc_offset(calendar.zone.offset_minutes));
  line("TZOFFSETTO", utc_offset(calendar.zone.offset_minutes));
  line("END", "STANDARD");
  line("END", "VTIMEZONE");
  for (const auto& event : calendar.events) {
    line("BEGIN", "VEVENT");
    line("UID", ics_text(event.uid));
    line("DTSTAMP", ics_utc(event.stamp));
    line("DTSTART", ics_utc(event.start));
    line("DTEND", ics_utc(event.end));
    line("SEQUENCE", std::to_string(event.sequence));
    line("SUMMARY", ics_text(event.summary));
    if (!event.location.empty()) line("LOCATION", ics_text(event.location));
    if (!event.description.empty()) line("DESCRIPTION", ics_text(event.description));
    line("STATUS", event.status == IcsStatus::cancelled ? "CANCELLED" : "CONFIRMED");
    line("ORGANIZER;CN=" + quoted_param(event.organizer.name), event.organizer.address);
    if (!calendar.publish)
      for (const auto& person : event.attendees)
        line("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=" +
                 quoted_param(person.name),
             person.address);
    if (event.alarm_minutes > 0 && event.status != IcsStatus::cancelled) {
      line("BEGIN", "VALARM");
      line("ACTION", "DISPLAY");
      line("DESCRIPTION", ics_text(event.summary));
      line("TRIGGER", fmt::format("-PT{}M", event.alarm_minutes));
      line("END", "VALARM");
    }
    line("END", "VEVENT");
  }
  line("END", "VCALENDAR");
  return out;
}

}  // namespace pd
