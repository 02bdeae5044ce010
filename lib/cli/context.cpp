#include "cli/context.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "cli/input.h"
#include "core/i18n.h"
#include "core/sha256.h"
#include "store/git.h"
#include "store/history.h"
#include "store/lock.h"

namespace pd {

namespace {

std::string_view format_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::table:
      return "table";
    case OutputFormat::json:
      return "json";
    case OutputFormat::csv:
      return "csv";
    case OutputFormat::markdown:
      return "markdown";
  }
  return "";
}

}  // namespace

std::optional<Date> Context::today_override() const {
  std::string_view source = "--today";
  std::string text = options.today;
  if (text.empty()) {
    const char* env = std::getenv("PARENTDESK_TODAY");
    if (!env || !*env) return std::nullopt;
    text = env, source = "$PARENTDESK_TODAY";
  }
  return date_option(source, text);
}

const Store& Context::store() {
  if (!store_)
    store_ = std::make_unique<Store>(discover_store(options.store, std::getenv("PARENTDESK_STORE"),
                                                    std::filesystem::current_path()));
  // --no-cache is parsed after the store may have been found for the
  // interface language, and before any record is read.
  store_->use_index(!options.no_cache);
  return *store_;
}

const SchoolSettings& Context::settings() {
  if (!settings_) settings_ = SchoolSettings::from(store().school().value);
  return *settings_;
}

const SchoolCalendar& Context::calendar() {
  if (!calendar_) calendar_.emplace(settings());
  return *calendar_;
}

const Clock& Context::clock() {
  if (!clock_) clock_.emplace(settings().timezone, today_override());
  return *clock_;
}

bool Context::will_commit() {
  if (will_commit_) return *will_commit_;
  will_commit_ = false;
  const std::filesystem::path& root = store().root();
  if (options.no_commit || !settings().autocommit) return false;
  std::optional<std::filesystem::path> top = git_top_level(root);
  if (!top) return false;
  std::error_code error;
  bool own = std::filesystem::equivalent(*top, root, error);
  if (!own && !settings().commit_to_enclosing_repository) {
    // A store in another project's work tree (the demo store in the
    // sources): a commit there would mix records into that project.
    note(
        msg("{}: not committed to git: the store is a directory inside the git work tree of "
            "'{}', not a repository of its own (to commit there, set "
            "'git: {{enclosing_repository: true}}' in school.yaml)",
            tool_, top->string()));
    return false;
  }
  will_commit_ = true;
  return true;
}

std::unique_ptr<Mutation> Context::begin_change() {
  if (will_commit()) refuse_during_merge(store().root());
  auto change = std::make_unique<Mutation>(store());
  // Checked under the store's lock, so that our own commits do not count.
  if (will_commit()) refuse_git_lock(store().root());
  settle_uncommitted();
  return change;
}

void Context::write_note(const std::vector<PendingCommit>& pending, bool durable) {
  // A mark that changes with every change: a reader who finds the same mark
  // before and after reading knows that nothing was written meanwhile.
  static std::mt19937_64 random{std::random_device{}()};
  write_lock_note(store().root(),
                  fmt::format("change {:016x}\n", random()) + pending_lines(pending), durable);
}

void Context::settle_uncommitted() {
  const std::filesystem::path& root = store().root();
  pending_ = parse_pending(read_lock_note(root));
  if (pending_.empty()) return;
  // Out of git, nothing can be told: the list is kept as it is.
  if (!will_commit() && !in_git_work_tree(root)) return;
  std::vector<PendingCommit> as_saved, changed;
  for (auto& p : still_uncommitted(root, pending_))
    (as_written(root, p) ? as_saved : changed).push_back(p);
  if (will_commit() && !as_saved.empty()) {
    std::vector<std::string> files;
    for (const auto& p : as_saved)
      files.push_back(p.file);
    std::string list = fmt::format("{}", fmt::join(files, ", "));
    if (auto failure = try_commit_files(root, files, recovery_message(as_saved), actor()))
      throw Error(ExitCode::system,
                  failure->at_add
                      ? msg("cannot commit what an earlier command saved but did not commit "
                            "({}): git add failed: {}",
                            list, failure->git)
                      : msg("cannot commit what an earlier command saved but did not commit "
                            "({}): git commit failed: {}",
                            list, failure->git));
    note(msg("{}: committed what an earlier command saved but did not commit: {}", tool_, list));
    as_saved.clear();
  }
  for (const auto& p : as_saved)
    note(
        msg("{}: '{}' was saved by an earlier command but not committed to git: commit it "
            "yourself, or make a change without --no-commit",
            tool_, p.file));
  for (const auto& p : changed)
    note(
        msg("{}: '{}' was saved by an earlier command but not committed to git, and has changed "
            "since: check it and commit it yourself",
            tool_, p.file));
  as_saved.insert(as_saved.end(), changed.begin(), changed.end());
  pending_ = std::move(as_saved);
  try {
    write_note(pending_, false);
  } catch (const Error&) {
    // The list stays longer than needed: files found committed are dropped.
  }
}

std::vector<std::string> Context::finish_change(Mutation& change, const std::string& subject) {
  if (!will_commit()) {
    write_note(pending_, false);
    return change.commit();
  }
  const std::filesystem::path& root = store().root();
  std::string message = tool_ + " " + subject;
  std::vector<PendingCommit> now = pending_;
  for (const auto& file : change.staged_files())
    now.push_back({file, "", message});
  // On disk before any record is: a command killed from here on leaves a trace.
  write_note(now, true);
  std::vector<std::string> files = change.commit();
  // What was written, so that only that is ever committed for this command.
  try {
    for (size_t i = pending_.size(); i < now.size(); ++i) {
      std::ifstream in(root / now[i].file, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      if (in) now[i].sha256 = sha256_hex(text.str());
    }
    write_note(now, false);
  } catch (const Error&) {
    // Without the digests, the files are taken as written.
  }
  if (auto failure = try_commit_files(root, files, message, actor())) {
    commit_failure_ = Error(
        ExitCode::system,
        failure->at_add ? msg("the change is saved, but git add failed: {}", failure->git)
                        : msg("the change is saved, but git commit failed: {}", failure->git));
    pending_ = std::move(now);
    return files;
  }
  // Committed: these files are pending no more, whoever wrote them.
  std::erase_if(now, [&](const PendingCommit& p) {
    return std::find(files.begin(), files.end(), p.file) != files.end();
  });
  pending_ = std::move(now);
  try {
    write_note(pending_, false);
  } catch (const Error&) {
    // Files found committed are dropped from the list by the next change.
  }
  return files;
}

const std::string& Context::actor() {
  if (!actor_) actor_ = resolve_actor(options.by, store().root());
  return *actor_;
}

OutputFormat Context::format(std::initializer_list<OutputFormat> offered) {
  if (options.format.empty()) return *offered.begin();
  std::string names;
  for (OutputFormat format : offered) {
    if (format_name(format) == options.format) return format;
    names += (names.empty() ? "" : ", ") + std::string(format_name(format));
  }
  throw Error(ExitCode::usage,
              msg("--format: expected one of {} here, got '{}'", names, options.format));
}

void Context::print(std::string_view text) const {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void Context::note(std::string_view text) const {
  if (options.quiet) return;
  std::fwrite(text.data(), 1, text.size(), stderr);
  if (!text.ends_with('\n')) std::fputc('\n', stderr);
}

}  // namespace pd
