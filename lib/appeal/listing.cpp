#include "appeal/listing.h"

#include <algorithm>

#include "appeal/intake.h"
#include "appeal/routing.h"

#include "core/casefold.h"
#include "core/did_you_mean.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd::appeal {

namespace {

constexpr std::string_view kStatusFilters[] = {"open", "overdue", "due-soon", "closed", "all"};

bool status_matches(StatusFilter filter, const AppealState& state) {
  switch (filter) {
    case StatusFilter::open:
      return state.open;
    case StatusFilter::overdue:
      return state.overdue;
    case StatusFilter::due_soon:
      return state.due_soon;
    case StatusFilter::closed:
      return !state.open;
    case StatusFilter::all:
      return true;
  }
  return true;
}

Cell text_cell(const Value& record, std::string_view field) {
  std::string_view text = record.text(field);
  return text.empty() ? Cell{} : Cell{std::string(text)};
}

// The word a person reads for a stored value, in a table.
Cell word_cell(const Value& record, std::string_view field, std::string_view words) {
  std::string_view text = record.text(field);
  return text.empty() ? Cell{} : Cell{enum_word(words, text)};
}

Cell date_cell(std::optional<Date> date) {
  return date ? Cell{date->str()} : Cell{};
}

}  // namespace

StatusFilter parse_status_filter(std::string_view name) {
  for (size_t i = 0; i < std::size(kStatusFilters); ++i)
    if (kStatusFilters[i] == name) return StatusFilter(i);
  std::vector<std::string> names(std::begin(kStatusFilters), std::end(kStatusFilters));
  std::string hint;
  if (auto close = did_you_mean(name, names)) hint = msg(" (did you mean '{}'?)", *close);
  throw Error(ExitCode::usage,
              msg("--status: expected one of open, overdue, due-soon, closed, all, got '{}'{}",
                  name, hint));
}

bool grep_matches(const Value& appeal, std::string_view needle) {
  std::string folded = casefold(needle);
  auto has = [&](std::string_view text) {
    return casefold(text).find(folded) != std::string::npos;
  };
  for (std::string_view field : {"id", "from", "contact", "student", "subject", "text"})
    if (has(appeal.text(field))) return true;
  if (const Value* response = appeal.get("response"); response && has(response->text("text")))
    return true;
  if (const Value* redirect = appeal.get("redirect"); redirect && has(redirect->text("to")))
    return true;
  if (const Value* notes = appeal.get("notes"); notes && notes->as_list())
    for (const auto& note : *notes->as_list())
      if (has(note.text("text"))) return true;
  return false;
}

std::vector<ListedAppeal> select_appeals(const std::vector<Record>& appeals,
                                         const ListFilter& filter, Date today, int due_soon_days) {
  std::vector<ListedAppeal> selected;
  for (const auto& record : appeals) {
    const Value& v = record.value;
    AppealState state = state_of(v, today, due_soon_days);
    if (!status_matches(filter.status, state)) continue;
    if (!filter.class_id.empty() && v.text("class") != filter.class_id) continue;
    if (!filter.assignee.empty() && v.text("assignee") != filter.assignee) continue;
    if (!filter.kind.empty() && v.text("kind") != filter.kind) continue;
    if (!filter.lang.empty() && v.text("lang") != filter.lang) continue;
    Date received = *v.date("received");
    if (filter.since && received < *filter.since) continue;
    if (filter.until && received > *filter.until) continue;
    if (!filter.grep.empty() && !grep_matches(v, filter.grep)) continue;
    selected.push_back({&record, state});
  }
  std::sort(selected.begin(), selected.end(), [](const auto& a, const auto& b) {
    if (a.state.due != b.state.due) return a.state.due < b.state.due;
    return a.record->id() < b.record->id();
  });
  return selected;
}

std::string deadline_label(const AppealState& state) {
  if (state.open) {
    if (state.overdue)
      return count_of(size_t(state.days_late), "overdue by {} day", "overdue by {} days");
    if (state.days_left == 0) return tr("due today");
    if (state.days_left == 1) return tr("due tomorrow");
    return count_of(size_t(state.days_left), "due in {} day", "due in {} days");
  }
  if (!state.on_time) return {};
  if (*state.on_time) return tr("on time");
  return count_of(size_t(state.days_late), "{} day late", "{} days late");
}

