// The pre-commit hook that keeps an invalid store out of git: versioned in
// the repository (.githooks/pre-commit, core.hooksPath), so that every clone
// runs the same one.
#pragma once

#include <filesystem>
#include <string>

namespace pd {

enum class Overwrite { no, yes };

// Installs the hook for the repository holding `store_root` and points
// core.hooksPath at it. Returns the hook's path relative to the repository.
// Refuses (Error refused) outside git, and — unless `overwrite` — when a
// hook that is not ours would be replaced or bypassed.
std::string install_pre_commit_hook(const std::filesystem::path& store_root, Overwrite overwrite);

// The hook's text for a store at `store_dir` (relative to the repository
// top, "." for the top itself): it validates the staged content, not the
// work tree.
std::string pre_commit_hook_text(const std::string& store_dir);

}  // namespace pd
