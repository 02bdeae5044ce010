// The numbers of the office's journals (issue 14): each appeal gets a
// registration number when it is accepted (`appeal new`), each answer letter
// an outgoing number when the answer is recorded (`appeal respond`); each a
// sequence of its own per calendar year, as a school's journals of incoming
// and outgoing documents run.
#pragma once

#include <cstdint>
#include <vector>

#include "core/error.h"
#include "store/store.h"

namespace pd::appeal {

// The registration number of the next appeal received in `year`: one more
// than the highest among `appeals` received that year (1 for the first).
std::int64_t next_registration_number(const std::vector<Record>& appeals, int year);

// The outgoing number of the next answer written in `year`: one more than
// the highest `response.number` of the answers dated that year.
std::int64_t next_outgoing_number(const std::vector<Record>& appeals, int year);

// Appeals that share a registration number, or answers an outgoing number,
// within one year (two clones that numbered offline, then merged): a problem
// at the number of each, naming the other file.
std::vector<Diagnostic> duplicate_appeal_numbers(const std::vector<Record>& appeals);

}  // namespace pd::appeal
