#include "store/store.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <functional>
#include <system_error>
#include <thread>

#include "core/i18n.h"
#include "core/system_error.h"
#include "store/canonical.h"
#include "store/read_file.h"
#include "store/record_id.h"
#include "store/record_index.h"
#include "store/validate.h"
#include "yaml/strict_yaml.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

// Whether `dir` holds school.yaml; a directory that may not be searched is
// not taken for one without a store.
bool holds_store(const fs::path& dir) {
  std::error_code ec;
  bool found = fs::exists(dir / "school.yaml", ec);
  if (ec && ec.value() == EACCES) throw unreadable_store(dir, ec);
  return found;
}

Diagnostic symlinked_directory(const std::string& relative) {
  return {relative, {}, tr("is a symbolic link: records must be in the store itself")};
}

// The first directory of `relative` (a file's path in the store) that is a
// symbolic link, if any.
std::optional<std::string> symlink_on_the_way(const fs::path& root, const std::string& relative) {
  std::string dir;
  for (size_t slash = relative.find('/'); slash != std::string::npos;
       slash = relative.find('/', slash + 1)) {
    dir = relative.substr(0, slash);
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(root / dir, ec))) return dir;
  }
  return std::nullopt;
}

// The entries of a directory of the store; none when it does not exist. One
// that cannot be read is an error: its records must not vanish in silence.
fs::directory_iterator readable_directory(const fs::path& root, const std::string& dir) {
  std::error_code ec;
  fs::directory_iterator entries(root / dir, ec);
  if (ec && ec.value() != ENOENT && ec.value() != ENOTDIR)
    throw Error(ExitCode::system, msg("cannot read the directory '{}': {}", (root / dir).string(),
                                      system_error_text(ec.value())));
  return entries;
}

fs::path explicit_store(const fs::path& dir, std::string_view source) {
  if (!holds_store(dir))
    throw Error(ExitCode::not_found,
                msg("no store at '{}' ({}): school.yaml is missing; `report init` creates a store",
                    dir.string(), source));
  return dir;
}

// Validates `text` as a record of `schema`, appending problems.
std::optional<Value> parse_record(const std::string& text, const std::string& file,
                                  const RecordSchema& schema, std::vector<Diagnostic>& problems) {
  try {
    yaml::Node tree = yaml::parse_strict(text, file);
    size_t before = problems.size();
    Value value = validate(tree, schema, file, problems);
    if (problems.size() == before) return value;
  } catch (const DataError& e) {
    problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
  }
  return std::nullopt;
}

// "no appeal matches 'K7QM'": a whole sentence for each record type, which
// Russian and Kazakh decline.
std::string none_matches(std::string_view type, std::string_view id_or_suffix) {
  if (type == "appeal") return msg("no appeal matches '{}'", id_or_suffix);
  if (type == "booking") return msg("no booking matches '{}'", id_or_suffix);
  if (type == "minutes") return msg("no minutes matches '{}'", id_or_suffix);
  return msg("no record of type '{}' matches '{}'", type, id_or_suffix);
}

// "no staff 'abenova' in the store", for the records named by their own IDs.
std::string not_in_store(std::string_view type, std::string_view id) {
  if (type == "staff") return msg("no staff '{}' in the store", id);
  if (type == "class") return msg("no class '{}' in the store", id);
  return msg("no record of type '{}' named '{}' in the store", type, id);
}

}  // namespace

Error unreadable_store(const fs::path& dir, std::error_code error) {
  return Error(ExitCode::system, msg("cannot read the store '{}': {}", dir.string(),
                                     system_error_text(error.value())));
}

fs::path discover_store(const std::string& flag, const char* env, const fs::path& cwd) {
  if (!flag.empty()) return explicit_store(flag, "--store");
  if (env && *env) return explicit_store(env, "$PARENTDESK_STORE");
  for (fs::path dir = fs::absolute(cwd);; dir = dir.parent_path()) {
    if (holds_store(dir)) return dir;
    if (dir == dir.parent_path()) break;
  }
  throw Error(ExitCode::not_found,
              msg("no store found in '{}' or above (no school.yaml); use --store DIR or "
                  "$PARENTDESK_STORE, or create one with `report init`",
                  cwd.string()));
}

