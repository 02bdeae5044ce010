// git under the store: staff keep the records in git, and every change a
// command makes can be one commit of exactly the files it changed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pd {

// True when `dir` lies in a git work tree (and git is installed).
bool in_git_work_tree(const std::filesystem::path& dir);

// Throws Error (refused) while a merge, rebase, cherry-pick or revert is in
// progress in the repository of `dir`: a commit then would mix our change
// into the user's resolution.
void refuse_during_merge(const std::filesystem::path& dir);

// The repository's index.lock as git names it from `dir` (".git/index.lock"),
// when it exists: another git command is running, or one crashed.
std::optional<std::string> index_lock(const std::filesystem::path& dir);

// What to say about an index.lock: the file, what it means and the way out.
std::string index_lock_message(const std::string& lock);

// Throws Error (system) while index.lock exists: a commit would fail after
// the change was written.
void refuse_index_lock(const std::filesystem::path& dir);

// Commits exactly `files` (relative to `root`) with `message`, leaving
// anything else staged or changed as it was. Where git knows no identity
// (a fresh server account, cron), `actor` is the author. Throws Error
// (system) with git's whole message when the commit fails.
void commit_files(const std::filesystem::path& root, const std::vector<std::string>& files,
                  const std::string& message, const std::string& actor);

}  // namespace pd
