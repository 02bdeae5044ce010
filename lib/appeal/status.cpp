#include "appeal/status.h"

#include <array>

namespace pd::appeal {

namespace {

constexpr std::array<std::string_view, 7> kStatusNames = {
    "received", "assigned", "answered", "delivered", "closed", "withdrawn", "redirected"};

}  // namespace

std::string_view status_name(Status status) {
  return kStatusNames[size_t(status)];
}

std::optional<Status> parse_status(std::string_view name) {
  for (size_t i = 0; i < kStatusNames.size(); ++i)
    if (kStatusNames[i] == name) return Status(i);
  return std::nullopt;
}

const std::vector<Status>& all_statuses() {
  static const std::vector<Status> statuses = {
      Status::received, Status::assigned,  Status::answered,  Status::delivered,
      Status::closed,   Status::withdrawn, Status::redirected};
  return statuses;
}

bool is_open(Status status) {
  return status == Status::received || status == Status::assigned || status == Status::answered;
}

std::string_view route_name(Route route) {
  return route == Route::class_teacher ? "class_teacher" : "administration";
}

std::optional<Route> parse_route(std::string_view name) {
  if (name == "class_teacher") return Route::class_teacher;
  if (name == "administration") return Route::administration;
  return std::nullopt;
}

}  // namespace pd::appeal
