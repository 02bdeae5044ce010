#include "appeal/routing.h"

#include <algorithm>

#include "appeal/transitions.h"
#include "core/casefold.h"
#include "core/did_you_mean.h"
#include "core/i18n.h"
#include "store/history.h"

namespace pd::appeal {

const Record& find_staff(const Store& store, std::string_view staff_id) {
  const auto& staff = store.records("staff");
  std::vector<std::string> ids;
  for (const auto& member : staff) {
    if (member.id() == staff_id) return member;
    ids.emplace_back(member.id());
  }
  std::string hint;
  if (auto close = did_you_mean(staff_id, ids)) hint = msg(" (did you mean '{}'?)", *close);
  throw Error(ExitCode::not_found, msg("no staff member '{}'{}", staff_id, hint));
}

const Record& find_class(const Store& store, std::string_view class_id_or_name) {
  const auto& classes = store.records("class");
  std::string wanted = casefold(class_id_or_name);
  std::vector<std::string> ids;
  for (const auto& school_class : classes) {
    if (casefold(school_class.id()) == wanted ||
        casefold(school_class.value.text("name")) == wanted)
      return school_class;
    ids.emplace_back(school_class.id());
  }
  std::string hint;
  if (auto close = did_you_mean(class_id_or_name, ids)) hint = msg(" (did you mean '{}'?)", *close);
  throw Error(ExitCode::not_found, msg("no class '{}'{}", class_id_or_name, hint));
}

std::string coordinator(const Store& store) {
  std::vector<std::string> found;
  for (const auto& member : store.records("staff"))
    if (const List* roles = member.value.get("roles")->as_list())
      for (const auto& role : *roles)
        if (role.as_string() && *role.as_string() == "coordinator") found.emplace_back(member.id());
  std::sort(found.begin(), found.end());
  return found.empty() ? std::string() : found.front();
}

Assignment route_appeal(const Store& store, Route route, std::string_view class_id) {
  if (route == Route::administration) return {route, coordinator(store)};
  // A2: a request to the class teacher needs the class it is about.
  if (class_id.empty())
    throw Error(ExitCode::usage, tr("--to class_teacher needs --class: whose class teacher?"));
  const Record& school_class = find_class(store, class_id);
  std::string_view teacher = school_class.value.text("teacher");
  if (teacher.empty())
    throw Error(ExitCode::refused,
                msg("class '{}' has no class teacher in classes/{}.yaml; send the appeal to the "
                    "administration (--to administration)",
                    school_class.id(), school_class.id()));
  return {route, std::string(teacher)};
}

void assign(Value& appeal, std::string_view staff_id, const ActionContext& ctx) {
  std::string id(appeal.text("id"));
  Status status = next_status(Action::assign, *parse_status(appeal.text("status")), id);
  const Record& member = find_staff(ctx.store, staff_id);
  if (appeal.text("status") == "assigned" && appeal.text("assignee") == member.id())
    throw Error(ExitCode::refused, msg("'{}': already assigned to '{}'", id, member.id()));
  appeal.set("status", std::string(status_name(status)));
  appeal.set("assignee", std::string(member.id()));
  append_history(appeal, ctx.clock, ctx.actor, fmt::format("assigned to {}", member.id()));
}

}  // namespace pd::appeal
