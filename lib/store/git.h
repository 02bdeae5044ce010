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

// The top level of the git work tree `dir` lies in; nullopt outside git. A
// store is a repository of its own when this is the store itself, and lies
// in another project's work tree (the demo store in the project's sources)
// when it is a directory above.
std::optional<std::filesystem::path> git_top_level(const std::filesystem::path& dir);

// Throws Error (refused) while a merge, rebase, cherry-pick or revert is in
// progress in the repository of `dir`: a commit then would mix our change
// into the user's resolution.
void refuse_during_merge(const std::filesystem::path& dir);

// A lock file that a commit needs and that exists, as git names it from
// `dir`: ".git/index.lock", ".git/HEAD.lock", the current branch's ref lock
// (".git/refs/heads/main.lock") or ".git/packed-refs.lock". Another git
// command is running, or one crashed (a power cut leaves any of them).
std::optional<std::string> git_lock(const std::filesystem::path& dir);

// What to say about such a lock: the file, what it means and the way out.
std::string git_lock_message(const std::string& lock);

// Throws Error (system) while such a lock exists: a commit would fail after
// the change was written.
void refuse_git_lock(const std::filesystem::path& dir);

// How a commit failed: at `git add` or at `git commit`, and git's whole
// message.
struct CommitFailure {
  bool at_add = false;
  std::string git;
};

// Commits exactly `files` (relative to `root`) with `message`, leaving
// anything else staged or changed as it was. Where git knows no identity
// (a fresh server account, cron), `actor` is the author. Returns how it
// failed, if it did.
std::optional<CommitFailure> try_commit_files(const std::filesystem::path& root,
                                              const std::vector<std::string>& files,
                                              const std::string& message, const std::string& actor);

// The same, throwing Error (system) "the change is saved, but git commit
// failed: ..." with git's whole message.
void commit_files(const std::filesystem::path& root, const std::vector<std::string>& files,
                  const std::string& message, const std::string& actor);

// A file that a mutation wrote for a commit it has not made yet. The store's
// lock file lists such files (store/lock.h) from before they are written
// until the commit is made, so that a command killed in between leaves a
// trace: the next change commits them, `report check` names them.
struct PendingCommit {
  std::string file;     // relative to the store root, '/'-separated
  std::string sha256;   // of what was written; empty until the file was in place
  std::string message;  // the commit message it was written for
};

// The pending commits of a lock note, its lines
// "uncommitted <TAB> sha256 <TAB> file <TAB> message". Other lines (a note cut
// short by a crash) are skipped, and so are files that are not the store's
// record files: nothing else is ever committed for an interrupted command.
std::vector<PendingCommit> parse_pending(const std::string& note);

// The lines of `pending` for the note.
std::string pending_lines(const std::vector<PendingCommit>& pending);

// Of `pending`, the files that git sees as not committed (untracked, staged,
// or changed in the work tree), each once (its last entry), in order.
std::vector<PendingCommit> still_uncommitted(const std::filesystem::path& root,
                                             const std::vector<PendingCommit>& pending);

// True when the file holds what the interrupted command wrote (or what it
// wrote is not known, the command having been killed while renaming): then
// committing it commits that change and no one else's.
bool as_written(const std::filesystem::path& root, const PendingCommit& entry);

// The message that commits what interrupted commands left:
// "recover: commit changes left uncommitted (A-20261124-K7QM)", then the
// messages of the commits they did not make.
std::string recovery_message(const std::vector<PendingCommit>& files);

}  // namespace pd
