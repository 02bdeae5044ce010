#include "cli/context.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/i18n.h"
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
  if (auto date = Date::parse(text)) return date;
  throw Error(ExitCode::usage,
              msg("{}: expected a date YYYY-MM-DD that exists, got '{}'", source, text));
}

const Store& Context::store() {
  if (!store_)
    store_ = std::make_unique<Store>(discover_store(options.store, std::getenv("PARENTDESK_STORE"),
                                                    std::filesystem::current_path()));
  return *store_;
}

const Clock& Context::clock() {
  if (!clock_) {
    std::optional<Date> today = today_override();
    std::string_view zone = store().school().value.text("timezone");
    clock_.emplace(std::string(zone.empty() ? kDefaultTimezone : zone), today);
  }
  return *clock_;
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
