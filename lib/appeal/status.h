// The stored status of an appeal and its route: names as in the records.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace pd::appeal {

enum class Status { received, assigned, answered, delivered, closed, withdrawn, redirected };

// Who answers: the class teacher (A2, 5 days) or the administration (A1, 15 days).
enum class Route { class_teacher, administration };

std::string_view status_name(Status status);
std::optional<Status> parse_status(std::string_view name);
const std::vector<Status>& all_statuses();

// Received, assigned or answered: the school still owes the parent something.
bool is_open(Status status);

std::string_view route_name(Route route);
std::optional<Route> parse_route(std::string_view name);

}  // namespace pd::appeal
