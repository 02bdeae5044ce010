#include "minutes/numbering.h"

#include <map>
#include <tuple>

#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

std::string numbering_year(Date day, const SchoolSettings& school) {
  if (const SchoolYear* year = school.year_of(day)) {
    Date start = year->start;
    if (day < Date(start.year() + 1, start.month(), start.day())) return year->name();
  }
  int start_year = day.month() >= 9 ? day.year() : day.year() - 1;
  return fmt::format("{}/{}", start_year, start_year + 1);
}

std::int64_t next_protocol_number(const std::vector<Record>& minutes, std::string_view kind,
                                  Date day, const SchoolSettings& school) {
  std::string year = numbering_year(day, school);
  std::int64_t highest = 0;
  for (const Record& record : minutes) {
    const Value& v = record.value;
    auto number = v.integer("number");
    auto date = v.date("date");
    if (number && date && v.text("kind") == kind && numbering_year(*date, school) == year)
      highest = std::max(highest, *number);
  }
  return highest + 1;
}

std::vector<Diagnostic> duplicate_protocol_numbers(const std::vector<Record>& minutes,
                                                   const SchoolSettings& school) {
  using Key = std::tuple<std::string, std::string, std::int64_t>;  // year, kind, number
  std::map<Key, std::vector<const Record*>> numbered;
  for (const Record& record : minutes) {
    const Value& v = record.value;
    auto number = v.integer("number");
    auto date = v.date("date");
    if (number && date)
      numbered[{numbering_year(*date, school), std::string(v.text("kind")), *number}].push_back(
          &record);
  }
  std::vector<Diagnostic> problems;
  for (const auto& [key, records] : numbered) {
    if (records.size() < 2) continue;
    const auto& [year, kind, number] = key;
    for (const Record* record : records)
      for (const Record* other : records)
        if (other != record)
          problems.push_back(
              {record->file, record->value.get("number")->pos(),
               // TRANSLATORS: the protocol number, the other file, the kind of
               // minutes ("class parent meeting"), the school year ("2026/2027").
               msg("'number': protocol No. {} is also given to '{}', a {} of the school year {}",
                   number, other->file, enum_word("minutes kind", kind), year)});
  }
  return problems;
}

}  // namespace pd
