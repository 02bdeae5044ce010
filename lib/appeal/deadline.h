// The deadlines of appeals: when an answer is due, how far it may be
// extended, when a redirect must be made. Calendar days, or working days
// (weekends and holidays skipped) where school.yaml says `calendar: false`.
#pragma once

#include "appeal/status.h"
#include "core/date.h"
#include "school/calendar.h"
#include "school/settings.h"

namespace pd::appeal {

// A1: 15 calendar days for the administration; A2: 5 days for the class
// teacher (or what school.yaml says).
Deadline route_deadline(Route route, const SchoolSettings& settings);

// The due date of an appeal received on `received` on `route`: the deadline
// counted from the day after receipt, so a 15-day appeal received on
// 2026-11-24 is due on 2026-12-09.
Date due_date(Date received, Route route, const SchoolCalendar& calendar,
              const SchoolSettings& settings);

// A2: a class-teacher request escalated on `escalated_on` is due the official
// deadline after that day, whatever was left of the class teacher's time.
Date escalated_due(Date escalated_on, const SchoolCalendar& calendar,
                   const SchoolSettings& settings);

// The latest due date `extend` may set: max_extension_days calendar days
// after receipt.
Date latest_extension(Date received, const SchoolSettings& settings);

// The date by which an appeal outside the school's competence must be
// redirected to the body it belongs to (default 3 working days, counted
// from the next working day when received on a non-working day).
Date redirect_due(Date received, const SchoolCalendar& calendar, const SchoolSettings& settings);

// A1: an answer is on time when it is delivered on or before the due date.
bool on_time(Date delivered_on, Date due);

}  // namespace pd::appeal
