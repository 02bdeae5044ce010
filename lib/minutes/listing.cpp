#include "minutes/listing.h"

#include <algorithm>
#include <tuple>

#include "core/i18n.h"
#include "minutes/decisions.h"
#include "minutes/held.h"
#include "minutes/signing.h"
#include "output/enum_words.h"

namespace pd {

namespace {

Cell text_cell(const Value& record, std::string_view field) {
  std::string_view text = record.text(field);
  return text.empty() ? Cell{} : Cell{std::string(text)};
}

Cell count_cell(const Value& record, std::string_view field) {
  auto n = record.integer(field);
  return n ? Cell{*n} : Cell{};
}

struct DecisionCounts {
  std::int64_t total = 0, open = 0, overdue = 0;
};

DecisionCounts count_decisions(const Value& minutes, Date today) {
  DecisionCounts counts;
  if (const Value* decisions = minutes.get("decisions"); decisions && decisions->as_list())
    for (const Value& decision : *decisions->as_list()) {
      ++counts.total;
      DecisionStatus status = decision_status(decision, today);
      if (status != DecisionStatus::done) ++counts.open;
      if (status == DecisionStatus::overdue) ++counts.overdue;
    }
  return counts;
}

// The roles as a list: an array in JSON, joined with ", " in CSV.
Cell role_list(const std::vector<Role>& roles) {
  std::vector<std::string> names;
  for (Role role : roles)
    names.emplace_back(role_name(role));
  return names;
}

}  // namespace

std::vector<const Record*> select_minutes(const std::vector<Record>& all,
                                          const MinutesFilter& filter, Date today) {
  std::vector<const Record*> selected;
  for (const Record& record : all) {
    const Value& v = record.value;
    Date date = *v.date("date");
    if (!filter.kind.empty() && v.text("kind") != filter.kind) continue;
    if (!filter.class_id.empty() && v.text("class") != filter.class_id) continue;
    if (filter.since && date < *filter.since) continue;
    if (filter.until && date > *filter.until) continue;
    if (filter.signatures == SignatureFilter::missing &&
        meeting_state(v, today) != MeetingState::not_signed)
      continue;
    selected.push_back(&record);
  }
  std::sort(selected.begin(), selected.end(), [](const Record* a, const Record* b) {
    return std::make_tuple(*a->value.date("date"), a->id()) <
           std::make_tuple(*b->value.date("date"), b->id());
  });
  return selected;
}

std::string signature_summary(const Value& minutes) {
  bool chair = signature_of(minutes, Role::chair),
       secretary = signature_of(minutes, Role::secretary);
  // TRANSLATORS: who has signed the minutes, in a table cell.
  if (chair && secretary) return trc("signatures", "signed");
  if (chair) return trc("signatures", "chair only");
  if (secretary) return trc("signatures", "secretary only");
  return required_signatures(minutes.text("kind")).empty() ? "" : trc("signatures", "unsigned");
}

Rows minutes_rows(const std::vector<const Record*>& records, const Names& names, Date today,
                  Detail detail) {
  Rows rows;
  if (detail == Detail::brief) {
    rows.columns = {
        {"id", tr("ID")},           {"number", tr("No.")},  {"date", tr("DATE")},
        {"kind", tr("KIND")},       {"class", tr("CLASS")}, {"title", tr("TITLE")},
        {"present", tr("PRESENT")}, {"open", tr("OPEN")},   {"decisions", tr("DECISIONS")},
        {"signed", tr("SIGNED")}};
    // On a narrow terminal: the title is cut short, then the counts left out.
    set_fit(rows, "title", 0, Shrink::yes, 16);
    for (auto [key, priority] : {std::pair{"present", 3}, {"decisions", 2}, {"number", 1}})
      set_fit(rows, key, priority);
    for (const Record* record : records) {
      const Value& v = record->value;
      DecisionCounts counts = count_decisions(v, today);
      std::string present;
      if (auto p = v.integer("present")) {
        present = std::to_string(*p);
        if (auto invited = v.integer("invited")) present += "/" + std::to_string(*invited);
      }
      std::string_view class_id = v.text("class");
      rows.rows.push_back({std::string(record->id()), count_cell(v, "number"),
                           v.date("date")->str(), enum_word("minutes kind", v.text("kind")),
                           class_id.empty() ? Cell{} : Cell{names.class_name(class_id)},
                           text_cell(v, "title"), present.empty() ? Cell{} : Cell{present},
                           counts.open, counts.total, signature_summary(v)});
      rows.tones.push_back(counts.overdue > 0 ? Tone::alert : Tone::none);
    }
    return rows;
  }
  rows.columns = {{"id", tr("ID")},
                  {"date", tr("DATE")},
                  {"kind", tr("KIND")},
                  {"number", tr("No.")},
                  {"class", tr("CLASS")},
                  {"class_name", tr("CLASS")},
                  {"title", tr("TITLE")},
                  {"organizer", tr("ORGANIZER")},
                  {"booking", tr("BOOKING")},
                  {"chair", tr("CHAIR")},
                  {"secretary", tr("SECRETARY")},
                  {"invited", tr("INVITED")},
                  {"present", tr("PRESENT")},
                  {"respondents", tr("RESPONDENTS")},
                  {"satisfied", tr("SATISFIED")},
                  {"decisions", tr("DECISIONS")},
                  {"decisions_open", tr("OPEN")},
                  {"decisions_overdue", tr("OVERDUE")},
                  {"missing_signatures", tr("MISSING SIGNATURES")},
                  {"frozen", tr("FROZEN")}};
  for (const Record* record : records) {
    const Value& v = record->value;
    DecisionCounts counts = count_decisions(v, today);
    rows.rows.push_back({std::string(record->id()),
                         v.date("date")->str(),
                         std::string(v.text("kind")),
                         count_cell(v, "number"),
                         text_cell(v, "class"),
                         v.text("class").empty() ? Cell{} : Cell{names.class_name(v.text("class"))},
                         text_cell(v, "title"),
                         text_cell(v, "organizer"),
                         text_cell(v, "booking"),
                         text_cell(v, "chair"),
                         text_cell(v, "secretary"),
                         count_cell(v, "invited"),
                         count_cell(v, "present"),
                         count_cell(v, "respondents"),
                         count_cell(v, "satisfied"),
                         counts.total,
                         counts.open,
                         counts.overdue,
                         role_list(missing_signatures(v)),
                         seal_state(v) == SealState::frozen});
  }
  return rows;
}

}  // namespace pd
