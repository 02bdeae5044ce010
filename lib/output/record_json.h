// One record as a JSON object for programs (`appeal show --format json`):
// the fields in the schema's order, every field the schema names present,
// null when the record does not have it, dates and times as ISO strings,
// lists as arrays.
#pragma once

#include <functional>
#include <string>

#include "store/schema.h"
#include "store/value.h"

namespace pd {

// Members derived from an object of the record (a decision's status), as
// JSON text to add before its closing brace: ", \"status\": \"open\"", or "".
using DerivedMembers = std::function<std::string(const Value& object, const FieldSpec& spec)>;

// The object, without its closing brace, so that the command can add the
// derived fields before it closes it with "}"; `derived` adds members to
// the objects inside it.
std::string record_json_open(const Value& record, const FieldSpec& spec,
                             const DerivedMembers& derived = {});

}  // namespace pd
