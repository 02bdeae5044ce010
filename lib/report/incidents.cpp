#include "report/incidents.h"

#include <algorithm>

#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "school/names.h"
#include "store/schema.h"

namespace pd {

namespace {

const FieldSpec& incident_field(std::string_view name) {
  return *schema_for("incident").root.field(name);
}

bool listed(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

const std::vector<std::string>& incident_kinds() {
  static const std::vector<std::string> kinds = incident_field("kind").values;
  return kinds;
}

const std::vector<std::string>& incident_bodies() {
  static const std::vector<std::string> bodies = incident_field("reported_to").items->values;
  return bodies;
}

Value make_incident(const IncidentInput& input, const Store& store, const std::string& id,
                    Date today) {
  if (input.kind.empty()) throw Error(ExitCode::usage, tr("missing --kind"));
  if (!listed(incident_kinds(), input.kind))
    throw Error(ExitCode::usage, msg("'--kind': expected one of {}, got '{}'",
                                     enum_choices("incident kind"), input.kind));
  if (!input.date) throw Error(ExitCode::usage, tr("missing --date"));
  if (*input.date > today)
    throw Error(ExitCode::refused,
                msg("'--date': {} is after today ({}): a case is recorded once it has happened",
                    input.date->str(), today.str()));
  List bodies;
  for (const auto& body : input.reported_to) {
    if (!listed(incident_bodies(), body))
      throw Error(ExitCode::usage,
                  msg("'--reported-to': expected one of {}, got '{}'", enum_choices("body"), body));
    if (std::none_of(bodies.begin(), bodies.end(),
                     [&](const Value& b) { return *b.as_string() == body; }))
      bodies.push_back(Value(body));
  }
  Value incident;
  incident.set("id", Value(id));
  incident.set("date", Value(*input.date));
  incident.set("kind", Value(input.kind));
  if (!input.class_id.empty()) {
    find_by_id(store, "class", input.class_id);
    incident.set("class", Value(input.class_id));
  }
  if (!bodies.empty()) incident.set("reported_to", Value(std::move(bodies)));
  return incident;
}

IncidentCounts count_incidents(const std::vector<Record>& incidents, const Period& year,
                               Date today) {
  IncidentCounts counts;
  for (const auto& record : incidents) {
    const Value& incident = record.value;
    Date date = *incident.date("date");
    // A case dated after today has not happened: it is not counted.
    if (!year.contains(date) || date > today) continue;
    std::string_view kind = incident.text("kind");
    IncidentCount& count = kind == "offence"           ? counts.offence
                           : kind == "bullying"        ? counts.bullying
                           : kind == "suicide_attempt" ? counts.suicide_attempt
                                                       : counts.suicide;
    ++count.cases;
    if (const Value* bodies = incident.get("reported_to");
        bodies && bodies->as_list() && !bodies->as_list()->empty())
      ++count.reported;
  }
  return counts;
}

}  // namespace pd
