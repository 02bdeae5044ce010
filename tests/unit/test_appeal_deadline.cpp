// appeal/deadline: due dates in calendar and working days, escalation,
// extension and redirect limits, across month, year and leap-day boundaries
// and holidays.
#include "appeal/deadline.h"

#include <doctest/doctest.h>

#include "test_appeal_support.h"

using pd::Date;
using pd::appeal::Route;

namespace {

struct Deadlines {
  pd::SchoolSettings settings = pd::test::appeal_settings();
  pd::SchoolCalendar calendar{settings};

  Date due(Date received, Route route) const {
    return pd::appeal::due_date(received, route, calendar, settings);
  }
};

}  // namespace

TEST_CASE("A1: an official appeal is due 15 calendar days after receipt") {
  Deadlines d;
  CHECK_EQ(d.due(Date(2026, 11, 24), Route::administration), Date(2026, 12, 9));
  CHECK_EQ(d.due(Date(2026, 11, 20), Route::administration), Date(2026, 12, 5));   // month
  CHECK_EQ(d.due(Date(2026, 12, 20), Route::administration), Date(2027, 1, 4));    // year
  CHECK_EQ(d.due(Date(2028, 2, 20), Route::administration), Date(2028, 3, 6));     // leap year
  CHECK_EQ(d.due(Date(2027, 2, 20), Route::administration), Date(2027, 3, 7));     // common year
  CHECK_EQ(d.due(Date(2028, 2, 14), Route::administration), Date(2028, 2, 29));    // on 29 Feb
  CHECK_EQ(d.due(Date(2026, 12, 1), Route::administration), Date(2026, 12, 16));   // a holiday
  CHECK_EQ(d.due(Date(2026, 11, 28), Route::administration), Date(2026, 12, 13));  // a Sunday
}

TEST_CASE("A2: a request to the class teacher is due 5 calendar days after receipt") {
  Deadlines d;
  CHECK_EQ(d.due(Date(2026, 11, 24), Route::class_teacher), Date(2026, 11, 29));
  CHECK_EQ(d.due(Date(2026, 11, 27), Route::class_teacher), Date(2026, 12, 2));
  CHECK_EQ(d.due(Date(2026, 12, 29), Route::class_teacher), Date(2027, 1, 3));
  CHECK_EQ(d.due(Date(2028, 2, 25), Route::class_teacher), Date(2028, 3, 1));
  CHECK_EQ(d.due(Date(2027, 2, 25), Route::class_teacher), Date(2027, 3, 2));
  // calendar days run through holidays: 16 Dec counts like any day
  CHECK_EQ(d.due(Date(2026, 12, 14), Route::class_teacher), Date(2026, 12, 19));
}

TEST_CASE("the deadlines of school.yaml replace the seeds'") {
  Deadlines d;
  d.settings.official = {10, true};
  d.settings.class_teacher = {3, true};
  CHECK_EQ(d.due(Date(2026, 11, 24), Route::administration), Date(2026, 12, 4));
  CHECK_EQ(d.due(Date(2026, 11, 24), Route::class_teacher), Date(2026, 11, 27));
  CHECK_EQ(pd::appeal::route_deadline(Route::class_teacher, d.settings).days, 3);
}

