#include "school/names.h"

#include <vector>

#include "core/did_you_mean.h"
#include "core/i18n.h"

namespace pd {

std::string Names::staff_name(std::string_view id) const {
  auto it = staff.find(id);
  return it == staff.end() ? std::string(id) : it->second;
}

std::string Names::class_name(std::string_view id) const {
  auto it = classes.find(id);
  return it == classes.end() ? std::string(id) : it->second;
}

bool class_id_before(std::string_view a, std::string_view b) {
  auto grade = [](std::string_view id) {
    int n = 0;
    for (char c : id) {
      if (c < '0' || c > '9') break;
      n = n * 10 + (c - '0');
    }
    return n;
  };
  return std::make_pair(grade(a), a) < std::make_pair(grade(b), b);
}

Names load_names(const Store& store) {
  Names names;
  for (const Record& member : store.records("staff"))
    names.staff.emplace(std::string(member.id()), std::string(member.value.text("name")));
  for (const Record& group : store.records("class"))
    names.classes.emplace(std::string(group.id()), std::string(group.value.text("name")));
  return names;
}

const Record& find_by_id(const Store& store, std::string_view type, std::string_view id) {
  std::vector<std::string> ids;
  for (const Record& record : store.records(type)) {
    if (record.id() == id) return record;
    ids.emplace_back(record.id());
  }
  // A whole sentence for each type, which Russian and Kazakh decline.
  std::optional<std::string> guess = did_you_mean(id, ids);
  if (type == "staff" && guess)
    throw Error(ExitCode::not_found, msg("no staff '{}' (did you mean '{}'?)", id, *guess));
  if (type == "staff") throw Error(ExitCode::not_found, msg("no staff '{}'", id));
  if (type == "class" && guess)
    throw Error(ExitCode::not_found, msg("no class '{}' (did you mean '{}'?)", id, *guess));
  if (type == "class") throw Error(ExitCode::not_found, msg("no class '{}'", id));
  if (guess)
    throw Error(ExitCode::not_found,
                msg("no record of type '{}' named '{}' (did you mean '{}'?)", type, id, *guess));
  throw Error(ExitCode::not_found, msg("no record of type '{}' named '{}'", type, id));
}

}  // namespace pd
