// `report init`: a new, valid, empty store.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/date.h"

namespace pd {

// Creates in `dir` (made if missing) school.yaml with the seeds' defaults,
// the school year around `today` with its public holidays (moved days
// included, kazakhstan_holidays) and `plan_from: today` (or the year's first
// day, before it), the record folders, .gitignore (the lock
// and temporary files), .gitattributes and `more_files` (relative path ->
// text: the letter templates). Refuses (Error refused) a directory that
// already holds a store; writes nothing then.
void init_store(const std::filesystem::path& dir, const std::string& name, Date today,
                const std::map<std::string, std::string>& more_files = {});

}  // namespace pd
