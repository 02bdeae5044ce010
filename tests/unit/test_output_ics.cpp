// output/ics: RFC 5545 lines, folding, TEXT escaping and UTC times.
#include "output/ics.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/utf8.h"

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
    lines.push_back(text.substr(start, end - start));
  CHECK_EQ(start, text.size());  // every line ends with CRLF
  return lines;
}

// RFC 5545 3.1: unfolding removes every CRLF followed by one space.
std::string unfold(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and newline") {
  CHECK_EQ(pd::ics_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  CHECK_EQ(pd::ics_text("Иванова: 7Б"), "Иванова: 7Б");  // a colon needs no escape in TEXT
  CHECK_EQ(pd::ics_text("tab\there\x1b[31m\r"), "tab\there[31m");
}

TEST_CASE("lines are folded at 75 octets, continuations start with a space") {
  std::string line(75, 'x');
  CHECK_EQ(pd::ics_fold(line), line + "\r\n");
  std::string folded = pd::ics_fold(std::string(76, 'x'));
  CHECK_EQ(folded, std::string(75, 'x') + "\r\n x\r\n");
  // A continuation holds the space and 74 octets.
  folded = pd::ics_fold(std::string(75 + 74 + 1, 'y'));
  auto lines = lines_of(folded);
  REQUIRE_EQ(lines.size(), 3);
  CHECK_EQ(lines[0].size(), 75);
  CHECK_EQ(lines[1].size(), 75);
  CHECK_EQ(lines[2], " y");
}

TEST_CASE("folding never splits a UTF-8 sequence") {
  // "SUMMARY:" is 8 octets, then two-octet Cyrillic letters: octet 75 would
  // fall in the middle of the 34th letter.
  std::string value;
  for (int i = 0; i < 100; ++i)
    value += "Ж";
  std::string line = "SUMMARY:" + value;
  std::string folded = pd::ics_fold(line);
  for (const auto& l : lines_of(folded)) {
    CHECK_LE(l.size(), 75);
    CHECK_FALSE(pd::utf8::find_invalid(l));  // each physical line is valid UTF-8 by itself
  }
  CHECK_EQ(lines_of(folded)[0].size(), 74);  // 8 + 33 letters of 2 octets
  CHECK_EQ(unfold(folded), line + "\r\n");
  // Three- and four-octet sequences too.
  std::string wide = "DESCRIPTION:" + std::string(62, 'a') + "€€😀😀";
  for (const auto& l : lines_of(pd::ics_fold(wide)))
    CHECK_FALSE(pd::utf8::find_invalid(l));
  CHECK_EQ(unfold(pd::ics_fold(wide)), wide + "\r\n");
}

TEST_CASE("UTC date-times") {
  CHECK_EQ(pd::ics_utc(0), "19700101T000000Z");
  CHECK_EQ(pd::ics_utc(1795689000), "20261126T103000Z");
  CHECK_EQ(pd::ics_utc(-1), "19691231T235959Z");
}

TEST_CASE("a calendar: VERSION, PRODID, one VEVENT per event, CRLF everywhere") {
  pd::IcsCalendar calendar;
  calendar.prodid = "-//parentdesk//book 0.1.0//EN";
  calendar.name = "Школа, приём";
  calendar.zone = {"Asia/Almaty", 300};
  pd::IcsEvent event;
  event.organizer = {"Жумабекова \"Г\"; С.", "mailto:g@school.kz"};
  event.attendees = {{"Омарова, Д.", "urn:x-parentdesk:staff:omarova"}};
  event.alarm_minutes = 30;
  event.uid = "B-20261124-K7QM";
  event.stamp = 1795491600;
  event.start = 1795689000;
  event.end = 1795690200;
  event.sequence = 1;
  event.summary = "Parent meeting (7Б)";
  event.location = "каб. 201";
  event.description = "Host: Жумабекова\nBooking: B-20261124-K7QM";
  calendar.events.push_back(event);
  event.uid = "B-20261124-X2PD";
  event.description.clear();
  event.location.clear();
  event.status = pd::IcsStatus::cancelled;
  calendar.events.push_back(event);
  CHECK_EQ(pd::render_ics(calendar),
           "BEGIN:VCALENDAR\r\n"
           "VERSION:2.0\r\n"
           "PRODID:-//parentdesk//book 0.1.0//EN\r\n"
           "CALSCALE:GREGORIAN\r\n"
           "X-WR-CALNAME:Школа\\, приём\r\n"
           "BEGIN:VTIMEZONE\r\n"
           "TZID:Asia/Almaty\r\n"
           "BEGIN:STANDARD\r\n"
           "DTSTART:19700101T000000\r\n"
           "TZOFFSETFROM:+0500\r\n"
           "TZOFFSETTO:+0500\r\n"
           "END:STANDARD\r\n"
           "END:VTIMEZONE\r\n"
           "BEGIN:VEVENT\r\n"
           "UID:B-20261124-K7QM\r\n"
           "DTSTAMP:20261124T034000Z\r\n"
           "DTSTART:20261126T103000Z\r\n"
           "DTEND:20261126T105000Z\r\n"
           "SEQUENCE:1\r\n"
           "SUMMARY:Parent meeting (7Б)\r\n"
           "LOCATION:каб. 201\r\n"
           "DESCRIPTION:Host: Жумабекова\\nBooking: B-20261124-K7QM\r\n"
           "STATUS:CONFIRMED\r\n"
           // A parameter is quoted, without the double quotes it cannot hold.
           "ORGANIZER;CN=\"Жумабекова Г; С.\":mailto:g@school.kz\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=\"\r\n"
           " Омарова, Д.\":urn:x-parentdesk:staff:omarova\r\n"
           "BEGIN:VALARM\r\n"
           "ACTION:DISPLAY\r\n"
           "DESCRIPTION:Parent meeting (7Б)\r\n"
           "TRIGGER:-PT30M\r\n"
           "END:VALARM\r\n"
           "END:VEVENT\r\n"
           "BEGIN:VEVENT\r\n"
           "UID:B-20261124-X2PD\r\n"
           "DTSTAMP:20261124T034000Z\r\n"
           "DTSTART:20261126T103000Z\r\n"
           "DTEND:20261126T105000Z\r\n"
           "SEQUENCE:1\r\n"
           "SUMMARY:Parent meeting (7Б)\r\n"
           "STATUS:CANCELLED\r\n"
           // No reminder of a cancelled meeting.
           "ORGANIZER;CN=\"Жумабекова Г; С.\":mailto:g@school.kz\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=\"\r\n"
           " Омарова, Д.\":urn:x-parentdesk:staff:omarova\r\n"
           "END:VEVENT\r\n"
           "END:VCALENDAR\r\n");
  // A feed: METHOD:PUBLISH, which allows no ATTENDEE (RFC 5546 3.2.1).
  calendar.publish = true;
  std::string feed = pd::render_ics(calendar);
  CHECK(
      feed.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//parentdesk//book 0.1.0//EN\r\n"
                       "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"));
  CHECK(feed.find("ATTENDEE") == std::string::npos);
  CHECK(feed.find("ORGANIZER") != std::string::npos);
  // No bookings: still one component, the zone.
  calendar.events.clear();
  CHECK(pd::render_ics(calendar).find("BEGIN:VTIMEZONE\r\n") != std::string::npos);
}
