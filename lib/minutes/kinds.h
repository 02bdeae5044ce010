// The kinds of meetings and events that have minutes, and what each kind
// needs (SPEC M1-M4, B3, U).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pd {

// The kinds of schemas/minutes.yaml, in schema order.
const std::vector<std::string>& minutes_kinds();

// Class, school and PTA meetings: the parent meetings whose minutes the chair
// and the secretary sign (M1, M2).
bool is_parent_meeting(std::string_view kind);

// Whether a record of a kind names a class: a class meeting belongs to one
// class (M1), a school meeting and the PTA to the whole school.
enum class ClassRule { required, optional, refused };
ClassRule class_rule(std::string_view kind);

// The kind as the heading of a protocol: "Class parent meeting".
std::string kind_title(std::string_view kind);

}  // namespace pd
