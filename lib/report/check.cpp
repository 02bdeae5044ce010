#include "report/check.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "appeal/numbering.h"
#include "appeal/record_check.h"
#include "booking/overlap.h"
#include "core/i18n.h"
#include "documents/letter_template.h"
#include "minutes/check.h"
#include "report/consent_check.h"
#include "school/calendar_check.h"
#include "school/settings.h"
#include "store/canonical.h"
#include "store/git.h"
#include "store/lock.h"

namespace pd {

namespace fs = std::filesystem;

namespace {

// The former and the new name of the key when two lines differ only in it
// (a renamed field, schema key `was:`), e.g. "  on: 2026-11-19" and
// "  date: 2026-11-19".
std::optional<std::pair<std::string, std::string>> renamed_key(std::string_view actual,
                                                               std::string_view expected) {
  auto split = [](std::string_view line) {
    size_t indent = line.find_first_not_of(" -");
    size_t colon = line.find(':');
    if (indent == std::string_view::npos || colon == std::string_view::npos || colon < indent)
      return std::tuple<std::string_view, std::string_view, std::string_view>{};
    return std::tuple{line.substr(0, indent), line.substr(indent, colon - indent),
                      line.substr(colon)};
  };
  auto [indent_a, key_a, rest_a] = split(actual);
  auto [indent_e, key_e, rest_e] = split(expected);
  if (key_a.empty() || key_e.empty() || key_a == key_e || indent_a != indent_e || rest_a != rest_e)
    return std::nullopt;
  return std::pair{std::string(key_a), std::string(key_e)};
}

// The first line where `actual` and `expected` differ, and what was expected
// there.
Diagnostic canonical_difference(const std::string& file, const std::string& actual,
                                const std::string& expected) {
  size_t line = 1, pos = 0;
  while (pos < actual.size() && pos < expected.size()) {
    size_t end_a = actual.find('\n', pos), end_e = expected.find('\n', pos);
    std::string_view a = std::string_view(actual).substr(pos, end_a - pos);
    std::string_view e = std::string_view(expected).substr(pos, end_e - pos);
    if (a != e || end_a == std::string::npos || end_e == std::string::npos) {
      if (a == e && end_e != std::string::npos && end_a == std::string::npos)
        return {
            file, {int(line), 1}, tr("not in canonical form: no newline at the end of the file")};
      if (e.empty() && end_e == std::string::npos)
        return {
            file, {int(line), 1}, tr("not in canonical form: unexpected text after the record")};
      if (auto renamed = renamed_key(a, e))
        return {file,
                {int(line), 1},
                // TRANSLATORS: a key of an old file that has a new name, e.g.
                // 'on' now 'date'; YAML 1.1 readers took 'on' for true.
                msg("not in canonical form: the key '{}' is now '{}' ('report check --fix' "
                    "rewrites it)",
                    renamed->first, renamed->second)};
      return {file,
              {int(line), 1},
              msg("not in canonical form: expected '{}' ('report check --fix' rewrites it)", e)};
    }
    pos = end_a + 1;
    ++line;
  }
  if (actual.size() > expected.size())
    return {file, {int(line), 1}, tr("not in canonical form: unexpected text after the record")};
  return {file, {int(line), 1}, tr("not in canonical form: the record is cut short")};
}

// Every reference in a record, with its position and target type.
void collect_references(
    const Value& value, const FieldSpec& spec, const std::string& path,
    std::vector<std::tuple<std::string, std::string, std::string, Position>>& out) {
  if (spec.type == FieldType::ref) {
    if (const std::string* id = value.as_string())
      out.emplace_back(path, spec.ref_to, *id, value.pos());
  } else if (spec.type == FieldType::list && value.as_list()) {
    size_t i = 0;
    for (const auto& item : *value.as_list())
      collect_references(item, *spec.items, path + "[" + std::to_string(++i) + "]", out);
  } else if (spec.type == FieldType::object && value.as_object()) {
    for (const auto& field : spec.fields)
      if (const Value* member = value.get(field.name))
        collect_references(*member, field, path.empty() ? field.name : path + "." + field.name,
                           out);
  }
}

// *.yaml files under a record type's directory that its path pattern does
// not reach (an appeal directly in appeals/, say).
void find_stray_files(const Store& store, const RecordSchema& schema,
                      const std::set<std::string>& listed, std::vector<Diagnostic>& problems) {
  std::string dir = schema.directory();
  if (dir.empty()) return;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(store.root() / dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.ends_with(".yaml") || is_temp_file_name(name)) continue;
    // lexically: a symbolic link is reported where it is, not where it points.
    std::string relative = it->path().lexically_relative(store.root()).generic_string();
    // One in the layout was created since the listing: not a stray file.
    if (!listed.count(relative) && !in_layout(schema, relative))
      problems.push_back(
          {relative,
           {},
           msg("not where a record of type '{}' belongs ({})", schema.name, schema.path_pattern)});
  }
}

const Record* find_valid(const std::vector<Record>& records, std::string_view type) {
  for (const auto& record : records)
    if (record.schema->name == type) return &record;
  return nullptr;
}

// One pass over the store; `note` is the lock file's text when it was taken.
CheckResult check_once(const Store& store, const std::optional<std::string>& note) {
  CheckResult result;
  std::map<std::string, std::map<std::string, std::string>> ids;     // type -> id -> file
  std::map<std::string, std::set<std::string>> present_but_invalid;  // type -> ids
  std::vector<Record> valid;

  for (const auto& schema : record_schemas()) {
    FileScan scan = store.scan(schema);
    result.problems.insert(result.problems.end(), scan.problems.begin(), scan.problems.end());
    const std::vector<std::string>& files = scan.files;
    if (schema.name == "school" && files.empty())
      result.problems.push_back({"school.yaml", {}, tr("missing: every store has a school.yaml")});
    std::vector<FileCheck> checks = store.check_files(files, schema);
    for (size_t i = 0; i < files.size(); ++i) {
      const std::string& file = files[i];
      FileCheck& check = checks[i];
      ++result.files_checked;
      result.problems.insert(result.problems.end(), check.problems.begin(), check.problems.end());
      if (!check.record) {
        // Its file name still says which record it is: references to it are
        // not reported as dangling on top of its own problems.
        present_but_invalid[schema.name].insert(fs::path(file).stem().string());
        if (!check.misplaced_id.empty())
          present_but_invalid[schema.name].insert(check.misplaced_id);
        continue;
      }
      Record& record = *check.record;
      if (schema.name != "school") {
        // A record under another ID's file name is invalid (check_file).
        std::string id(record.id());
        Position id_pos = record.value.get("id")->pos();
        auto [seen, inserted] = ids[schema.name].emplace(id, file);
        if (!inserted)
          result.problems.push_back(
              {file, id_pos, msg("'id': duplicate ID '{}' (also in {})", id, seen->second)});
      }
      if (!check.canonical) {
        std::string canonical = to_canonical_yaml(record.value, schema);
        result.problems.push_back(canonical_difference(file, check.text, canonical));
        if (schema.path_for(record.id()) == file) result.not_canonical.push_back(record);
      }
      valid.push_back(std::move(record));
    }
    find_stray_files(store, schema, std::set<std::string>(files.begin(), files.end()),
                     result.problems);
  }

  for (const auto& record : valid) {
    std::vector<std::tuple<std::string, std::string, std::string, Position>> references;
    collect_references(record.value, record.schema->root, "", references);
    for (const auto& [path, type, id, pos] : references)
      if (!ids[type].count(id) && !present_but_invalid[type].count(id))
        result.problems.push_back(
            {record.file, pos, msg("'{}': no {} '{}' in the store", path, type, id)});
  }

  // The rules of each domain that a schema cannot say.
  auto add = [&](std::vector<Diagnostic> found) {
    result.problems.insert(result.problems.end(), found.begin(), found.end());
  };
  add(booking_overlaps(store));
  add(check_minutes(store));
  if (const Record* school = find_valid(valid, "school")) {
    SchoolSettings settings = SchoolSettings::from(school->value);
    add(check_school_calendar(*school));
    add(check_photo_consents(valid, settings));
    std::vector<Record> appeals;
    for (const auto& record : valid)
      if (record.schema->name == "appeal") {
        add(appeal::check_appeal(record, settings));
        appeals.push_back(record);
      }
    // Two clones that registered appeals offline, then merged.
    add(appeal::duplicate_appeal_numbers(appeals));
    add(check_letter_templates(store.root()));
  }

  if (in_git_work_tree(store.root())) {
    // A crashed git command's lock makes every commit fail.
    if (auto lock = git_lock(store.root()))
      result.problems.push_back(
          {*lock,
           {},
           tr("exists: another git command is running, or one crashed; if none is running, "
              "remove the file and try again")});
    // A change saved but never committed (its command killed, or its commit failed).
    std::string text = note ? *note : read_lock_note(store.root());
    for (const auto& left : still_uncommitted(store.root(), parse_pending(text)))
      result.problems.push_back(
          {left.file,
           {},
           as_written(store.root(), left)
               ? tr("saved but not committed to git (a command was interrupted or its commit "
                    "failed): the next change commits it, or commit it yourself")
               : tr("saved but not committed to git (a command was interrupted or its commit "
                    "failed), and changed since: check it and commit it yourself")});
  }

  std::sort(result.problems.begin(), result.problems.end(), [](const auto& a, const auto& b) {
    return std::tie(a.file, a.pos.line, a.pos.column) < std::tie(b.file, b.pos.line, b.pos.column);
  });
  return result;
}

}  // namespace

