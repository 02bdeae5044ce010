// iCalendar (RFC 5545): a calendar of events for calendar programs. CRLF line
// ends, long lines folded at 75 octets, TEXT values escaped, times in UTC.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pd {

enum class IcsStatus { confirmed, cancelled };

// A person of an event: the name (CN) and a calendar user address, a URI
// (`mailto:` with an e-mail, else the staff member's URN).
struct IcsPerson {
  std::string name;
  std::string address;
};

// One VEVENT; times are seconds since the epoch, written in UTC.
struct IcsEvent {
  std::string uid;          // stable across exports: the record's ID
  std::int64_t stamp = 0;   // DTSTAMP: when the event was last revised
  std::int64_t start = 0;   // DTSTART
  std::int64_t end = 0;     // DTEND
  int sequence = 0;         // SEQUENCE: revisions after the first
  std::string summary;      // plain text, escaped on writing
  std::string description;  // plain text, may hold newlines; left out when empty
  std::string location;     // left out when empty
  IcsStatus status = IcsStatus::confirmed;
  IcsPerson organizer;               // ORGANIZER: the host
  std::vector<IcsPerson> attendees;  // ATTENDEE: required participants, not yet answered
  int alarm_minutes = 0;             // a VALARM (display) this long before; none when 0
};

// The school's zone, as a VTIMEZONE: the calendar always holds one
// component, even for a range without bookings (RFC 5545 3.6 wants one or
// more); the events themselves are in UTC, so none refers to it.
struct IcsZone {
  std::string tzid;        // Asia/Almaty
  int offset_minutes = 0;  // its offset from UTC on the day of the export
};

struct IcsCalendar {
  std::string prodid;  // "-//parentdesk//book 0.1.0//EN"
  std::string name;    // X-WR-CALNAME, left out when empty
  IcsZone zone;
  // METHOD:PUBLISH, a feed for subscribers (RFC 5546 3.2.1): it allows no
  // ATTENDEE, so the attendees are then left out (DESCRIPTION names them).
  // Without it the file is a plain calendar, not an iTIP message, and carries
  // ORGANIZER and ATTENDEE both.
  bool publish = false;
  std::vector<IcsEvent> events;
};

// The whole VCALENDAR object, every line folded and ended with CRLF.
std::string render_ics(const IcsCalendar& calendar);

// A TEXT value escaped: backslash, semicolon and comma get a backslash, a
// newline becomes `\n`; other control characters are dropped.
std::string ics_text(std::string_view text);

// One content line folded so that no line exceeds 75 octets (CRLF, then a
// space, before each continuation), never inside a UTF-8 sequence; ends with
// CRLF.
std::string ics_fold(std::string_view line);

// `20261126T103000Z`: a UTC date-time of seconds since the epoch.
std::string ics_utc(std::int64_t seconds);

}  // namespace pd
