#include "appeal/deadline.h"

namespace pd::appeal {

Deadline route_deadline(Route route, const SchoolSettings& settings) {
  return route == Route::class_teacher ? settings.class_teacher : settings.official;
}

Date due_date(Date received, Route route, const SchoolCalendar& calendar,
              const SchoolSettings& settings) {
  return calendar.due_from_receipt(received, route_deadline(route, settings));
}

Date escalated_due(Date escalated_on, const SchoolCalendar& calendar,
                   const SchoolSettings& settings) {
  // The administration receives the request on the day of the escalation.
  return calendar.due_from_receipt(escalated_on, settings.official);
}

Date latest_extension(Date received, const SchoolSettings& settings) {
  return received.plus_days(settings.max_extension_days);
}

Date redirect_due(Date received, const SchoolCalendar& calendar, const SchoolSettings& settings) {
  // As the answer's due date: received on a non-working day, the count of
  // working days starts from the next working day.
  return calendar.due_from_receipt(received, settings.redirect);
}

bool on_time(Date delivered_on, Date due) {
  return delivered_on <= due;
}

}  // namespace pd::appeal
