// `appeal show`: one appeal and its history as text for people.
#pragma once

#include <string>

#include "appeal/state.h"
#include "store/store.h"

namespace pd::appeal {

// The record in labelled lines (status with the deadline, parent, class,
// route, escalation, extension, answer, delivery, redirect, closing), its
// text, its notes and its history; every text made printable. Staff IDs are
// shown with their names from `store`.
std::string describe(const Record& appeal, const AppealState& state, const Store& store);

}  // namespace pd::appeal
