// The strict loader: YAML as parentdesk writes it, and nothing that yaml-cpp
// would silently misread (SPEC §4 "Strict reading").
#pragma once

#include <string>
#include <string_view>

#include "yaml/node.h"

namespace pd::yaml {

inline constexpr size_t kMaxFileBytes = 1 << 20;  // 1 MiB
inline constexpr int kMaxDepth = 8;

// Parses one YAML document. Refuses, with the file, line and column: files
// over 1 MiB, an empty file, a byte-order mark, invalid UTF-8, NUL and other
// control characters (tab and newline excepted), carriage returns, git
// conflict markers, directives, a second document, anchors, aliases and tags,
// duplicate keys, non-scalar keys, nesting deeper than kMaxDepth, and quoted
// strings that do not end on their line. Throws DataError.
Node parse_strict(std::string_view text, const std::string& file);

}  // namespace pd::yaml
