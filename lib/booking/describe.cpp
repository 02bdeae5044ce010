#include "booking/describe.h"

#include <fmt/format.h>

#include "booking/meeting.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "output/history_text.h"
#include "output/labelled_text.h"
#include "output/record_json.h"
#include "output/rows.h"
#include "store/schema.h"

namespace pd {

namespace {

// "zhumabekova (Жумабекова Гульнара Сериковна)", or the ID alone.
std::string staff_with_name(const Names& names, std::string_view id) {
  std::string name = names.staff_name(id);
  return name == id ? std::string(id) : fmt::format("{} ({})", id, name);
}

}  // namespace

std::string describe_booking(const Record& booking, const Names& names) {
  const Value& v = booking.value;
  Meeting m = meeting_of(v);
  LabelledText out;
  out.raw(fmt::format("{}  {} {} ({})\n", booking.id(), m.date.str(), m.times(),
                      enum_word("weekday", weekday_name(m.date.weekday()))));
  out.line(tr("Status"), enum_word("booking status", v.text("status")));
  out.line(tr("Host"), staff_with_name(names, m.host));
  std::string attendees;
  for (const auto& id : m.attendees)
    if (id != m.host) attendees += (attendees.empty() ? "" : ", ") + staff_with_name(names, id);
  if (!attendees.empty()) out.line(tr("Attendees"), attendees);
  out.line(tr("Parent"), v.text("parent"));
  if (!v.text("contact").empty()) out.line(tr("Contact"), v.text("contact"));
  if (std::string_view id = v.text("class"); !id.empty())
    out.line(tr("Class"), fmt::format("{} ({})", id, names.class_name(id)));
  if (!v.text("student").empty()) out.line(tr("Student"), v.text("student"));
  if (!v.text("topic").empty()) out.line(tr("Topic"), v.text("topic"));
  if (!v.text("source").empty())
    out.line(tr("Booked by"), enum_word("booking source", v.text("source")));
  if (!v.text("appeal").empty()) out.line(tr("Appeal"), v.text("appeal"));
  if (!v.text("minutes").empty()) out.line(tr("Minutes"), v.text("minutes"));
  if (!v.text("reason").empty()) out.line(tr("Reason"), v.text("reason"));
  std::string history;
  if (const Value* entries = v.get("history"); entries && entries->as_list())
    for (const auto& entry : *entries->as_list())
      history += fmt::format("{}  {}: {}\n", short_time(entry.text("at")), entry.text("by"),
                             history_action_text(entry.text("action")));
  out.block(tr("History"), history);
  return out.take();
}

std::string booking_json(const Record& booking, const Names& names) {
  const Value& v = booking.value;
  Meeting m = meeting_of(v);
  std::string_view class_id = v.text("class");
  return record_json_open(v, schema_for("booking").root) + ", \"class_name\": " +
         (class_id.empty() ? std::string("null") : json_quote(names.class_name(class_id))) +
         ", \"day\": " + json_quote(weekday_name(m.date.weekday())) +
         ", \"end\": " + json_quote(TimeOfDay::from_minutes(m.end).str()) + "}\n";
}

}  // namespace pd
