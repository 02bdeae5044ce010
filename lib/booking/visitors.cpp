#include "booking/visitors.h"

#include <algorithm>
#include <tuple>

#include "booking/meeting.h"
#include "core/i18n.h"

namespace pd {

std::vector<Visitor> visitors_on(const Store& store, Date day) {
  std::vector<Visitor> visitors;
  for (const auto& record : store.records("booking")) {
    if (!is_live(record.value) || record.value.date("date") != day) continue;
    Meeting meeting = meeting_of(record.value);
    Visitor v;
    v.booking = meeting.id;
    v.time = TimeOfDay::from_minutes(meeting.start);
    v.minutes = meeting.end - meeting.start;
    v.parent = std::string(record.value.text("parent"));
    v.host = meeting.host;
    v.host_name = v.host;
    for (const auto& staff : store.records("staff"))
      if (staff.id() == v.host) {
        v.host_name = std::string(staff.value.text("name"));
        v.room = std::string(staff.value.text("room"));
      }
    visitors.push_back(std::move(v));
  }
  std::sort(visitors.begin(), visitors.end(), [](const Visitor& a, const Visitor& b) {
    return std::tie(a.time, a.host, a.booking) < std::tie(b.time, b.host, b.booking);
  });
  return visitors;
}

Rows visitor_rows(const std::vector<Visitor>& visitors) {
  Rows rows{{{"time", tr("TIME")},
             {"until", tr("UNTIL")},
             {"parent", tr("VISITOR")},
             {"host_name", tr("HOST")},
             {"room", tr("ROOM")}},
            {}};
  // On a narrow terminal the names are cut short.
  set_fit(rows, "parent", 0, Shrink::yes, 14);
  set_fit(rows, "host_name", 0, Shrink::yes, 14);
  for (const auto& v : visitors)
    rows.rows.push_back({v.time.str(), TimeOfDay::from_minutes(v.time.minutes() + v.minutes).str(),
                         v.parent, v.host_name, v.room.empty() ? Cell{} : Cell{v.room}});
  return rows;
}

}  // namespace pd
