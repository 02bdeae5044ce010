#include "minutes/amendment.h"

#include <algorithm>
#include <regex>
#include <set>

#include "core/error.h"
#include "core/i18n.h"
#include "minutes/decisions.h"
#include "minutes/digest.h"
#include "minutes/signing.h"

namespace pd {

namespace {

// A field's path taken apart: a top-level text (title, place, notes), an
// item of the agenda, or a field of a decision.
struct FieldPath {
  enum class Kind { top, agenda, decision } kind = Kind::top;
  std::string name;         // title, place, notes; text, owner, due of a decision
  std::int64_t number = 0;  // the agenda item (from 1) or the decision's number
};

std::optional<FieldPath> parse_path(std::string_view field) {
  static const std::regex pattern(
      R"(^(?:(title|place|notes)|agenda\[([1-9][0-9]{0,2})\]|decisions\[([1-9][0-9]{0,2})\]\.(text|owner|due))$)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(field.begin(), field.end(), m, pattern)) return std::nullopt;
  FieldPath path;
  if (m[1].matched) {
    path.name = m[1].str();
  } else if (m[2].matched) {
    path.kind = FieldPath::Kind::agenda;
    path.number = std::stoll(m[2].str());
  } else {
    path.kind = FieldPath::Kind::decision;
    path.number = std::stoll(m[3].str());
    path.name = m[4].str();
  }
  return path;
}

// Where a path's value lives in the record: the value (nullptr for a
// top-level field the record lacks), or no slot at all when the agenda item
// or the decision does not exist.
struct Slot {
  bool exists = false;
  Value* value = nullptr;
};

Slot slot_of(Value& minutes, const FieldPath& path) {
  switch (path.kind) {
    case FieldPath::Kind::top:
      return {true, minutes.get(path.name)};
    case FieldPath::Kind::agenda: {
      Value* agenda = minutes.get("agenda");
      if (!agenda || !agenda->as_list() || path.number > std::int64_t(agenda->as_list()->size()))
        return {};
      return {true, &(*agenda->as_list())[size_t(path.number - 1)]};
    }
    case FieldPath::Kind::decision:
      if (Value* decisions = minutes.get("decisions"); decisions && decisions->as_list())
        for (Value& decision : *decisions->as_list())
          if (decision.integer("number") == path.number) return {true, decision.get(path.name)};
      return {};
  }
  return {};
}

// A value as the text an amendment records: dates as YYYY-MM-DD.
std::optional<std::string> text_of(const Value* value) {
  if (!value || value->is_null()) return std::nullopt;
  if (const std::string* text = value->as_string()) return *text;
  if (const Date* date = value->as_date()) return date->str();
  return std::nullopt;
}

// Gives the field `path` names the text `text` (a due date parsed), or
// removes a top-level field when there is no text. False when the slot does
// not exist or the text is no date where a date is due.
bool put(Value& minutes, const FieldPath& path, const std::optional<std::string>& text) {
  Slot slot = slot_of(minutes, path);
  if (!slot.exists) return false;
  std::optional<Value> value;
  if (text) {
    if (path.kind == FieldPath::Kind::decision && path.name == "due") {
      std::optional<Date> day = Date::parse(*text);
      if (!day) return false;
      value = Value(*day);
    } else {
      value = Value(*text);
    }
  }
  switch (path.kind) {
    case FieldPath::Kind::top:
      if (value)
        minutes.set(path.name, std::move(*value));
      else
        minutes.erase(path.name);
      return true;
    case FieldPath::Kind::agenda:
      if (!value) return false;
      *slot.value = std::move(*value);
      return true;
    case FieldPath::Kind::decision: {
      if (!value) return false;
      Value* decisions = minutes.get("decisions");
      for (Value& decision : *decisions->as_list())
        if (decision.integer("number") == path.number) decision.set(path.name, std::move(*value));
      return true;
    }
  }
  return false;
}

std::string quoted_id(const Value& minutes) {
  return "'" + std::string(minutes.text("id")) + "'";
}

const List* amendments_of(const Value& minutes) {
  const Value* amendments = minutes.get("amendments");
  return amendments ? amendments->as_list() : nullptr;
}

// The signature of `role` as an amendment keeps it: {name, date}.
Value kept_signature(const Value& signature) {
  Value kept{Object{}};
  kept.set("name", *signature.get("name"));
  kept.set("date", *signature.get("date"));
  return kept;
}

// Undoes the last amendment of `minutes`, which opened version `version`:
// its corrections, its signatures and digest. False when a correction
// cannot be undone.
bool undo_last(Value& minutes, std::int64_t version) {
  List& amendments = *minutes.get("amendments")->as_list();
  Value entry = std::move(amendments.back());
  amendments.pop_back();
  if (amendments.empty()) minutes.erase("amendments");
  // The corrections are taken out first: undoing one may add or remove a
  // field of the record, which moves the others.
  List undo, kept;
  if (Value* corrections = minutes.get("corrections"); corrections && corrections->as_list())
    for (Value& correction : *corrections->as_list())
      (correction.integer("version") == version ? undo : kept).push_back(std::move(correction));
  if (kept.empty())
    minutes.erase("corrections");
  else
    minutes.set("corrections", Value(std::move(kept)));
  bool undone = true;
  for (const Value& correction : undo) {
    std::optional<FieldPath> path = parse_path(correction.text("field"));
    if (!path || !put(minutes, *path, text_of(correction.get("previous")))) undone = false;
  }
  List signatures;
  for (Role role : {Role::chair, Role::secretary})
    if (const Value* signer =
            entry.get(role == Role::chair ? "previous_chair" : "previous_secretary")) {
      Value signature{Object{}};
      signature.set("role", Value(std::string(role_name(role))));
      signature.set("name", signer->get("name") ? *signer->get("name") : Value(""));
      signature.set("date", signer->get("date") ? *signer->get("date") : Value());
      signatures.push_back(std::move(signature));
    }
  if (signatures.empty())
    minutes.erase("signatures");
  else
    minutes.set("signatures", Value(std::move(signatures)));
  if (Value* digest = entry.get("previous_digest"))
    minutes.set("digest", std::move(*digest));
  else
    minutes.erase("digest");
  return undone;
}

std::string flag_of(const Correction& correction) {
  return correction.flag.empty() ? correction.field : correction.flag;
}

}  // namespace

bool is_amendable_field(std::string_view field) {
  return parse_path(field).has_value();
}

std::int64_t minutes_version(const Value& minutes) {
  const List* amendments = amendments_of(minutes);
  return 1 + (amendments ? std::int64_t(amendments->size()) : 0);
}

const Value* last_amendment(const Value& minutes) {
  const List* amendments = amendments_of(minutes);
  return amendments && !amendments->empty() ? &amendments->back() : nullptr;
}

std::int64_t amend(Value& minutes, const Amendment& amendment, const std::string& by, Date today) {
  if (amendment.corrections.empty())
    throw Error(ExitCode::usage,
                tr("nothing to amend: give what to correct (--title, --place, --agenda, --notes, "
                   "--decision with --text, --owner or --due)"));
  if (amendment.reason.find_first_not_of(" \t") == std::string::npos)
    throw Error(ExitCode::usage, tr("'--reason': say why the signed minutes are amended"));
  require_allowed(minutes, Action::amend);
  // What is amended is what was signed: a hand edit since is not laundered
  // into a new version.
  if (minutes.text("digest") != minutes_digest(minutes) || !amendment_problems(minutes).empty())
    throw Error(ExitCode::invalid_data,
                // TRANSLATORS: {} is the minutes' ID, quoted.
                msg("{}: the minutes were changed after they were signed (their content no "
                    "longer matches the digest, see report check); they cannot be amended",
                    quoted_id(minutes)));

  Value amended = minutes;
  std::int64_t version = minutes_version(minutes) + 1;
  List corrections;
  std::set<std::string> seen;
  for (const Correction& correction : amendment.corrections) {
    std::optional<FieldPath> path = parse_path(correction.field);
    if (!path)
      throw Error(ExitCode::usage,
                  msg("'{}': not a field an amendment corrects", correction.field));
    if (!seen.insert(correction.field).second)
      throw Error(ExitCode::usage, msg("'{}': given twice", flag_of(correction)));
    if (correction.text.find_first_not_of(" \t\n") == std::string::npos)
      throw Error(ExitCode::usage, msg("'{}': the corrected text is empty", flag_of(correction)));
    Slot slot = slot_of(amended, *path);
    if (!slot.exists) {
      if (path->kind == FieldPath::Kind::agenda) {
        const Value* agenda = minutes.get("agenda");
        size_t items = agenda && agenda->as_list() ? agenda->as_list()->size() : 0;
        throw Error(ExitCode::not_found,
                    items == 0 ? msg("{}: no agenda item {}; the minutes have no agenda",
                                     quoted_id(minutes), path->number)
                               : msg("{}: no agenda item {} (the last is {})", quoted_id(minutes),
                                     path->number, items));
      }
      std::int64_t last = next_decision_number(minutes) - 1;
      std::string id(minutes.text("id"));
      throw Error(ExitCode::not_found,
                  last == 0
                      ? msg("'{}': no decision {}; the minutes have no decisions", id, path->number)
                      : msg("'{}': no decision {} (the last is {})", id, path->number, last));
    }
    std::string text = correction.text;
    if (path->kind == FieldPath::Kind::decision && path->name == "due") {
      std::optional<Date> due = Date::parse_typed(text);
      if (!due)
        throw Error(ExitCode::usage,
                    msg("{}: expected a date YYYY-MM-DD or DD.MM.YYYY that exists, got '{}'",
                        flag_of(correction), text));
      if (Date meeting = *minutes.date("date"); *due < meeting)
        throw Error(ExitCode::refused,
                    msg("'--due': {} is before the meeting on {}", due->str(), meeting.str()));
      text = due->str();
    }
    std::optional<std::string> previous = text_of(slot.value);
    if (previous == text)
      throw Error(ExitCode::usage, msg("'{}': the minutes already say this; nothing to correct",
                                       flag_of(correction)));
    put(amended, *path, text);
    Value change{Object{}};
    change.set("version", Value(version));
    change.set("field", Value(correction.field));
    if (previous) change.set("previous", Value(*previous));
    corrections.push_back(std::move(change));
  }

  Value entry{Object{}};
  entry.set("version", Value(version));
  entry.set("date", Value(today));
  entry.set("by", Value(by));
  entry.set("reason", Value(amendment.reason));
  if (const Value* chair = signature_of(amended, Role::chair))
    entry.set("previous_chair", kept_signature(*chair));
  if (const Value* secretary = signature_of(amended, Role::secretary))
    entry.set("previous_secretary", kept_signature(*secretary));
  entry.set("previous_digest", Value(std::string(amended.text("digest"))));
  amended.erase("signatures");
  amended.erase("digest");
  if (!amended.get("amendments")) amended.set("amendments", Value(List{}));
  amended.get("amendments")->as_list()->push_back(std::move(entry));
  if (!amended.get("corrections")) amended.set("corrections", Value(List{}));
  for (Value& change : corrections)
    amended.get("corrections")->as_list()->push_back(std::move(change));
  // What the amendment keeps must rebuild the version it replaced (a record
  // whose signatures were written by hand in another order would not).
  std::optional<Value> replaced = earlier_version(amended, version - 1);
  if (!replaced || minutes_digest(*replaced) != minutes.text("digest"))
    throw Error(ExitCode::invalid_data,
                msg("{}: the signed version cannot be rebuilt from the amended record (are its "
                    "signatures written by hand?); nothing amended",
                    quoted_id(minutes)));
  minutes = std::move(amended);
  return version;
}

std::optional<Value> earlier_version(const Value& minutes, std::int64_t version) {
  std::int64_t current = minutes_version(minutes);
  if (version < 1 || version >= current) return std::nullopt;
  Value earlier = minutes;
  for (std::int64_t v = current; v > version; --v)
    if (!undo_last(earlier, v)) return std::nullopt;
  return earlier;
}

std::vector<AmendmentProblem> amendment_problems(const Value& minutes) {
  std::vector<AmendmentProblem> problems;
  const List* amendments = amendments_of(minutes);
  std::int64_t current = minutes_version(minutes);
  if (const Value* corrections = minutes.get("corrections");
      corrections && corrections->as_list()) {
    std::set<std::pair<std::int64_t, std::string>> seen;
    size_t j = 0;
    for (const Value& correction : *corrections->as_list()) {
      ++j;
      std::int64_t version = correction.integer("version").value_or(0);
      std::string field(correction.text("field"));
      if (version < 2 || version > current)
        problems.push_back(
            {correction.get("version") ? correction.get("version") : &correction,
             // TRANSLATORS: the number of the correction, the version it names.
             msg("'corrections[{}].version': no amendment opened version {}", j, version)});
      else if (!seen.insert({version, field}).second)
        problems.push_back(
            {correction.get("field") ? correction.get("field") : &correction,
             msg("'corrections[{}].field': '{}' is corrected twice by one amendment", j, field)});
    }
  }
  if (!amendments) return problems;
  for (size_t i = 0; i < amendments->size(); ++i) {
    const Value& entry = (*amendments)[i];
    std::int64_t version = std::int64_t(i) + 2;
    if (const Value* number = entry.get("version"); number && entry.integer("version") != version)
      problems.push_back(
          {number,
           // TRANSLATORS: the number of the amendment, the version it should open.
           msg("'amendments[{}].version': expected {}: each amendment opens the next version",
               i + 1, version)});
    std::optional<Value> rebuilt = earlier_version(minutes, version - 1);
    const Value* digest = entry.get("previous_digest");
    if (!rebuilt)
      problems.push_back(
          {&entry,
           // TRANSLATORS: the number of the amendment, then of the version it replaced.
           msg("'amendments[{}]': version {} of the minutes cannot be rebuilt (a corrected field "
               "the record no longer has, or a due date that is none)",
               i + 1, version - 1)});
    else if (!digest || rebuilt->text("digest") != minutes_digest(*rebuilt))
      problems.push_back(
          {digest ? digest : &entry,
           msg("'amendments[{}].previous_digest': version {} of the minutes, rebuilt from the "
               "record, no longer matches the digest it was signed with (the previous text or "
               "the minutes were changed by hand)",
               i + 1, version - 1)});
  }
  return problems;
}

}  // namespace pd
