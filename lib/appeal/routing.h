// Who answers an appeal (A1, A2, A4): the coordinator for the
// administration, the class's teacher for a request to the class teacher.
#pragma once

#include <string>
#include <string_view>

#include "appeal/action_context.h"
#include "appeal/status.h"
#include "store/store.h"

namespace pd::appeal {

// The staff record with this ID; Error (not_found) with a "did you mean"
// otherwise.
const Record& find_staff(const Store& store, std::string_view staff_id);

// The class named by its ID (7B, 7b) or its name (7Б); Error (not_found)
// otherwise.
const Record& find_class(const Store& store, std::string_view class_id_or_name);

// A4: the coordinator, who receives official appeals: the first staff
// member (by ID) with the role coordinator, or empty when there is none.
std::string coordinator(const Store& store);

struct Assignment {
  Route route = Route::administration;
  std::string assignee;  // a staff ID; empty when the store names nobody
};

// Where a new appeal goes. administration: to the coordinator. class_teacher:
// to the teacher of `class_id`, which is then required (Error usage when
// empty, refused when the class has no teacher).
Assignment route_appeal(const Store& store, Route route, std::string_view class_id);

// `appeal assign`: gives the appeal to another member of staff; route and
// due date stay.
void assign(Value& appeal, std::string_view staff_id, const ActionContext& ctx);

}  // namespace pd::appeal
