// Criterion 4 of the regional project (U): no offences, bullying or suicide
// cases among the students. The school records each case as an `incident`
// (incidents/<yyyy>/<id>.yaml) with its date, its kind and at most its class
// and the bodies it was reported to: counts only, never a name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "school/periods.h"
#include "store/store.h"

namespace pd {

// What `report incident` was given.
struct IncidentInput {
  std::string kind;  // offence | bullying | suicide_attempt | suicide
  std::optional<Date> date;
  std::string class_id;                  // optional
  std::vector<std::string> reported_to;  // police, juvenile_inspector, ...
};

// The kinds and the bodies of schemas/incident.yaml, in its order.
const std::vector<std::string>& incident_kinds();
const std::vector<std::string>& incident_bodies();

// The record `id` (its history entry not yet added). Throws Error: usage
// for a missing kind or date, or a kind or body not in the schema; refused
// for a date after `today` (a case is recorded once it has happened);
// not_found for an unknown class.
Value make_incident(const IncidentInput& input, const Store& store, const std::string& id,
                    Date today);

// The cases of one kind, and how many of them were reported to a body.
struct IncidentCount {
  std::int64_t cases = 0, reported = 0;
};

// The cases of a school year by kind: those dated in the year and not after
// today (a case dated later has not happened).
struct IncidentCounts {
  IncidentCount offence, bullying, suicide_attempt, suicide;
};

IncidentCounts count_incidents(const std::vector<Record>& incidents, const Period& year,
                               Date today);

}  // namespace pd
