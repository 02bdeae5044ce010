#include "cli/context.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/input.h"
#include "core/i18n.h"
#include "store/git.h"
#include "store/history.h"

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
  if (!will_commit_)
    will_commit_ = !options.no_commit && settings().autocommit && in_git_work_tree(store().root());
  return *will_commit_;
}

std::unique_ptr<Mutation> Context::begin_change() {
  if (will_commit()) refuse_during_merge(store().root());
  auto change = std::make_unique<Mutation>(store());
  // Checked under the store's lock, so that our own commits do not count.
  if (will_commit()) refuse_index_lock(store().root());
  return change;
}

std::vector<std::string> Context::finish_change(Mutation& change, const std::string& subject) {
  std::vector<std::string> files = change.commit();
  if (!will_commit()) return files;
  try {
    commit_files(store().root(), files, tool_ + " " + subject, actor());
  } catch (const Error& e) {
    commit_failure_ = e;
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
