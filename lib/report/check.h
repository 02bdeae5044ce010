// `report check`: the validator of a whole store, fit for a pre-commit hook.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "output/rows.h"
#include "store/store.h"

namespace pd {

struct CheckResult {
  std::vector<Diagnostic> problems;  // sorted by file, line, column
  size_t files_checked = 0;
  // Valid records whose files are not in canonical form (what --fix rewrites).
  std::vector<Record> not_canonical;
};

// Checks every file of the store: the strict loader and the schemas, the
// canonical form, each file where its ID says, IDs unique, references that
// resolve, files where no record belongs, directories that are symbolic
// links, git's index.lock left in a git store and the record files a
// command saved but did not commit (store/git.h), and the rules of each domain:
// overlapping live bookings, minutes changed after signing, appeals whose
// facts contradict their status.
// Problems found while other commands wrote are checked again, the last
// time under the store's lock taken shared: a record written meanwhile is no
// false alarm.
CheckResult check_store(const Store& store);

// Stages `records` in canonical form, each read again under the lock of
// `change` (a file may have changed since it was checked); returns how many.
size_t stage_canonical(const Store& store, Mutation& change, const std::vector<Record>& records);

// The problems as rows of file, line, column and message, for JSON and CSV.
Rows problem_rows(const std::vector<Diagnostic>& problems);

}  // namespace pd
