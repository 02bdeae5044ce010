// Schema validation: the parsed YAML tree of a file checked against its
// record schema, giving the record's compact Value.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "store/schema.h"
#include "store/value.h"
#include "yaml/node.h"

namespace pd {

// Checks `tree` against `schema`: types, enums, required fields, dates that
// exist, ID and reference formats, unknown fields (with a did-you-mean).
// Every problem is appended to `problems` as `file:line:col: 'field': what
// was expected`; the returned value holds what was valid.
Value validate(const yaml::Node& tree, const RecordSchema& schema, const std::string& file,
               std::vector<Diagnostic>& problems);

}  // namespace pd
