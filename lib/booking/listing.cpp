#include "booking/listing.h"

#include <algorithm>
#include <tuple>

#include "booking/meeting.h"
#include "core/did_you_mean.h"
#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

namespace {

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> values = [] {
    std::vector<std::string> v;
    for (const auto& value : schema_for("booking").root.field("status")->values)
      v.push_back(value);
    return v;
  }();
  return values;
}

Cell text_cell(const Value& record, std::string_view field) {
  std::string_view text = record.text(field);
  return text.empty() ? Cell{} : Cell{std::string(text)};
}

// The word a person reads for a stored value, in a table.
Cell word_cell(const Value& record, std::string_view field, std::string_view words) {
  std::string_view text = record.text(field);
  return text.empty() ? Cell{} : Cell{enum_word(words, text)};
}

// A list of texts: an array in JSON, joined with ", " in CSV.
Cell list_cell(const Value* list) {
  std::vector<std::string> items;
  if (list && list->as_list())
    for (const auto& item : *list->as_list())
      if (item.as_string()) items.push_back(*item.as_string());
  return items;
}

}  // namespace

std::string status_filter(std::string_view text) {
  if (text.empty() || text == "all") return {};
  std::string status(text);
  std::replace(status.begin(), status.end(), '-', '_');
  const auto& known = statuses();
  if (std::find(known.begin(), known.end(), status) != known.end()) return status;
  if (auto value = enum_value("booking status", text)) return *value;  // «отменена»
  std::string names = "all";
  for (const auto& s : known)
    names += ", " + s;
  auto near = did_you_mean(status, known);
  throw Error(ExitCode::usage, msg("--status: expected one of {}, got '{}'{}", names, text,
                                   near ? msg(" (did you mean '{}'?)", *near) : ""));
}

std::pair<Date, Date> week_of(Date day) {
  Date monday = day.plus_days(-int(day.weekday()));
  return {monday, monday.plus_days(6)};
}

std::vector<const Record*> select_bookings(const Store& store, const BookingFilter& filter) {
  std::vector<const Record*> selected;
  for (const auto& record : store.records("booking")) {
    const Value& v = record.value;
    Date date = v.date("date").value_or(Date());
    if ((filter.from && date < *filter.from) || (filter.until && *filter.until < date)) continue;
    if (!filter.host.empty() && v.text("host") != filter.host) continue;
    if (!filter.status.empty() && v.text("status") != filter.status) continue;
    selected.push_back(&record);
  }
  auto key = [](const Record* r) {
    Meeting m = meeting_of(r->value);
    return std::make_tuple(m.date, m.start, m.id);
  };
  std::sort(selected.begin(), selected.end(),
            [&](const Record* a, const Record* b) { return key(a) < key(b); });
  return selected;
}

Rows booking_rows(const std::vector<const Record*>& bookings, Detail detail, const Names& names) {
  Rows rows;
  if (detail == Detail::brief)
    rows.columns = {{"id", tr("ID")},         {"date", tr("DATE")},   {"day", tr("DAY")},
                    {"time", tr("TIME")},     {"end", tr("UNTIL")},   {"host", tr("HOST")},
                    {"status", tr("STATUS")}, {"class", tr("CLASS")}, {"parent", tr("PARENT")},
                    {"topic", tr("TOPIC")}};
  else  // JSON and CSV: the keys are the header, the titles are not shown
    rows.columns = {{"id", "ID"},
                    {"status", "STATUS"},
                    {"host", "HOST"},
                    {"date", "DATE"},
                    {"time", "TIME"},
                    {"end", "END"},
                    {"length", "LENGTH"},
                    {"parent", "PARENT"},
                    {"contact", "CONTACT"},
                    {"class", "CLASS"},
                    {"class_name", "CLASS_NAME"},
                    {"student", "STUDENT"},
                    {"topic", "TOPIC"},
                    {"source", "SOURCE"},
                    {"appeal", "APPEAL"},
                    {"attendees", "ATTENDEES"},
                    {"minutes", "MINUTES"},
                    {"reason", "REASON"}};
  // On a narrow terminal: the parent and the topic are cut short, then the
  // weekday, the end, the class left out.
  set_fit(rows, "parent", 0, Shrink::yes, 14);
  set_fit(rows, "topic", 0, Shrink::yes, 16);
  for (auto [key, priority] : {std::pair{"day", 3}, {"end", 2}, {"class", 1}})
    set_fit(rows, key, priority);
  for (const Record* record : bookings) {
    const Value& v = record->value;
    Meeting m = meeting_of(v);
    std::string start = TimeOfDay::from_minutes(m.start).str();
    std::string end = TimeOfDay::from_minutes(m.end).str();
    if (detail == Detail::brief) {
      rows.rows.push_back({m.id, m.date.str(), enum_word("weekday", weekday_name(m.date.weekday())),
                           start, end, m.host, word_cell(v, "status", "booking status"),
                           text_cell(v, "class"), text_cell(v, "parent"), text_cell(v, "topic")});
      // A meeting that is over (held, missed, cancelled) is dimmed.
      rows.tones.push_back(v.text("status") == "booked" ? Tone::none : Tone::dim);
      continue;
    }
    rows.rows.push_back({m.id, text_cell(v, "status"), m.host, m.date.str(), start, end,
                         std::int64_t(m.end - m.start), text_cell(v, "parent"),
                         text_cell(v, "contact"), text_cell(v, "class"),
                         v.text("class").empty() ? Cell{} : Cell{names.class_name(v.text("class"))},
                         text_cell(v, "student"), text_cell(v, "topic"), text_cell(v, "source"),
                         text_cell(v, "appeal"), list_cell(v.get("attendees")),
                         text_cell(v, "minutes"), text_cell(v, "reason")});
  }
  return rows;
}

Rows slot_rows(const std::vector<Slot>& slots, Shown shown) {
  Rows rows{{{"date", tr("DATE")}, {"day", tr("DAY")}, {"time", tr("TIME")}, {"end", tr("UNTIL")}},
            {}};
  for (const auto& slot : slots) {
    std::string day(weekday_name(slot.date.weekday()));
    if (shown == Shown::to_people) day = enum_word("weekday", day);
    rows.rows.push_back({slot.date.str(), day, slot.start.str(), slot.end().str()});
  }
  return rows;
}

}  // namespace pd
