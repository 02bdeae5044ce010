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

std::string render_ics(const IcsCalendar& calendar) {
  std::string out;
  auto line = [&out](std::string_view name, std::string_view value) {
    out += ics_fold(std::string(name) + ":" + std::string(value));
  };
  line("BEGIN", "VCALENDAR");
  line("VERSION", "2.0");
  line("PRODID", calendar.prodid);
  line("CALSCALE", "GREGORIAN");
  if (!calendar.name.empty()) line("X-WR-CALNAME", ics_text(calendar.name));
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
    line("END", "VEVENT");
  }
  line("END", "VCALENDAR");
  return out;
}

}  // namespace pd