bool in_layout(const RecordSchema& schema, std::string_view relative) {
  std::string_view pattern = schema.path_pattern;
  for (;;) {
    size_t slash = pattern.find('/'), at = relative.find('/');
    std::string_view expected = pattern.substr(0, slash), name = relative.substr(0, at);
    if (name.empty() || name == "." || name == "..") return false;
    if (slash == std::string_view::npos) {
      if (at != std::string_view::npos) return false;
      if (expected.front() != '{') return name == expected;
      return name.ends_with(".yaml") && !is_temp_file_name(std::string(name));
    }
    if (at == std::string_view::npos) return false;
    if (expected.front() != '{' && name != expected) return false;
    pattern.remove_prefix(slash + 1), relative.remove_prefix(at + 1);
  }
}

Store::Store(fs::path root) : root_(std::move(root)) {}

namespace {

// check_file(), with what fstat(2) said of the file when it was opened (the
// stamp its record is kept under in the index: taken before the bytes were
// read, so that a change while they were read shows in the next stat).
FileCheck read_and_check(const fs::path& root, const std::string& relative,
                         const RecordSchema& schema, struct stat& opened) {
  FileCheck result;
  try {
    result.text = read_record_file(root / relative, relative, opened);
  } catch (const DataError& e) {
    result.problems = e.diagnostics();
    return result;
  }
  std::optional<Value> value = parse_record(result.text, relative, schema, result.problems);
  if (!value) return result;
  // A copy under another ID's file name would be listed twice.
  if (const Value* id = value->get("id"); id && id->as_string() && schema.name != "school") {
    std::string expected = schema.path_for(*id->as_string());
    if (expected != relative) {
      result.problems.push_back(
          {relative, id->pos(),
           msg("'id': the {} '{}' belongs in {}", schema.name, *id->as_string(), expected)});
      result.misplaced_id = *id->as_string();
      return result;
    }
  }
  result.canonical = !schema.canonical || to_canonical_yaml(*value, schema) == result.text;
  result.record = Record{&schema, relative, std::move(*value)};
  return result;
}

}  // namespace

FileCheck Store::check_file(const std::string& relative, const RecordSchema& schema) const {
  struct stat opened {};
  return read_and_check(root_, relative, schema, opened);
}

namespace {

// Runs work(0) ... work(n - 1) on all cores when n is large enough to pay
// for the threads; work() must not throw.
void on_all_cores(size_t n, const std::function<void(size_t)>& work) {
  constexpr size_t kPerThread = 16;
  size_t threads =
      std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), n / kPerThread);
  std::atomic<size_t> next{0};
  auto loop = [&] {
    for (size_t k; (k = next.fetch_add(1)) < n;)
      work(k);
  };
  std::vector<std::thread> pool;
  try {
    for (size_t t = 1; t < threads; ++t)
      pool.emplace_back(loop);
  } catch (const std::system_error&) {
    // No more threads to be had: those that started, and this one, do it all.
  }
  loop();
  for (auto& thread : pool)
    thread.join();
}

// Whether the entry of the index for `relative` still tells its record:
// the stat now is the one recorded, and a racily clean file still has the
// recorded bytes.
bool still_valid(const fs::path& root, const std::string& relative, const IndexEntry& entry,
                 const RecordIndex& index) {
  std::optional<FileStamp> now = lstat_stamp(root / relative);
  if (!now || *now != entry.stamp) return false;
  if (!index.racy(*now)) return true;
  try {
    struct stat opened {};
    std::string text = read_record_file(root / relative, relative, opened);
    return stamp_of(opened) == entry.stamp && file_checksum(text) == entry.checksum;
  } catch (const Error&) {
    return false;
  }
}

}  // namespace

std::vector<FileCheck> Store::check_files(const std::vector<std::string>& files,
                                          const RecordSchema& schema) const {
  if (auto done = checked_.find(schema.name); done != checked_.end() && done->second.first == files)
    return done->second.second;
  std::vector<FileCheck> results = read_files(files, schema);
  checked_[schema.name] = {files, results};
  return results;
}