Rows table_rows(const std::vector<ListedAppeal>& appeals) {
  Rows rows{{{"id", tr("ID")},
             // TRANSLATORS: the column of the appeal's registration number.
             {"number", tr("No.")},
             {"due", tr("DUE")},
             {"deadline", tr("DEADLINE")},
             {"status", tr("STATUS")},
             {"kind", tr("KIND")},
             {"lang", tr("LANG")},
             {"class", tr("CLASS")},
             {"assignee", tr("ASSIGNEE")},
             {"from", tr("FROM")},
             {"subject", tr("SUBJECT")}},
            {}};
  // On a narrow terminal: the sender and the subject are cut short, then
  // the language, kind, assignee, status and class left out, in this order.
  for (auto [key, priority] : {std::pair{"number", 7},
                               {"lang", 6},
                               {"kind", 5},
                               {"assignee", 4},
                               {"status", 3},
                               {"class", 2}})
    set_fit(rows, key, priority);
  set_fit(rows, "from", 0, Shrink::yes, 14);
  set_fit(rows, "subject", 0, Shrink::yes, 16);
  for (const auto& [record, state] : appeals) {
    const Value& v = record->value;
    auto number = v.integer("number");
    rows.rows.push_back(
        {std::string(record->id()), number ? Cell{*number} : Cell{}, state.due.str(),
         deadline_label(state), word_cell(v, "status", "appeal status"),
         word_cell(v, "kind", "appeal kind"), text_cell(v, "lang"), text_cell(v, "class"),
         text_cell(v, "assignee"), text_cell(v, "from"), text_cell(v, "subject")});
    rows.tones.push_back(state.overdue    ? Tone::alert
                         : state.due_soon ? Tone::warn
                         : !state.open    ? Tone::dim
                                          : Tone::none);
  }
  return rows;
}

Rows data_rows(const std::vector<ListedAppeal>& appeals, const Names& names) {
  static constexpr std::string_view kFields[] = {
      "id",      "number",  "status", "kind",    "channel", "lang",     "received", "from",
      "contact", "student", "class",  "subject", "route",   "assignee", "due",      "repeat_of"};
  Rows rows;
  for (std::string_view field : kFields) {
    rows.columns.push_back({std::string(field), std::string(field)});
    if (field == "class") rows.columns.push_back({"class_name", "class_name"});
  }
  for (std::string_view derived : {"due_soon", "overdue", "days_late", "on_time", "delivered_on"})
    rows.columns.push_back({std::string(derived), std::string(derived)});
  for (const auto& [record, state] : appeals) {
    const Value& v = record->value;
    std::vector<Cell> row;
    for (std::string_view field : kFields) {
      if (field == "received" || field == "due")
        row.push_back(date_cell(v.date(field)));
      else if (auto number = field == "number" ? v.integer(field) : std::nullopt)
        row.push_back(*number);
      else
        row.push_back(text_cell(v, field));
      if (field == "class")
        row.push_back(v.text("class").empty() ? Cell{} : Cell{names.class_name(v.text("class"))});
    }
    row.push_back(state.due_soon);
    row.push_back(state.overdue);
    row.push_back(std::int64_t(state.days_late));
    row.push_back(state.on_time ? Cell{*state.on_time} : Cell{});
    const Value* delivered = v.get("delivered");
    row.push_back(date_cell(delivered ? delivered->date("date") : std::nullopt));
    rows.rows.push_back(std::move(row));
  }
  return rows;
}

ListFilter list_filter(std::string_view status, std::string_view kind, std::string_view lang,
                       std::string_view grep) {
  ListFilter filter;
  filter.status = parse_status_filter(status);
  if (!kind.empty()) require_schema_value("--kind", "kind", kind);
  if (!lang.empty()) require_schema_value("--lang", "lang", lang);
  filter.kind = kind, filter.lang = lang, filter.grep = grep;
  return filter;
}

void resolve_people(ListFilter& filter, const Store& store, std::string_view class_id,
                    std::string_view assignee) {
  if (!class_id.empty()) filter.class_id = find_class(store, class_id).id();
  if (!assignee.empty()) filter.assignee = find_staff(store, assignee).id();
}

}  // namespace pd::appeal
