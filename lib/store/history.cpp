#include "store/history.h"

#include <cstdlib>

#include "core/error.h"
#include "core/i18n.h"
#include "core/process.h"

namespace pd {

namespace {

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r'))
    s.pop_back();
  size_t start = s.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : s.substr(start);
}

}  // namespace

std::string resolve_actor(const std::string& flag, const std::filesystem::path& store_root) {
  if (!trimmed(flag).empty()) return trimmed(flag);
  if (const char* env = std::getenv("PARENTDESK_USER"); env && !trimmed(env).empty())
    return trimmed(env);
  ProcessResult git = run_process({"git", "config", "user.name"}, store_root.string());
  if (git.exit_code == 0 && !trimmed(git.out).empty()) return trimmed(git.out);
  if (const char* user = std::getenv("USER"); user && !trimmed(user).empty()) return trimmed(user);
  throw Error(ExitCode::usage,
              tr("who is acting is unknown: give --by NAME or set $PARENTDESK_USER"));
}

void append_history(Value& record, const Clock& clock, const std::string& actor,
                    const std::string& action) {
  Value entry{Object{}};
  entry.set("at", Value(clock.now_timestamp()));
  entry.set("by", Value(actor));
  entry.set("action", Value(action));
  Value* history = record.get("history");
  if (!history || !history->as_list()) {
    record.set("history", Value(List{}));
    history = record.get("history");
  }
  history->as_list()->push_back(std::move(entry));
}

}  // namespace pd
