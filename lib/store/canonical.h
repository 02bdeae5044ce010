// The canonical YAML of a record: the only form parentdesk writes, so that
// reading a record and writing it back gives the same bytes and git diffs
// show only what changed.
#pragma once

#include <string>

#include "store/schema.h"
#include "store/value.h"

namespace pd {

// Keys in schema order, 2-space block style (flow where the schema says),
// strings plain when that is unambiguous and double-quoted otherwise, times
// quoted, multi-line text as literal blocks, LF line ends, a final newline.
std::string to_canonical_yaml(const Value& record, const RecordSchema& schema);

}  // namespace pd

namespace pd {

// One string as a canonical YAML scalar in block context: plain when
// unambiguous, double-quoted otherwise.
std::string yaml_scalar(const std::string& text);

}  // namespace pd
