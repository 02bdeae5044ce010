#include "appeal/numbering.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "core/i18n.h"

namespace pd::appeal {

namespace {

// Where a journal keeps an appeal's number: the object holding `number` and
// the date whose year the sequence runs by.
enum class Journal { incoming, outgoing };

struct Entry {
  const Value* holder;
  int year;
  std::int64_t number;
};

std::optional<Entry> entry_of(const Record& appeal, Journal journal) {
  const Value* holder = &appeal.value;
  std::string_view date_key = "received";
  if (journal == Journal::outgoing) {
    holder = appeal.value.get("response");
    date_key = "date";
  }
  if (!holder) return std::nullopt;
  auto number = holder->integer("number");
  auto date = holder->date(date_key);
  if (!number || !date) return std::nullopt;
  return Entry{holder, date->year(), *number};
}

std::int64_t next_number(const std::vector<Record>& appeals, int year, Journal journal) {
  std::int64_t highest = 0;
  for (const Record& appeal : appeals)
    if (auto entry = entry_of(appeal, journal); entry && entry->year == year)
      highest = std::max(highest, entry->number);
  return highest + 1;
}

void add_duplicates(const std::vector<Record>& appeals, Journal journal,
                    std::vector<Diagnostic>& problems) {
  std::map<std::pair<int, std::int64_t>, std::vector<std::pair<const Record*, Entry>>> numbered;
  for (const Record& appeal : appeals)
    if (auto entry = entry_of(appeal, journal))
      numbered[{entry->year, entry->number}].emplace_back(&appeal, *entry);
  for (const auto& [key, entries] : numbered) {
    if (entries.size() < 2) continue;
    const auto& [year, number] = key;
    for (const auto& [record, entry] : entries)
      for (const auto& [other, other_entry] : entries) {
        if (other == record) continue;
        Position at = entry.holder->get("number")->pos();
        problems.push_back(
            {record->file, at,
             journal == Journal::incoming
                 // TRANSLATORS: an appeal's registration number, the other
                 // appeal's file, the calendar year.
                 ? msg("'number': registration No. {} is also given to '{}' in {}", number,
                       other->file, year)
                 // TRANSLATORS: an answer letter's outgoing number, the
                 // other appeal's file, the calendar year.
                 : msg("'response.number': outgoing No. {} is also given to '{}' in {}", number,
                       other->file, year)});
      }
  }
}

}  // namespace

std::int64_t next_registration_number(const std::vector<Record>& appeals, int year) {
  return next_number(appeals, year, Journal::incoming);
}

std::int64_t next_outgoing_number(const std::vector<Record>& appeals, int year) {
  return next_number(appeals, year, Journal::outgoing);
}

std::vector<Diagnostic> duplicate_appeal_numbers(const std::vector<Record>& appeals) {
  std::vector<Diagnostic> problems;
  add_duplicates(appeals, Journal::incoming, problems);
  add_duplicates(appeals, Journal::outgoing, problems);
  return problems;
}

}  // namespace pd::appeal