TEST_CASE("calendar: false counts working days from the day after receipt") {
  Deadlines d;
  d.settings.official = {15, false};
  d.settings.class_teacher = {5, false};
  // Tue 24 Nov: 25, 26, 27, 30 Nov, 1-4, 7-11, 14, 15 Dec
  CHECK_EQ(d.due(Date(2026, 11, 24), Route::administration), Date(2026, 12, 15));
  // Thu 10 Dec: 11, 14, 15, (16 a holiday), 17, 18
  CHECK_EQ(d.due(Date(2026, 12, 10), Route::class_teacher), Date(2026, 12, 18));
  // Mon 28 Dec: 29, 30, 31, (1 Jan holiday, weekend, 4 Jan holiday), 5, 6
  CHECK_EQ(d.due(Date(2026, 12, 28), Route::class_teacher), Date(2027, 1, 6));
  // received on a Saturday: counts as received on Monday, due Monday a week on
  CHECK_EQ(d.due(Date(2026, 11, 28), Route::class_teacher), Date(2026, 12, 7));
  // Fri 25 Feb 2028: 28, 29 Feb (a leap day, a Tuesday), 1, 2, 3 Mar
  CHECK_EQ(d.due(Date(2028, 2, 25), Route::class_teacher), Date(2028, 3, 3));
  // Thu 25 Feb 2027: 26 Feb, 1, 2, 3, 4 Mar
  CHECK_EQ(d.due(Date(2027, 2, 25), Route::class_teacher), Date(2027, 3, 4));
  // (8 Mar 2027, a Monday, is a holiday) Fri 5 Mar: 9, 10, 11, 12, 15
  CHECK_EQ(d.due(Date(2027, 3, 5), Route::class_teacher), Date(2027, 3, 15));
}

TEST_CASE("calendar: false counts a moved working Saturday") {
  Deadlines d;
  d.settings.class_teacher = {2, false};
  d.settings.workdays = {Date(2026, 12, 19)};
  CHECK_EQ(d.due(Date(2026, 12, 17), Route::class_teacher), Date(2026, 12, 19));
}

TEST_CASE("A2: an escalated request is due the official deadline after the escalation") {
  Deadlines d;
  CHECK_EQ(pd::appeal::escalated_due(Date(2026, 11, 26), d.calendar, d.settings),
           Date(2026, 12, 11));
  CHECK_EQ(pd::appeal::escalated_due(Date(2026, 12, 30), d.calendar, d.settings),
           Date(2027, 1, 14));
  CHECK_EQ(pd::appeal::escalated_due(Date(2028, 2, 15), d.calendar, d.settings), Date(2028, 3, 1));
  d.settings.official = {15, false};
  CHECK_EQ(pd::appeal::escalated_due(Date(2026, 12, 10), d.calendar, d.settings),
           Date(2027, 1, 5));  // 11..31 Dec: 14 working days without 16 Dec; then 5 Jan
}

TEST_CASE("extend: the latest due date is max_extension_days after receipt") {
  Deadlines d;
  CHECK_EQ(pd::appeal::latest_extension(Date(2026, 11, 24), d.settings), Date(2027, 1, 23));
  CHECK_EQ(pd::appeal::latest_extension(Date(2027, 12, 31), d.settings), Date(2028, 2, 29));
  CHECK_EQ(pd::appeal::latest_extension(Date(2026, 12, 31), d.settings), Date(2027, 3, 1));
  d.settings.max_extension_days = 30;
  CHECK_EQ(pd::appeal::latest_extension(Date(2026, 11, 24), d.settings), Date(2026, 12, 24));
}

TEST_CASE("redirect: 3 working days from receipt") {
  Deadlines d;
  CHECK_EQ(pd::appeal::redirect_due(Date(2026, 11, 24), d.calendar, d.settings),
           Date(2026, 11, 27));
  CHECK_EQ(pd::appeal::redirect_due(Date(2026, 11, 27), d.calendar, d.settings),
           Date(2026, 12, 2));  // Friday: Mon, Tue, Wed
  CHECK_EQ(pd::appeal::redirect_due(Date(2026, 11, 28), d.calendar, d.settings),
           Date(2026, 12, 3));  // Saturday: registered on Monday; Tue, Wed, Thu
  CHECK_EQ(pd::appeal::redirect_due(Date(2026, 12, 14), d.calendar, d.settings),
           Date(2026, 12, 18));  // across the 16 Dec holiday
  CHECK_EQ(pd::appeal::redirect_due(Date(2026, 12, 30), d.calendar, d.settings),
           Date(2027, 1, 6));  // 31 Dec, (1, 4 Jan), 5, 6
  d.settings.redirect = {5, true};
  CHECK_EQ(pd::appeal::redirect_due(Date(2026, 12, 30), d.calendar, d.settings), Date(2027, 1, 4));
}

