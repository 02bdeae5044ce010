#include "cli/edit_record.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/i18n.h"
#include "store/canonical.h"
#include "store/history.h"
#include "store/read_file.h"
#include "store/validate.h"
#include "yaml/strict_yaml.h"

extern char** environ;

namespace pd {

namespace fs = std::filesystem;

namespace {

// The temporary copy the editor works on: private to the user, removed at
// the end unless kept.
class TempCopy {
 public:
  TempCopy(std::string_view id, const std::string& content) {
    std::string pattern =
        (fs::temp_directory_path() / ("parentdesk-" + std::string(id) + "-XXXXXX.yaml")).string();
    int fd = ::mkstemps(pattern.data(), 5);  // mode 0600
    if (fd < 0) throw Error(ExitCode::system, msg("cannot create a temporary file '{}'", pattern));
    ::close(fd);
    path_ = pattern;
    write(content);
  }
  TempCopy(const TempCopy&) = delete;
  TempCopy& operator=(const TempCopy&) = delete;
  ~TempCopy() {
    if (!keep_) ::unlink(path_.c_str());
  }

  const std::string& path() const { return path_; }
  void keep() { keep_ = true; }

  void write(const std::string& content) {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out.flush()) throw Error(ExitCode::system, msg("cannot write '{}'", path_));
  }
  std::string read() const {
    std::ifstream in(path_, std::ios::binary);
    if (!in) throw Error(ExitCode::system, msg("cannot read '{}'", path_));
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
  }

 private:
  std::string path_;
  bool keep_ = false;
};

// Runs the editor on `file` with the terminal; like git, ignores SIGINT and
// SIGQUIT meanwhile: they belong to the editor.
void run_editor(const std::string& editor, const std::string& file) {
  std::vector<std::string> argv = {"/bin/sh", "-c", editor + " \"$1\"", "sh", file};
  std::vector<char*> args;
  for (auto& arg : argv)
    args.push_back(arg.data());
  args.push_back(nullptr);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGQUIT);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  std::fflush(stdout);
  auto old_int = std::signal(SIGINT, SIG_IGN);
  auto old_quit = std::signal(SIGQUIT, SIG_IGN);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, "/bin/sh", nullptr, &attr, args.data(), environ);
  posix_spawnattr_destroy(&attr);
  int status = 0;
  if (rc == 0)
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  std::signal(SIGINT, old_int);
  std::signal(SIGQUIT, old_quit);
  if (rc != 0) throw Error(ExitCode::system, msg("cannot start the editor '{}'", editor));
  if (!WIFEXITED(status))
    throw Error(ExitCode::system,
                msg("the editor '{}' failed (signal {}); nothing saved", editor, WTERMSIG(status)));
  if (WEXITSTATUS(status) != 0)
    throw Error(ExitCode::system, msg("the editor '{}' failed (exit status {}); nothing saved",
                                      editor, WEXITSTATUS(status)));
}

// History is append-only: the entries there were must still be there, first
// and unchanged.
void check_history_kept(const Value& before, const Value& after, const std::string& file,
                        std::vector<Diagnostic>& problems) {
  const Value* old_history = before.get("history");
  if (!old_history || !old_history->as_list()) return;
  const Value* new_history = after.get("history");
  const List* entries = new_history ? new_history->as_list() : nullptr;
  const List& old_entries = *old_history->as_list();
  for (size_t i = 0; i < old_entries.size(); ++i) {
    bool same = entries && i < entries->size();
    if (same)
      for (std::string_view key : {"at", "by", "action"})
        same = same && (*entries)[i].text(key) == old_entries[i].text(key);
    if (!same) {
      Position at = new_history ? new_history->pos() : after.pos();
      if (entries && i < entries->size()) at = (*entries)[i].pos();
      problems.push_back({file, at,
                          msg("'history': entries are only appended; entry {} was changed or "
                              "removed",
                              i + 1)});
      return;
    }
  }
}

// The edited text as a record, or its problems.
std::optional<Value> read_edited(const std::string& text, const Record& original,
                                 const RecordCheck& check, std::vector<Diagnostic>& problems) {
  Value value;
  try {
    yaml::Node tree = yaml::parse_strict(text, original.file);
    value = validate(tree, *original.schema, original.file, problems);
  } catch (const DataError& e) {
    problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
  }
  if (!problems.empty()) return std::nullopt;
  if (const Value* id = value.get("id"); id && id->as_string() && *id->as_string() != original.id())
    problems.push_back(
        {original.file, id->pos(),
         msg("'id': cannot be changed (it names the file); expected '{}'", original.id())});
  check_history_kept(original.value, value, original.file, problems);
  if (problems.empty() && check) problems = check(Record{original.schema, original.file, value});
  if (!problems.empty()) return std::nullopt;
  return value;
}

bool ask_edit_again() {
  // TRANSLATORS: the answer is yes unless it begins with n, н or ж (нет, жоқ).
  std::cerr << tr("edit again? [Y/n] ") << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  size_t start = answer.find_first_not_of(" \t\r");
  if (start == std::string::npos) return true;
  std::string_view rest = std::string_view(answer).substr(start);
  for (std::string_view no : {"n", "N", "н", "Н", "ж", "Ж"})
    if (rest.starts_with(no)) return false;
  return true;
}

}  // namespace

std::string editor_command() {
  for (const char* name : {"EDITOR", "VISUAL"})
    if (const char* value = std::getenv(name); value && *value) return value;
  return "vi";
}

EditResult edit_record(Context& ctx, std::string_view type, std::string_view id_or_suffix,
                       const RecordCheck& check) {
  const Store& store = ctx.store();
  const Record record = store.find(type, id_or_suffix);  // a copy: the cache may be dropped
  std::string id(record.id());
  std::string original = read_record_file(store.root() / record.file, record.file);
  TempCopy copy(id, original);
  std::string editor = editor_command();
  std::optional<Value> edited;
  for (;;) {
    run_editor(editor, copy.path());
    std::string text = copy.read();
    std::vector<Diagnostic> problems;
    if (text != original) edited = read_edited(text, record, check, problems);
    if (text == original || (edited && to_canonical_yaml(*edited, *record.schema) == original)) {
      ctx.note(msg("{}: '{}' unchanged; nothing saved", ctx.tool(), id));
      return EditResult::unchanged;
    }
    if (edited) break;
    for (const auto& problem : problems)
      std::fprintf(stderr, "%s\n", problem.str().c_str());
    if (!::isatty(STDIN_FILENO) || !ask_edit_again())
      throw Error(ExitCode::invalid_data,
                  msg("'{}': the edited record is invalid; nothing saved", id));
  }

  auto change = ctx.begin_change();
  if (read_record_file(store.root() / record.file, record.file) != original) {
    copy.keep();
    throw Error(ExitCode::refused,
                msg("'{}' was changed by someone else during the edit; nothing saved, your "
                    "version is in '{}'",
                    id, copy.path()));
  }
  if (record.schema->root.field("history"))
    append_history(*edited, ctx.clock(), ctx.actor(), "edited");
  change->put(*record.schema, *edited);
  ctx.finish_change(*change, id + ": edited");
  ctx.note(msg("{}: '{}' saved", ctx.tool(), id));
  return EditResult::saved;
}

}  // namespace pd