CheckResult check_store(const Store& store) {
  // Commands may write while the store is read, and what is written meanwhile
  // can look wrong (a record not listed yet, the index.lock of a commit, a
  // reference to a record read before it existed). Problems found while the
  // store changed are checked again, and the last time under the store's
  // lock, taken shared: writers wait for one check at most, and only while
  // they keep writing.
  constexpr auto kPatience = std::chrono::seconds(5);
  constexpr int kUnlockedPasses = 2;
  std::optional<CheckResult> result;
  for (int pass = 1; pass <= kUnlockedPasses; ++pass) {
    if (pass > 1) store.forget();
    std::optional<std::string> before = glimpse_lock_note(store.root(), kPatience);
    result = check_once(store, before);
    if (result->problems.empty()) return std::move(*result);
    std::optional<std::string> after = glimpse_lock_note(store.root(), kPatience);
    if (!before || !after || *before == *after) return std::move(*result);
  }
  try {
    ReadLock lock(store.root(), kPatience);
    store.forget();
    return check_once(store, read_lock_note(store.root()));
  } catch (const Error&) {
    return std::move(*result);  // the lock cannot be had: the last pass stands
  }
}

size_t stage_canonical(const Store& store, Mutation& change, const std::vector<Record>& records) {
  size_t staged = 0;
  for (const auto& record : records) {
    if (FileCheck now = store.check_file(record.file, *record.schema); now.record) {
      change.put(*record.schema, now.record->value);
      ++staged;
    }
  }
  return staged;
}

Rows problem_rows(const std::vector<Diagnostic>& problems) {
  Rows rows{{{"file", tr("FILE")},
             {"line", tr("LINE")},
             {"column", tr("COLUMN")},
             {"message", tr("MESSAGE")}},
            {}};
  for (const auto& p : problems)
    rows.rows.push_back({p.file, std::int64_t(p.pos.line), std::int64_t(p.pos.column), p.message});
  return rows;
}

}  // namespace pd