TEST_CASE("A1: on time means delivered on or before the due date") {
  CHECK(pd::appeal::on_time(Date(2026, 12, 8), Date(2026, 12, 9)));
  CHECK(pd::appeal::on_time(Date(2026, 12, 9), Date(2026, 12, 9)));
  CHECK_FALSE(pd::appeal::on_time(Date(2026, 12, 10), Date(2026, 12, 9)));
  CHECK_FALSE(pd::appeal::on_time(Date(2027, 1, 1), Date(2026, 12, 31)));
}

TEST_CASE("APPC: 15 working days, an appeal received on a non-working day counting from the next") {
  Deadlines d;
  d.settings.official = {15, false};  // a state school
  // Fri 27 Nov: Mon 30 Nov is day 1, (16 Dec a holiday), Mon 21 Dec day 15
  CHECK_EQ(d.due(Date(2026, 11, 27), Route::administration), Date(2026, 12, 21));
  // Sat 28 and Sun 29 Nov count as received on Mon 30 Nov: day 1 is Tue 1 Dec
  CHECK_EQ(d.due(Date(2026, 11, 28), Route::administration), Date(2026, 12, 22));
  CHECK_EQ(d.due(Date(2026, 11, 29), Route::administration), Date(2026, 12, 22));
  CHECK_EQ(d.due(Date(2026, 11, 30), Route::administration), Date(2026, 12, 22));
  // on the holiday Wed 16 Dec: received Thu 17; 18 Dec .. 12 Jan without 1, 4, 7 Jan
  CHECK_EQ(d.due(Date(2026, 12, 16), Route::administration), Date(2027, 1, 12));
  // the day before the holiday: day 1 is Thu 17 Dec
  CHECK_EQ(d.due(Date(2026, 12, 15), Route::administration), Date(2027, 1, 11));
  // a private school's 15 calendar days: a Saturday's appeal counts from Sunday
  d.settings.official = {15, true};
  CHECK_EQ(d.due(Date(2026, 11, 28), Route::administration), Date(2026, 12, 13));
}

TEST_CASE("working days: a moved working Saturday is a day of receipt and of the count") {
  Deadlines d;
  d.settings.official = {15, false};
  d.settings.workdays = {Date(2026, 12, 19)};
  // received on the working Saturday: day 1 is Mon 21 Dec
  CHECK_EQ(d.due(Date(2026, 12, 19), Route::administration), Date(2027, 1, 13));
  d.settings.workdays.clear();
  // the same Saturday not worked: received Mon 21, day 1 Tue 22
  CHECK_EQ(d.due(Date(2026, 12, 19), Route::administration), Date(2027, 1, 14));
}

TEST_CASE("working days: a deadline never ends on a holiday; calendar days may") {
  Deadlines d;
  d.settings.class_teacher = {5, false};
  // Wed 9 Dec: 10, 11, 14, 15, (16 a holiday), 17
  CHECK_EQ(d.due(Date(2026, 12, 9), Route::class_teacher), Date(2026, 12, 17));
  // Sun 3 Jan before the holiday Mon 4 Jan: received Tue 5; 6, (7), 8, 11, 12, 13
  CHECK_EQ(d.due(Date(2027, 1, 3), Route::class_teacher), Date(2027, 1, 13));
  d.settings.class_teacher = {5, true};
  CHECK_EQ(d.due(Date(2026, 12, 11), Route::class_teacher), Date(2026, 12, 16));
}

TEST_CASE("working days: an escalation on a non-working day counts from the next working day") {
  Deadlines d;
  d.settings.official = {15, false};
  CHECK_EQ(pd::appeal::escalated_due(Date(2026, 11, 27), d.calendar, d.settings),
           Date(2026, 12, 21));  // Friday
  CHECK_EQ(pd::appeal::escalated_due(Date(2026, 11, 28), d.calendar, d.settings),
           Date(2026, 12, 22));  // Saturday: as on Monday
  CHECK_EQ(pd::appeal::escalated_due(Date(2026, 12, 16), d.calendar, d.settings),
           Date(2027, 1, 12));  // the holiday: as on Thursday
}