std::vector<FileCheck> Store::read_files(const std::vector<std::string>& files,
                                         const RecordSchema& schema) const {
  std::vector<FileCheck> results(files.size());
  bool indexed = use_index_ && schema.name != "school";
  // Before any file is looked at: what changes from here on is racily clean.
  std::int64_t begun = file_clock_ns();
  RecordIndex index = indexed ? load_index(root_, schema.name) : RecordIndex{};
  std::vector<IndexEntry> kept;
  std::vector<size_t> to_read;
  size_t from_index = 0;
  bool changed = false;
  for (size_t i = 0; i < files.size(); ++i) {
    auto entry = indexed ? index.entries.find(files[i]) : index.entries.end();
    if (entry == index.entries.end() || !still_valid(root_, files[i], entry->second, index)) {
      to_read.push_back(i);
      continue;
    }
    try {
      results[i].record = Record{&schema, files[i], decode_value(entry->second.value)};
    } catch (const std::exception&) {
      to_read.push_back(i);
      continue;
    }
    ++from_index;
    // Written again, it would be trusted on its stat alone.
    if (index.racy(entry->second.stamp) && !RecordIndex{begun, {}}.racy(entry->second.stamp))
      changed = true;
    kept.push_back(std::move(entry->second));
  }
  std::vector<std::exception_ptr> failures(files.size());
  std::vector<std::optional<IndexEntry>> fresh(files.size());
  on_all_cores(to_read.size(), [&](size_t k) {
    size_t i = to_read[k];
    try {
      struct stat opened {};
      results[i] = read_and_check(root_, files[i], schema, opened);
      const FileCheck& check = results[i];
      // Only valid records in canonical form: whatever else is read again,
      // so that its problems are told as they are without the index.
      if (indexed && check.record && check.canonical)
        fresh[i] = IndexEntry{files[i], stamp_of(opened), file_checksum(check.text),
                              encode_value(check.record->value)};
      // Only the problems of a file need its text: it is not kept for the others.
      if (check.record && check.canonical) std::string().swap(results[i].text);
    } catch (...) {
      failures[i] = std::current_exception();
    }
  });
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
  if (!indexed) return results;
  for (auto& entry : fresh)
    if (entry) {
      kept.push_back(std::move(*entry));
      changed = true;
    }
  if (changed || from_index != index.entries.size()) save_index(root_, schema.name, kept, begun);
  return results;
}

const Record& Store::school() const {
  if (!school_) {
    FileCheck check = check_file("school.yaml", schema_for("school"));
    if (!check.record) throw DataError(std::move(check.problems));
    school_ = std::move(check.record);
  }
  return *school_;
}

std::vector<std::string> Store::files(const RecordSchema& schema) const {
  FileScan found = scan(schema);
  if (!found.problems.empty()) throw DataError(std::move(found.problems));
  return std::move(found.files);
}

