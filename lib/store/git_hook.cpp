#include "store/git_hook.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/i18n.h"
#include "core/process.h"
#include "store/atomic_file.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMarker = "# parentdesk pre-commit hook";
constexpr std::string_view kHooksDir = ".githooks";

std::string git_output(const fs::path& dir, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult r = run_process(argv, dir.string());
  if (r.exit_code != 0) return {};
  return r.out.substr(0, r.out.find('\n'));
}

bool is_ours(const fs::path& hook) {
  std::ifstream in(hook);
  std::stringstream text;
  text << in.rdbuf();
  return text.str().find(kMarker) != std::string::npos;
}

// A message of the hook, as a single-quoted shell word: the hook speaks the
// interface language of whoever installed it, as `report` cannot run to
// translate the first two.
std::string shell_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string pre_commit_hook_text(const std::string& store_dir) {
  return fmt::format(R"(#!/bin/sh
{0}: refuses a commit that would leave the
# record store invalid. It checks the staged content (what is being
# committed), not the work tree. Installed by `report check --install-hook`.
set -eu
report=${{PARENTDESK_REPORT:-report}}
if ! command -v "$report" >/dev/null 2>&1; then
  echo {2} >&2
  echo {3} >&2
  exit 1
fi
staged=$(mktemp -d)
trap 'rm -rf "$staged"' EXIT
git checkout-index --all --prefix="$staged/"
if ! "$report" check --quiet --store "$staged/{1}"; then
  echo {4} >&2
  exit 1
fi
)",
                     kMarker, store_dir,
                     shell_quoted(tr("pre-commit: parentdesk's 'report' is not installed: cannot "
                                     "validate the store")),
                     shell_quoted(tr("pre-commit: install parentdesk, or commit with --no-verify "
                                     "to skip the check")),
                     shell_quoted(tr("pre-commit: the store would be invalid: fix the files "
                                     "above, then commit again")));
}

std::string install_pre_commit_hook(const fs::path& store_root, Overwrite overwrite) {
  std::string top = git_output(store_root, {"rev-parse", "--show-toplevel"});
  if (top.empty())
    throw Error(ExitCode::refused, msg("'{}' is not in a git repository: there is nothing to hook",
                                       store_root.string()));
  fs::path top_dir = fs::canonical(top);
  fs::path hook = top_dir / kHooksDir / "pre-commit";
  if (overwrite == Overwrite::no) {
    if (fs::exists(hook) && !is_ours(hook))
      throw Error(ExitCode::refused,
                  msg("'{}/pre-commit' exists and is not parentdesk's: use --force to replace it",
                      kHooksDir));
    std::string hooks_path = git_output(store_root, {"config", "core.hooksPath"});
    if (!hooks_path.empty() && hooks_path != kHooksDir)
      throw Error(ExitCode::refused, msg("core.hooksPath is '{}': use --force to point it at '{}'",
                                         hooks_path, kHooksDir));
    fs::path git_hook = fs::path(git_output(store_root, {"rev-parse", "--git-path", "hooks"}));
    if (git_hook.is_relative()) git_hook = store_root / git_hook;
    if (fs::exists(git_hook / "pre-commit") && !is_ours(git_hook / "pre-commit"))
      throw Error(ExitCode::refused,
                  tr("the repository has its own pre-commit hook in .git/hooks, which "
                     "core.hooksPath would bypass: use --force to replace it"));
  }
  std::string store_dir = fs::canonical(store_root).lexically_relative(top_dir).generic_string();
  FileTransaction files;
  files.stage(hook, pre_commit_hook_text(store_dir.empty() ? "." : store_dir), fs::perms(0755));
  files.commit();
  ProcessResult r =
      run_process({"git", "config", "core.hooksPath", std::string(kHooksDir)}, store_root.string());
  if (r.exit_code != 0) throw Error(ExitCode::system, msg("cannot set core.hooksPath: {}", r.err));
  return std::string(kHooksDir) + "/pre-commit";
}

}  // namespace pd
