// B2: the hours in which a member of staff receives parents.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "school/settings.h"
#include "store/value.h"

namespace pd {

// True when the staff record lists `role` among its roles.
bool has_role(const Value& staff, std::string_view role);

// The staff record's own `reception` window, else the school's window for
// its role (director, else deputy); nullopt for staff who receive nobody.
std::optional<ReceptionWindow> reception_hours(const SchoolSettings& settings, const Value& staff);

// As reception_hours(), but throws Error (refused) naming the staff member
// when there are none.
ReceptionWindow require_reception_hours(const SchoolSettings& settings, const Value& staff);

// `Tue, Thu 15:30-17:00`, the weekdays in the interface language
std::string describe_hours(const ReceptionWindow& hours);

}  // namespace pd
