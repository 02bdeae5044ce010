#include "minutes/new_minutes.h"

#include <algorithm>

#include "core/error.h"
#include "core/i18n.h"
#include "minutes/attendance.h"
#include "minutes/kinds.h"
#include "minutes/numbering.h"
#include "output/enum_words.h"
#include "school/names.h"

namespace pd {

namespace {

// B3: the meeting's date, class and attendees come from its booking.
void fill_from_booking(MinutesInput& input, Value& minutes, Record& booking) {
  std::string booking_id(booking.id());
  if (input.kind.empty()) input.kind = "leadership";
  if (input.kind != "leadership")
    // TRANSLATORS: {} is the value of --kind, as typed: class_meeting, pta, ...
    throw Error(ExitCode::usage,
                msg("'--booking': only a leadership meeting has a booking, not a {}", input.kind));
  std::string_view status = booking.value.text("status");
  if (status == "cancelled" || status == "no_show")
    throw Error(ExitCode::refused,
                // TRANSLATORS: the booking's ID and its status ("cancelled", "no-show").
                msg("'{}': cannot keep minutes of a booking that is '{}'", booking_id,
                    enum_word("booking status", status)));
  if (std::string_view earlier = booking.value.text("minutes"); !earlier.empty())
    throw Error(ExitCode::refused,
                msg("'{}': the booking already has minutes '{}'", booking_id, earlier));

  Date date = *booking.value.date("date");
  if (input.date && *input.date != date)
    throw Error(ExitCode::usage, msg("'--date': the booking '{}' is on {}, not {}", booking_id,
                                     date.str(), input.date->str()));
  input.date = date;
  std::string booked_class(booking.value.text("class"));
  if (!input.class_id.empty() && !booked_class.empty() && input.class_id != booked_class)
    throw Error(ExitCode::usage, msg("'--class': the booking '{}' is for class {}, not {}",
                                     booking_id, booked_class, input.class_id));
  if (input.class_id.empty()) input.class_id = booked_class;

  List attendees;
  auto add = [&attendees](std::string_view staff) {
    if (!staff.empty() && std::none_of(attendees.begin(), attendees.end(), [staff](const Value& a) {
          return a.as_string() && *a.as_string() == staff;
        }))
      attendees.push_back(Value(std::string(staff)));
  };
  add(booking.value.text("host"));
  if (const Value* listed = booking.value.get("attendees"); listed && listed->as_list())
    for (const Value& staff : *listed->as_list())
      if (staff.as_string()) add(*staff.as_string());
  minutes.set("attendees", Value(std::move(attendees)));
  minutes.set("booking", Value(booking_id));
  booking.value.set("minutes", Value(std::string(minutes.text("id"))));
}

void set_text(Value& record, std::string_view field, const std::string& text) {
  if (!text.empty()) record.set(field, Value(text));
}

void set_count(Value& record, std::string_view field, std::optional<std::int64_t> count) {
  if (count) record.set(field, Value(*count));
}

}  // namespace

NewMinutes make_minutes(const MinutesInput& given, const Store& store, const std::string& id) {
  MinutesInput input = given;
  NewMinutes result;
  Value& minutes = result.minutes;
  minutes.set("id", Value(id));
  if (!input.booking.empty()) {
    result.booking = store.find("booking", input.booking);
    fill_from_booking(input, minutes, *result.booking);
  }
  if (input.kind.empty()) throw Error(ExitCode::usage, tr("missing --kind"));
  const auto& kinds = minutes_kinds();
  if (std::find(kinds.begin(), kinds.end(), input.kind) == kinds.end())
    throw Error(ExitCode::usage, msg("'--kind': expected one of {}, got '{}'",
                                     enum_choices("minutes kind"), input.kind));
  if (!input.date) throw Error(ExitCode::usage, tr("missing --date"));

  ClassRule rule = class_rule(input.kind);
  if (rule == ClassRule::required && input.class_id.empty())
    // TRANSLATORS: {} is the kind of minutes: "class parent meeting".
    throw Error(ExitCode::usage, msg("missing --class: a {} belongs to one class",
                                     enum_word("minutes kind", input.kind)));
  if (rule == ClassRule::refused && !input.class_id.empty())
    // TRANSLATORS: {} is the kind of minutes: "school parent meeting", "parent committee".
    throw Error(ExitCode::usage, msg("'--class': a {} is for the whole school, not one class",
                                     enum_word("minutes kind", input.kind)));
  if (input.kind != "survey" && (input.respondents || input.satisfied))
    throw Error(ExitCode::usage, msg("'--{}': only a survey has respondents and satisfied counts",
                                     input.respondents ? "respondents" : "satisfied"));
  if (!input.organizer.empty() && input.organizer != "school" && input.organizer != "parents")
    throw Error(ExitCode::usage,
                msg("'--organizer': expected school or parents, got '{}'", input.organizer));

  minutes.set("kind", Value(input.kind));
  minutes.set("number",
              Value(next_protocol_number(valid_records(store, "minutes"), input.kind, *input.date,
                                         SchoolSettings::from(store.school().value))));
  minutes.set("date", Value(*input.date));
  if (!input.class_id.empty()) {
    const Record& group = find_by_id(store, "class", input.class_id);
    minutes.set("class", Value(input.class_id));
    // The parents of the class are invited to its meeting.
    if (input.kind == "class_meeting" && !input.invited)
      input.invited = group.value.integer("parents");
  }
  set_text(minutes, "lang", input.lang);
  set_text(minutes, "title", input.title);
  set_text(minutes, "place", input.place);
  minutes.set("organizer", Value(input.organizer.empty() ? "school" : input.organizer));
  set_text(minutes, "chair", input.chair);
  set_text(minutes, "secretary", input.secretary);
  set_count(minutes, "invited", input.invited);
  set_count(minutes, "present", input.present);
  set_count(minutes, "respondents", input.respondents);
  set_count(minutes, "satisfied", input.satisfied);
  List agenda;
  for (const auto& item : input.agenda)
    if (item.find_first_not_of(" \n\t") != std::string::npos) agenda.push_back(Value(item));
  if (!agenda.empty()) minutes.set("agenda", Value(std::move(agenda)));
  set_text(minutes, "notes", input.notes);
  require_consistent_counts(minutes);
  return result;
}

}  // namespace pd
