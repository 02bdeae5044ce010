#include "booking/reception.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

namespace {

// B2: the roles that hold reception hours, the first that applies wins.
constexpr std::array<std::string_view, 2> kReceivingRoles = {"director", "deputy"};

}  // namespace

bool has_role(const Value& staff, std::string_view role) {
  const Value* roles = staff.get("roles");
  if (!roles || !roles->as_list()) return false;
  return std::any_of(roles->as_list()->begin(), roles->as_list()->end(),
                     [&](const Value& r) { return r.as_string() && *r.as_string() == role; });
}

std::optional<ReceptionWindow> reception_hours(const SchoolSettings& settings, const Value& staff) {
  if (const Value* own = staff.get("reception"); own && own->as_object())
    return reception_window_from(*own);
  for (std::string_view role : kReceivingRoles) {
    auto window = settings.reception.find(std::string(role));
    if (has_role(staff, role) && window != settings.reception.end()) return window->second;
  }
  return std::nullopt;
}

ReceptionWindow require_reception_hours(const SchoolSettings& settings, const Value& staff) {
  if (auto hours = reception_hours(settings, staff)) return *hours;
  throw Error(ExitCode::refused,
              msg("'{}' holds no reception hours: only the director and the deputies receive "
                  "parents, or staff with 'reception' in their file",
                  staff.text("id")));
}

std::string describe_hours(const ReceptionWindow& hours) {
  std::string days;
  for (Weekday day : hours.days)
    days += (days.empty() ? "" : ", ") + enum_word("weekday", weekday_name(day));
  return days + " " + hours.from.str() + "-" + hours.to.str();
}

}  // namespace pd
