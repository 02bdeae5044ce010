// One record as a JSON object for programs (`appeal show --format json`):
// the fields in the schema's order, every field the schema names present,
// null when the record does not have it, dates and times as ISO strings,
// lists as arrays.
#pragma once

#include <string>

#include "store/schema.h"
#include "store/value.h"

namespace pd {

// The object, without its closing brace, so that the command can add the
// derived fields before it closes it with "}".
std::string record_json_open(const Value& record, const FieldSpec& spec);

}  // namespace pd
