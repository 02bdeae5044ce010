// What every command shares: the common options of SPEC §5 and what they
// resolve to (the store, the clock, the actor, the output format). Passed to
// commands explicitly; nothing here is global.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "output/rows.h"
#include "school/calendar.h"
#include "school/settings.h"
#include "store/git.h"
#include "store/store.h"

namespace pd {

struct CommonOptions {
  std::string store;   // --store
  std::string today;   // --today
  std::string by;      // --by
  std::string format;  // --format; empty means the command's default
  bool no_color = false;
  bool quiet = false;
  bool no_commit = false;  // --no-commit: no git commit for this call
  bool no_cache = false;   // --no-cache: read every record file, not the store's index
};

class Context {
 public:
  explicit Context(std::string tool) : tool_(std::move(tool)) {}

  CommonOptions options;
  const std::string& tool() const { return tool_; }

  // Resolved on first use, so that --help needs no store.
  const Store& store();
  const SchoolSettings& settings();
  const SchoolCalendar& calendar();
  const Clock& clock();
  const std::string& actor();

  // Starts a change of the store: takes the lock, and refuses, before
  // anything is written, while a git merge is in progress or git's
  // index.lock exists when the change would be committed. Then settles what
  // an earlier command saved but did not commit (killed before its commit,
  // or its commit failed): when this change will be committed, those record
  // files that still hold what that command wrote get a commit of their own
  // ("recover: ..."; refused with Error (system) if it fails); the others,
  // and all of them with --no-commit, are named on stderr.
  std::unique_ptr<Mutation> begin_change();
  // Writes the staged records and, when the store is in git and autocommit
  // is on (and no --no-commit), commits exactly those files with the message
  // `<tool> <subject>`; subjects hold IDs and actions, never names. Until the
  // commit is made, the store's lock file lists the files (store/git.h). A
  // failed commit does not throw: the change is saved, so the command goes
  // on to say what it did, and run_tool() reports commit_failure() at the end.
  std::vector<std::string> finish_change(Mutation& change, const std::string& subject);
  // The commit that failed after the files were written, if any.
  const std::optional<Error>& commit_failure() const { return commit_failure_; }
  // --format, checked against what the command offers.
  OutputFormat format(std::initializer_list<OutputFormat> offered);

  // --today, else $PARENTDESK_TODAY; throws Error (usage) when invalid.
  std::optional<Date> today_override() const;

  // The exit code when the command ran: 0, or 1 when it found problems.
  ExitCode exit_code() const { return exit_code_; }
  void set_exit_code(ExitCode code) { exit_code_ = code; }

  // Data to stdout; messages to stderr unless --quiet.
  void print(std::string_view text) const;
  void note(std::string_view text) const;

 private:
  std::string tool_;
  bool will_commit();
  void settle_uncommitted();
  // Replaces the lock file's note: a new mark and `pending`.
  void write_note(const std::vector<PendingCommit>& pending, bool durable);

  std::unique_ptr<Store> store_;
  std::optional<SchoolSettings> settings_;
  std::optional<SchoolCalendar> calendar_;
  std::optional<bool> will_commit_;
  std::optional<Clock> clock_;
  std::optional<std::string> actor_;
  std::optional<Error> commit_failure_;
  // What earlier commands saved but did not commit, as the lock file says.
  std::vector<PendingCommit> pending_;
  ExitCode exit_code_ = ExitCode::ok;
};

}  // namespace pd
