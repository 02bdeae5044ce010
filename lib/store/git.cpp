#include "store/git.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/error.h"
#include "core/i18n.h"
#include "core/process.h"
#include "core/sha256.h"
#include "store/schema.h"
#include "store/store.h"

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

std::optional<fs::path> git_top_level(const fs::path& dir) {
  ProcessResult r = git(dir, {"rev-parse", "--show-toplevel"});
  if (r.exit_code != 0) return std::nullopt;
  std::string top = r.out;
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r'))
    top.pop_back();
  if (top.empty()) return std::nullopt;
  return fs::path(top);
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

std::optional<std::string> git_lock(const fs::path& dir) {
  // The locks a commit takes: the index, HEAD, the branch's ref, packed-refs.
  std::vector<std::string> args = {"rev-parse", "--git-path", "index.lock",      "--git-path",
                                   "HEAD.lock", "--git-path", "packed-refs.lock"};
  ProcessResult branch = git(dir, {"symbolic-ref", "-q", "HEAD"});
  if (branch.exit_code == 0 && !branch.out.empty()) {
    args.push_back("--git-path");
    args.push_back(branch.out.substr(0, branch.out.find('\n')) + ".lock");
  }
  ProcessResult r = git(dir, args);
  if (r.exit_code != 0) return std::nullopt;
  std::istringstream names(r.out);
  for (std::string name; std::getline(names, name);) {
    fs::path path = name;
    if (path.is_relative()) path = dir / path;
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec))) return name;
  }
  return std::nullopt;
}

std::string git_lock_message(const std::string& lock) {
  return msg(
      "'{}' exists: another git command is running, or one crashed; if none is running, remove "
      "the file and try again",
      lock);
}

void refuse_git_lock(const fs::path& dir) {
  if (auto lock = git_lock(dir)) throw Error(ExitCode::system, git_lock_message(*lock));
}

std::optional<CommitFailure> try_commit_files(const fs::path& root,
                                              const std::vector<std::string>& files,
                                              const std::string& message,
                                              const std::string& actor) {
  if (files.empty()) return std::nullopt;
  std::vector<std::string> add = {"add", "--"};
  add.insert(add.end(), files.begin(), files.end());
  if (ProcessResult r = git(root, add); r.exit_code != 0)
    return CommitFailure{true, git_message(r)};
  // A change that puts back what git already has leaves nothing to commit.
  std::vector<std::string> diff = {"diff", "--cached", "--quiet", "--"};
  diff.insert(diff.end(), files.begin(), files.end());
  if (git(root, diff).exit_code == 0) return std::nullopt;
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
    return CommitFailure{false, git_message(r)};
  return std::nullopt;
}

void commit_files(const fs::path& root, const std::vector<std::string>& files,
                  const std::string& message, const std::string& actor) {
  if (auto failure = try_commit_files(root, files, message, actor))
    throw Error(ExitCode::system,
                failure->at_add
                    ? msg("the change is saved, but git add failed: {}", failure->git)
                    : msg("the change is saved, but git commit failed: {}", failure->git));
}

namespace {

constexpr std::string_view kPending = "uncommitted";

// A field of a note line: no tab and no line break.
bool plain(std::string_view text) {
  return !text.empty() && text.find_first_of("\t\n\r") == std::string_view::npos;
}

bool is_sha256(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

bool is_record_file(std::string_view file) {
  for (const auto& schema : record_schemas())
    if (in_layout(schema, file)) return true;
  return false;
}

// The fields of `line` between tabs.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

}  // namespace

std::vector<PendingCommit> parse_pending(const std::string& note) {
  std::vector<PendingCommit> pending;
  std::string_view rest = note;
  // Only whole lines: the last one may have been cut short.
  for (size_t end; (end = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(end + 1)) {
    std::vector<std::string_view> f = fields(rest.substr(0, end));
    if (f.size() != 4 || f[0] != kPending) continue;
    if (!(f[1] == "-" || is_sha256(f[1])) || !is_record_file(f[2]) || !plain(f[3])) continue;
    pending.push_back({std::string(f[2]), f[1] == "-" ? "" : std::string(f[1]), std::string(f[3])});
  }
  return pending;
}

std::string pending_lines(const std::vector<PendingCommit>& pending) {
  std::string text;
  for (const auto& p : pending)
    if (plain(p.file) && plain(p.message))
      text += fmt::format("{}\t{}\t{}\t{}\n", kPending, p.sha256.empty() ? "-" : p.sha256, p.file,
                          p.message);
  return text;
}

std::vector<PendingCommit> still_uncommitted(const fs::path& root,
                                             const std::vector<PendingCommit>& pending) {
  if (pending.empty()) return {};
  // Each file once, its last entry.
  std::vector<PendingCommit> last;
  for (auto it = pending.rbegin(); it != pending.rend(); ++it)
    if (std::none_of(last.begin(), last.end(), [&](const auto& p) { return p.file == it->file; }))
      last.insert(last.begin(), *it);
  // --no-optional-locks: a reader's status must not take the index's lock
  // from a writer's commit.
  std::vector<std::string> status = {"--no-optional-locks",   "status", "--porcelain=v1", "-z",
                                     "--untracked-files=all", "--"};
  for (const auto& p : last)
    status.push_back(p.file);
  ProcessResult r = git(root, status);
  if (r.exit_code != 0) return last;  // git cannot tell: nothing is taken for committed
  // Porcelain paths are relative to the top of the work tree.
  std::string prefix = git(root, {"rev-parse", "--show-prefix"}).out;
  prefix = prefix.substr(0, prefix.find('\n'));
  std::set<std::string> changed;
  std::string_view out = r.out;
  for (size_t end; (end = out.find('\0')) != std::string_view::npos; out.remove_prefix(end + 1)) {
    std::string_view entry = out.substr(0, end);
    if (entry.size() < 4) continue;
    std::string_view path = entry.substr(3);
    if (path.starts_with(prefix)) changed.insert(std::string(path.substr(prefix.size())));
    // A rename or copy names its source next.
    if (entry[0] == 'R' || entry[0] == 'C') {
      out.remove_prefix(end + 1);
      if ((end = out.find('\0')) == std::string_view::npos) break;
    }
  }
  std::vector<PendingCommit> left;
  for (const auto& p : last)
    if (changed.count(p.file)) left.push_back(p);
  return left;
}

bool as_written(const fs::path& root, const PendingCommit& entry) {
  if (entry.sha256.empty()) return true;
  std::ifstream in(root / entry.file, std::ios::binary);
  if (!in) return false;
  std::stringstream text;
  text << in.rdbuf();
  return sha256_hex(text.str()) == entry.sha256;
}

std::string recovery_message(const std::vector<PendingCommit>& files) {
  constexpr size_t kNamed = 6;
  std::vector<std::string> ids;
  for (const auto& p : files) {
    std::string id = fs::path(p.file).stem().string();
    if (p.file == "school.yaml") id = p.file;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  std::string named;
  for (size_t i = 0; i < ids.size() && i < kNamed; ++i)
    named += (i ? ", " : "") + ids[i];
  if (ids.size() > kNamed) named += fmt::format(" and {} more", ids.size() - kNamed);
  // English, as the history is.
  std::string text = fmt::format("recover: commit changes left uncommitted ({})\n\n", named);
  text += "Saved, but not committed, by:\n";
  std::vector<std::string> messages;
  for (const auto& p : files)
    if (std::find(messages.begin(), messages.end(), p.message) == messages.end())
      messages.push_back(p.message);
  for (const auto& m : messages)
    text += "  " + m + "\n";
  return text;
}

}  // namespace pd
