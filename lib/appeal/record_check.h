// What the schema cannot say about an appeal: the answer's language, the
// facts each status needs, the extension limit. Used after `appeal edit`
// and by the store's checks.
#pragma once

#include <vector>

#include "core/error.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd::appeal {

// The problems of a schema-valid appeal record, each at the position of the
// field concerned, as `file:line:col: 'field': ...`.
std::vector<Diagnostic> check_appeal(const Record& appeal, const SchoolSettings& settings);

}  // namespace pd::appeal
