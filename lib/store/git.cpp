#include "store/git.h"

#include "core/error.h"
#include "core/i18n.h"
#include "core/process.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

// git's message, every line of it, without the final newline.
std::string git_message(const ProcessResult& r) {
  std::string text = r.err.empty() ? r.out : r.err;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
    text.pop_back();
  return text;
}

ProcessResult git(const fs::path& dir, std::vector<std::string> args) {
  args.insert(args.begin(), "git");
  return run_process(args, dir.string());
}

}  // namespace

bool in_git_work_tree(const fs::path& dir) {
  ProcessResult r = git(dir, {"rev-parse", "--is-inside-work-tree"});
  return r.exit_code == 0 && r.out.starts_with("true");
}

void refuse_during_merge(const fs::path& dir) {
  for (const char* marker :
       {"MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD", "REVERT_HEAD"}) {
    ProcessResult r = git(dir, {"rev-parse", "--git-path", marker});
    if (r.exit_code != 0) continue;
    fs::path path = r.out.substr(0, r.out.find('\n'));
    if (path.is_relative()) path = dir / path;
    std::error_code ec;
    if (fs::exists(path, ec))
      throw Error(ExitCode::refused,
                  tr("a git merge or rebase is in progress in the store: finish it (or abort it) "
                     "first, or use --no-commit"));
  }
}

std::optional<std::string> index_lock(const fs::path& dir) {
  ProcessResult r = git(dir, {"rev-parse", "--git-path", "index.lock"});
  if (r.exit_code != 0) return std::nullopt;
  std::string name = r.out.substr(0, r.out.find('\n'));
  fs::path path = name;
  if (path.is_relative()) path = dir / path;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) return std::nullopt;
  return name;
}

std::string index_lock_message(const std::string& lock) {
  return msg(
      "'{}' exists: another git command is running, or one crashed; if none is running, remove "
      "the file and try again",
      lock);
}

void refuse_index_lock(const fs::path& dir) {
  if (auto lock = index_lock(dir)) throw Error(ExitCode::system, index_lock_message(*lock));
}

void commit_files(const fs::path& root, const std::vector<std::string>& files,
                  const std::string& message, const std::string& actor) {
  if (files.empty()) return;
  std::vector<std::string> add = {"add", "--"};
  add.insert(add.end(), files.begin(), files.end());
  if (ProcessResult r = git(root, add); r.exit_code != 0)
    throw Error(ExitCode::system,
                msg("the change is saved, but git add failed: {}", git_message(r)));
  // A change that puts back what git already has leaves nothing to commit.
  std::vector<std::string> diff = {"diff", "--cached", "--quiet", "--"};
  diff.insert(diff.end(), files.begin(), files.end());
  if (git(root, diff).exit_code == 0) return;
  std::vector<std::string> commit;
  // Without a configured identity git refuses to commit: the actor signs.
  if (git(root, {"config", "user.name"}).out.empty() ||
      git(root, {"config", "user.email"}).out.empty())
    commit = {"-c", "user.name=" + actor, "-c", "user.email=parentdesk@localhost"};
  for (const char* arg : {"commit", "--quiet", "--no-verify", "-m"})
    commit.push_back(arg);
  commit.push_back(message);
  // --only: the named files as they are now, whatever else is staged.
  commit.push_back("--only");
  commit.push_back("--");
  commit.insert(commit.end(), files.begin(), files.end());
  if (ProcessResult r = git(root, commit); r.exit_code != 0)
    throw Error(ExitCode::system,
                msg("the change is saved, but git commit failed: {}", git_message(r)));
}

}  // namespace pd
