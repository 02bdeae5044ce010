// `report init`: a new, valid, empty store.
#pragma once

#include <filesystem>
#include <string>

#include "core/date.h"

namespace pd {

// Creates in `dir` (made if missing) school.yaml with the seeds' defaults and
// the school year around `today`, the record folders, .gitignore (the lock
// and temporary files) and .gitattributes. Refuses (Error refused) a
// directory that already holds a store; writes nothing then.
void init_store(const std::filesystem::path& dir, const std::string& name, Date today);

}  // namespace pd
