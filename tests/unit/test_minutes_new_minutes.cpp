// minutes/new_minutes: a new record from the command line's values, and the
// link to a booking (B3).
#include "minutes/new_minutes.h"

#include <doctest/doctest.h>

#include "store/store_init.h"
#include "test_minutes_fixtures.h"
#include "test_support.h"

using pd::Date;
using pd::ExitCode;
using pd::test::error_of;

namespace {

constexpr const char* kId = "M-20261124-N3W1";

std::string booking_yaml(const std::string& status, const std::string& minutes) {
  return "id: B-20261110-BK01\nstatus: " + status +
         "\nhost: zhumabekova\ndate: 2026-11-17\ntime: \"15:30\"\nlength: 20\n"
         "parent: Родитель\nclass: 7B\ntopic: Перевод\nattendees: [omarova, ivanova]\n" +
         (minutes.empty() ? "" : "minutes: " + minutes + "\n") +
         "history:\n  - at: 2026-11-10T10:00:00+05:00\n    by: omarova\n    action: booked\n";
}

// A store with class 7B (41 parents) and, optionally, a booking.
struct Fixture {
  pd::test::TempDir dir;
  Fixture() {
    pd::init_store(dir.path(), "Школа", Date(2026, 11, 24));
    pd::test::write_file(dir / "classes/7B.yaml",
                         "id: 7B\nname: 7Б\nteacher: ivanova\nstudents: 24\nparents: 41\n");
  }
  void booking(const std::string& status, const std::string& minutes = "") {
    pd::test::write_file(dir / "bookings/2026/B-20261110-BK01.yaml", booking_yaml(status, minutes));
  }
  pd::NewMinutes make(const pd::MinutesInput& input) {
    return pd::make_minutes(input, pd::Store(dir.path()), kId);
  }
  std::pair<ExitCode, std::string> refusal(const pd::MinutesInput& input) {
    pd::Store store(dir.path());
    return error_of([&] { pd::make_minutes(input, store, kId); });
  }
};

pd::MinutesInput meeting(std::string kind, std::string class_id = "") {
  pd::MinutesInput input;
  input.kind = std::move(kind);
  input.date = Date(2026, 9, 18);
  input.class_id = std::move(class_id);
  return input;
}

}  // namespace

TEST_CASE("a class meeting invites the class's parents and is organised by the school") {
  Fixture f;
  pd::MinutesInput input = meeting("class_meeting", "7B");
  input.present = 30;
  input.agenda = {"Итоги четверти", "  "};
  pd::NewMinutes made = f.make(input);
  CHECK_FALSE(made.booking.has_value());
  const pd::Value& m = made.minutes;
  CHECK(m.text("id") == kId);
  CHECK(m.text("kind") == "class_meeting");
  CHECK(m.date("date") == Date(2026, 9, 18));
  CHECK(m.text("class") == "7B");
  CHECK(m.integer("invited") == 41);
  CHECK(m.integer("present") == 30);
  CHECK(m.text("organizer") == "school");
  REQUIRE(m.get("agenda") != nullptr);
  CHECK(m.get("agenda")->as_list()->size() == 1);  // the blank item is dropped
  CHECK(m.get("title") == nullptr);

  input.invited = 35;
  input.organizer = "parents";
  pd::NewMinutes given = f.make(input);
  CHECK(given.minutes.integer("invited") == 35);
  CHECK(given.minutes.text("organizer") == "parents");
}

TEST_CASE("the class rule of each kind") {
  Fixture f;
  CHECK(f.refusal(meeting("class_meeting")) ==
        std::pair{ExitCode::usage, std::string("missing --class: a class parent meeting belongs "
                                               "to one class")});
  CHECK(f.refusal(meeting("school_meeting", "7B")) ==
        std::pair{ExitCode::usage,
                  std::string("'--class': a school parent meeting is for the whole school, not "
                              "one class")});
  CHECK(f.refusal(meeting("pta", "7B")).first == ExitCode::usage);
  CHECK(f.refusal(meeting("class_meeting", "7V")) ==
        std::pair{ExitCode::not_found, std::string("no class '7V' (did you mean '7B'?)")});
  CHECK(f.make(meeting("education", "7B")).minutes.text("class") == "7B");
  CHECK(f.make(meeting("education")).minutes.get("class") == nullptr);
  CHECK(f.make(meeting("pta")).minutes.get("invited") == nullptr);
}

