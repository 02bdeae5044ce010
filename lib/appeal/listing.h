// `appeal list`: the filters of SPEC §5, the order (due date, then ID) and
// the rows of the table, JSON and CSV.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "appeal/state.h"
#include "output/rows.h"
#include "school/names.h"
#include "store/store.h"

namespace pd::appeal {

// --status: open (received, assigned, answered), overdue, due-soon, closed
// (delivered, closed, withdrawn, redirected), all.
enum class StatusFilter { open, overdue, due_soon, closed, all };

// Error (usage) with a "did you mean" for an unknown name.
StatusFilter parse_status_filter(std::string_view name);

struct ListFilter {
  StatusFilter status = StatusFilter::open;
  std::string class_id;  // a class ID
  std::string assignee;  // a staff ID
  std::string kind, lang;
  std::optional<Date> since, until;  // received on or after / on or before
  std::string grep;                  // in the texts, ignoring case
};

// The filter from the options of `appeal list` as typed, the dates aside:
// `status` parsed, `kind` and `lang` checked against the schema when given.
// Throws Error (usage).
ListFilter list_filter(std::string_view status, std::string_view kind, std::string_view lang,
                       std::string_view grep);

// `class_id` (an ID or a name) and `assignee` (a staff ID), when given, as
// the IDs `store` knows them, into `filter`. Throws Error (not_found).
void resolve_people(ListFilter& filter, const Store& store, std::string_view class_id,
                    std::string_view assignee);

struct ListedAppeal {
  const Record* record = nullptr;
  AppealState state;
};

// True when the appeal's texts (subject, text, names, contact, answer,
// notes, where it was redirected) contain `needle`, ignoring case in Latin,
// Cyrillic and Kazakh letters.
bool grep_matches(const Value& appeal, std::string_view needle);

// The appeals that pass `filter` on `today`, by due date, then ID.
std::vector<ListedAppeal> select_appeals(const std::vector<Record>& appeals,
                                         const ListFilter& filter, Date today, int due_soon_days);

// "overdue by 3 days", "due today", "due in 2 days", "on time",
// "2 days late", or empty.
std::string deadline_label(const AppealState& state);

// For people: ID, due, deadline, status, kind, language, class, assignee,
// parent, subject.
Rows table_rows(const std::vector<ListedAppeal>& appeals);

// For programs and spreadsheets: the record's own one-line fields under
// their names, the class's display name (class_name) beside its ID, and
// the derived due_soon, overdue, days_late, on_time, delivered_on.
Rows data_rows(const std::vector<ListedAppeal>& appeals, const Names& names);

}  // namespace pd::appeal