FileScan Store::scan(const RecordSchema& schema) const {
  FileScan result;
  std::vector<std::string>& found = result.files;
  std::vector<std::string> segments;
  for (size_t start = 0;;) {
    size_t slash = schema.path_pattern.find('/', start);
    segments.push_back(schema.path_pattern.substr(start, slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  // Walks the pattern: a `{...}` directory segment matches every directory.
  std::vector<std::string> dirs = {""};
  for (size_t i = 0; i + 1 < segments.size(); ++i) {
    std::vector<std::string> next;
    for (const auto& dir : dirs) {
      if (segments[i].front() != '{') {
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(root_ / dir / segments[i], ec)))
          result.problems.push_back(symlinked_directory(dir + segments[i]));
        else
          next.push_back(dir + segments[i] + "/");
        continue;
      }
      for (const auto& entry : readable_directory(root_, dir)) {
        std::string name = entry.path().filename().string();
        // Never skipped in silence: its records would vanish from every listing.
        if (entry.is_symlink())
          result.problems.push_back(symlinked_directory(dir + name));
        else if (entry.is_directory())
          next.push_back(dir + name + "/");
      }
    }
    dirs = std::move(next);
  }
  const std::string& last = segments.back();
  for (const auto& dir : dirs) {
    if (last.front() != '{') {
      std::error_code ec;
      if (fs::exists(fs::symlink_status(root_ / dir / last, ec))) found.push_back(dir + last);
      continue;
    }
    for (const auto& entry : readable_directory(root_, dir)) {
      std::string name = entry.path().filename().string();
      if (name.ends_with(".yaml") && !is_temp_file_name(name)) found.push_back(dir + name);
    }
  }
  std::sort(found.begin(), found.end());
  std::sort(result.problems.begin(), result.problems.end(),
            [](const auto& a, const auto& b) { return a.file < b.file; });
  return result;
}

const std::vector<Record>& Store::records(std::string_view type) const {
  if (auto cached = cache_.find(type); cached != cache_.end()) return cached->second;
  const RecordSchema& schema = schema_for(type);
  std::vector<Record> records;
  FileScan found = scan(schema);
  std::vector<Diagnostic> problems = std::move(found.problems);
  if (!problems.empty() && !skip_invalid_) throw DataError(std::move(problems));
  for (auto& check : read_files(found.files, schema)) {
    if (check.record)
      records.push_back(std::move(*check.record));
    else
      problems.insert(problems.end(), check.problems.begin(), check.problems.end());
  }
  if (!problems.empty() && !skip_invalid_) throw DataError(std::move(problems));
  skipped_.insert(skipped_.end(), problems.begin(), problems.end());
  return cache_.emplace(std::string(type), std::move(records)).first->second;
}

const Record& Store::find(std::string_view type, std::string_view id_or_suffix) const {
  const RecordSchema& schema = schema_for(type);
  if (!schema.id_prefix) {
    // Staff and classes are named by their own short IDs, exactly.
    for (const auto& record : records(type))
      if (record.id() == id_or_suffix) return record;
    throw Error(ExitCode::not_found, not_in_store(type, id_or_suffix));
  }
  if (id_or_suffix.size() < kMinSuffix)
    throw Error(ExitCode::usage, msg("'{}': an ID or a suffix of at least {} characters is needed",
                                     id_or_suffix, kMinSuffix));
  std::vector<std::string> listed = files(schema), ids;
  for (const auto& file : listed)
    ids.push_back(fs::path(file).stem().string());
  std::vector<std::string> matches = ids_matching(ids, id_or_suffix);
  if (matches.empty()) throw Error(ExitCode::not_found, none_matches(type, id_or_suffix));
  if (matches.size() > 1) {
    std::string list;
    for (const auto& id : matches)
      list += (list.empty() ? "" : ", ") + id;
    throw Error(ExitCode::not_found, msg("'{}' is ambiguous: {}", id_or_suffix, list));
  }
  const std::string& id = matches.front();
  if (auto cached = cache_.find(type); cached != cache_.end()) {
    for (const auto& record : cached->second)
      if (record.id() == id) return record;
    throw Error(ExitCode::not_found, none_matches(type, id_or_suffix));
  }
  // The file names are the IDs: only the file named is read.
  const std::string& file = listed[size_t(std::find(ids.begin(), ids.end(), id) - ids.begin())];
  if (auto found = found_.find(file); found != found_.end()) return found->second;
  FileCheck check = check_file(file, schema);
  if (!check.record) throw DataError(std::move(check.problems));
  return found_.emplace(file, std::move(*check.record)).first->second;
}

Mutation::Mutation(const Store& store) : store_(store), lock_(store.root()) {
  remove_orphan_temp_files(store.root());
  store.forget();  // what was read before the lock may be stale
}

std::string Mutation::new_id(const RecordSchema& schema, Date today) {
  for (;;) {
    std::string id = new_record_id(schema.id_prefix, today);
    std::error_code ec;
    bool taken = fs::exists(store_.root() / schema.path_for(id), ec) ||
                 std::find(staged_ids_.begin(), staged_ids_.end(), id) != staged_ids_.end();
    if (!taken) {
      staged_ids_.push_back(id);
      return id;
    }
  }
}

namespace {

// Text from the command line may hold what no record file may: refuse it by
// field before it reaches the loader's byte checks.
void refuse_control_characters(const Value& value, const std::string& path) {
  if (const std::string* text = value.as_string()) {
    for (unsigned char c : *text)
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
        throw Error(ExitCode::usage, msg("'{}': control characters are not allowed", path));
  } else if (const List* list = value.as_list()) {
    for (const auto& item : *list)
      refuse_control_characters(item, path);
  } else if (const Object* object = value.as_object()) {
    for (const auto& [key, member] : *object)
      refuse_control_characters(member, path.empty() ? key : path + "." + key);
  }
}

}  // namespace

void Mutation::put(const RecordSchema& schema, const Value& record) {
  refuse_control_characters(record, "");
  std::string file = schema.path_for(record.text("id"));
  if (auto link = symlink_on_the_way(store_.root(), file))
    throw DataError({symlinked_directory(*link)});
  std::string text = to_canonical_yaml(record, schema);
  // What is written must read back as the same record, byte for byte.
  std::vector<Diagnostic> problems;
  std::optional<Value> reread = parse_record(text, file, schema, problems);
  if (!reread) throw DataError(std::move(problems));
  if (to_canonical_yaml(*reread, schema) != text)
    throw Error(ExitCode::system, msg("{}: the record would not read back unchanged", file));
  transaction_.stage(store_.root() / file, text);
  staged_files_.push_back(file);
}

std::vector<std::string> Mutation::commit() {
  transaction_.commit();
  store_.forget();
  return std::move(staged_files_);
}

std::vector<Record> valid_records(const Store& store, std::string_view type) {
  const RecordSchema& schema = schema_for(type);
  std::vector<Record> records;
  for (FileCheck& check : store.check_files(store.files(schema), schema))
    if (check.record) records.push_back(std::move(*check.record));
  return records;
}

}  // namespace pd