TEST_CASE("counts: present at most invited; survey counts only for surveys") {
  Fixture f;
  pd::MinutesInput crowded = meeting("class_meeting", "7B");
  crowded.present = 42;
  CHECK(f.refusal(crowded) ==
        std::pair{ExitCode::refused, std::string("'present': 42 is more than 'invited' (41)")});

  pd::MinutesInput counted = meeting("school_meeting");
  counted.respondents = 10;
  CHECK(f.refusal(counted) ==
        std::pair{ExitCode::usage,
                  std::string("'--respondents': only a survey has respondents and satisfied "
                              "counts")});
  pd::MinutesInput survey = meeting("survey");
  survey.respondents = 120;
  survey.satisfied = 98;
  pd::NewMinutes made = f.make(survey);
  CHECK(made.minutes.integer("respondents") == 120);
  CHECK(made.minutes.integer("satisfied") == 98);
  survey.satisfied = 121;
  CHECK(f.refusal(survey).first == ExitCode::refused);
}

TEST_CASE("unknown kind, organizer, and missing values are usage errors") {
  Fixture f;
  CHECK(f.refusal(meeting("meeting")) ==
        std::pair{ExitCode::usage,
                  std::string("'--kind': expected one of class_meeting (class parent meeting), "
                              "school_meeting (school parent meeting), pta (parent committee), "
                              "leadership (meeting with the leadership), education (education of "
                              "parents), event, diagnostics, survey, got 'meeting'")});
  pd::MinutesInput organised = meeting("event");
  organised.organizer = "pta";
  CHECK(f.refusal(organised).first == ExitCode::usage);
  pd::MinutesInput undated = meeting("event");
  undated.date.reset();
  CHECK(f.refusal(undated) == std::pair{ExitCode::usage, std::string("missing --date")});
}

TEST_CASE("a booking fills date, class and attendees, and is marked as having minutes") {
  Fixture f;
  f.booking("done");
  pd::MinutesInput input;
  input.booking = "BK01";
  pd::NewMinutes made = f.make(input);
  const pd::Value& m = made.minutes;
  CHECK(m.text("kind") == "leadership");
  CHECK(m.date("date") == Date(2026, 11, 17));
  CHECK(m.text("class") == "7B");
  CHECK(m.text("booking") == "B-20261110-BK01");
  std::vector<std::string> attendees;
  for (const auto& a : *m.get("attendees")->as_list())
    attendees.push_back(*a.as_string());
  CHECK(attendees == std::vector<std::string>{"zhumabekova", "omarova", "ivanova"});
  CHECK(m.get("invited") == nullptr);  // not a class meeting
  REQUIRE(made.booking.has_value());
  CHECK(made.booking->file == "bookings/2026/B-20261110-BK01.yaml");
  CHECK(made.booking->value.text("minutes") == kId);
}

TEST_CASE("a booking refuses other kinds, other dates, and a second set of minutes") {
  Fixture f;
  f.booking("booked");
  pd::MinutesInput input;
  input.booking = "BK01";
  input.kind = "class_meeting";
  CHECK(f.refusal(input) ==
        std::pair{ExitCode::usage,
                  std::string("'--booking': only a leadership meeting has a booking, not a "
                              "class_meeting")});
  input.kind = "leadership";
  input.date = Date(2026, 11, 18);
  CHECK(f.refusal(input) ==
        std::pair{ExitCode::usage, std::string("'--date': the booking 'B-20261110-BK01' is on "
                                               "2026-11-17, not 2026-11-18")});
  input.date.reset();
  input.class_id = "8A";
  CHECK(f.refusal(input).first == ExitCode::usage);
  input.class_id.clear();
  CHECK(f.make(input).minutes.date("date") == Date(2026, 11, 17));  // booked, not yet done

  f.booking("done", "M-20261117-AAAA");
  CHECK(f.refusal(input) ==
        std::pair{ExitCode::refused, std::string("'B-20261110-BK01': the booking already has "
                                                 "minutes 'M-20261117-AAAA'")});
  f.booking("cancelled");
  CHECK(f.refusal(input) ==
        std::pair{ExitCode::refused, std::string("'B-20261110-BK01': cannot keep minutes of a "
                                                 "booking that is 'cancelled'")});
  input.booking = "ZZZZ";
  CHECK(f.refusal(input) ==
        std::pair{ExitCode::not_found, std::string("no booking matches 'ZZZZ'")});
}
