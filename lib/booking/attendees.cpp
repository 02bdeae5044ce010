#include "booking/attendees.h"

#include <algorithm>

#include "booking/reception.h"
#include "core/did_you_mean.h"
#include "core/i18n.h"

namespace pd {

namespace {

std::string hint(std::string_view word, const std::vector<std::string>& candidates) {
  auto near = did_you_mean(word, candidates);
  return near ? msg(" (did you mean '{}'?)", *near) : std::string();
}

}  // namespace

const Record& find_staff(const Store& store, std::string_view id) {
  std::vector<std::string> ids;
  for (const auto& record : store.records("staff")) {
    if (record.id() == id) return record;
    ids.emplace_back(record.id());
  }
  throw Error(ExitCode::not_found, msg("no staff member '{}' in staff/{}", id, hint(id, ids)));
}

const Record& find_class(const Store& store, std::string_view id_or_name) {
  std::vector<std::string> ids;
  for (const auto& record : store.records("class")) {
    if (record.id() == id_or_name || record.value.text("name") == id_or_name) return record;
    ids.emplace_back(record.id());
  }
  throw Error(ExitCode::not_found,
              msg("no class '{}' in classes/{}", id_or_name, hint(id_or_name, ids)));
}

std::string coordinator(const Store& store) {
  std::vector<std::string> found;
  for (const auto& record : store.records("staff"))
    if (has_role(record.value, "coordinator")) found.emplace_back(record.id());
  if (found.empty())
    throw Error(ExitCode::refused,
                tr("no staff member has the role 'coordinator': the coordinator attends every "
                   "meeting (B3); add the role to their file in staff/"));
  return *std::min_element(found.begin(), found.end());
}

std::vector<std::string> meeting_attendees(const Store& store, std::string_view host,
                                           std::string_view class_id) {
  std::vector<std::string> attendees;
  auto add = [&](const std::string& id) {
    if (id != host && std::find(attendees.begin(), attendees.end(), id) == attendees.end())
      attendees.push_back(id);
  };
  add(coordinator(store));
  if (!class_id.empty()) {
    const Record& cls = find_class(store, class_id);
    std::string teacher(cls.value.text("teacher"));
    if (teacher.empty())
      throw Error(ExitCode::refused,
                  msg("class '{}' has no class teacher ({} has no 'teacher'): a meeting about a "
                      "class needs its class teacher (B4)",
                      cls.id(), cls.file));
    add(teacher);
  }
  return attendees;
}

}  // namespace pd
