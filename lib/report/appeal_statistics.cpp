#include "report/appeal_statistics.h"

#include <algorithm>
#include <cmath>

#include "appeal/state.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "output/json_writer.h"

namespace pd {

namespace {

// The word for a group of `report appeals` (BY), and for a value in it.
std::string group_word(std::string_view group) {
  // TRANSLATORS: what appeals are counted by, in the BY column.
  if (group == "kind") return trc("appeals by", "kind");
  if (group == "channel") return trc("appeals by", "channel");
  if (group == "lang") return trc("appeals by", "language");
  if (group == "class") return trc("appeals by", "class");
  if (group == "month") return trc("appeals by", "month");
  return std::string(group);
}

std::string value_word(std::string_view group, const std::string& value) {
  if (group == "kind") return enum_word("appeal kind", value);
  if (group == "channel") return enum_word("channel", value);
  if (group == "lang") return enum_word("language", value);
  return value;
}

// The counts of one group (none when no appeal was counted).
const std::map<std::string, std::int64_t>& counts_by(const AppealStatistics& s,
                                                     std::string_view group) {
  static const std::map<std::string, std::int64_t> none;
  auto found = s.by.find(std::string(group));
  return found == s.by.end() ? none : found->second;
}

}  // namespace

std::optional<double> percent(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::nullopt;
  return 100.0 * double(part) / double(whole);
}

AppealStatistics appeal_statistics(const std::vector<Record>& appeals, std::optional<Date> since,
                                   std::optional<Date> until, Date today, int due_soon_days) {
  AppealStatistics s;
  s.since = since, s.until = until;
  std::vector<int> days;
  for (const auto& record : appeals) {
    const Value& a = record.value;
    Date received = *a.date("received");
    if ((since && received < *since) || (until && *until < received)) continue;
    ++s.received;
    for (std::string_view group : {"kind", "channel", "lang", "class"})
      ++s.by[std::string(group)][std::string(a.text(group))];
    ++s.by["month"][received.str().substr(0, 7)];

    appeal::AppealState state = appeal::state_of(a, today, due_soon_days);
    if (state.open) ++s.open_now;
    if (state.overdue) ++s.overdue_now;
    if (state.on_time) {
      ++s.answered;
      if (*state.on_time) ++s.on_time;
    }
    for (auto [stage, counts] : {std::pair{&state.class_teacher, &s.class_teacher},
                                 {&state.administration, &s.administration}}) {
      if (!*stage || !(*stage)->ended || !(*stage)->met) continue;
      ++counts->ended;
      if (*(*stage)->met) ++counts->met;
    }
    if (const Value* delivered = a.get("delivered"))
      days.push_back(received.days_until(*delivered->date("date")));
  }
  s.on_time_percent = percent(s.on_time, s.answered);
  if (!days.empty()) {
    std::sort(days.begin(), days.end());
    size_t n = days.size();
    s.median_days = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
    size_t rank = size_t(std::ceil(0.9 * double(n)));  // 1-based nearest rank
    s.p90_days = days[std::max<size_t>(rank, 1) - 1];
  }
  return s;
}

std::string percent_text(std::optional<double> value) {
  // TRANSLATORS: a percentage: "80.4%"; Russian and Kazakh write "80,4 %".
  return value ? msg("{}%", decimal(*value, 1)) : "-";
}

Rows appeal_statistics_rows(const AppealStatistics& s, Readers readers) {
  Rows rows{{{"group", trc("appeals by", "BY")}, {"value", tr("VALUE")}, {"count", tr("COUNT")}},
            {}};
  bool words = readers == Readers::people;
  for (std::string_view group : kAppealGroups)
    for (const auto& [value, n] : counts_by(s, group))
      rows.rows.push_back({words ? group_word(group) : std::string(group),
                           value.empty() ? (words ? Cell{tr("(none)")} : Cell{})
                           : words       ? Cell{value_word(group, value)}
                                         : Cell{value},
                           n});
  if (readers == Readers::programs) {
    for (auto [name, n] : {std::pair{"received", s.received},
                           {"answered", s.answered},
                           {"on_time", s.on_time},
                           {"class_teacher_ended", s.class_teacher.ended},
                           {"class_teacher_on_time", s.class_teacher.met},
                           {"administration_ended", s.administration.ended},
                           {"administration_on_time", s.administration.met},
                           {"open", s.open_now},
                           {"overdue", s.overdue_now}})
      rows.rows.push_back({"summary", name, n});
  }
  return rows;
}

std::string appeal_statistics_text(const AppealStatistics& s) {
  auto days = [](std::optional<double> d) {
    return d ? decimal(*d, *d == std::floor(*d) ? 0 : 1) : "-";
  };
  return msg("Appeals received: {}", s.received) + "\n" +
         // TRANSLATORS: appeals answered, of them on time, and their share.
         msg("Answered: {}, on time: {} ({})", s.answered, s.on_time,
             percent_text(s.on_time_percent)) +
         "\n" +
         // TRANSLATORS: the class teacher's stage (A2, 5 days): how many
         // ended (answered, escalated or redirected), of them by its due date.
         msg("Class teacher stage: {} ended, on time: {} ({})", s.class_teacher.ended,
             s.class_teacher.met,
             percent_text(percent(s.class_teacher.met, s.class_teacher.ended))) +
         "\n" +
         // TRANSLATORS: the administration's stage (A1, 15 days), as above.
         msg("Administration stage: {} ended, on time: {} ({})", s.administration.ended,
             s.administration.met,
             percent_text(percent(s.administration.met, s.administration.ended))) +
         "\n" +
         // TRANSLATORS: days from receipt to delivery, over the delivered appeals.
         msg("Days to delivery: median {}, 90th percentile {}", days(s.median_days),
             days(s.p90_days)) +
         "\n" + msg("Open now: {}, overdue: {}", s.open_now, s.overdue_now) + "\n";
}

std::string appeal_statistics_json(const AppealStatistics& s) {
  JsonWriter json;
  json.begin_object().field("received", s.received).begin_object("by");
  for (std::string_view group : kAppealGroups) {
    json.begin_object(group);
    for (const auto& [value, n] : counts_by(s, group))
      json.field(value, n);
    json.end_object();
  }
  json.end_object()
      .field("answered", s.answered)
      .field("on_time", s.on_time)
      .field("on_time_percent", s.on_time_percent)
      .begin_object("stages")
      .begin_object("class_teacher")
      .field("ended", s.class_teacher.ended)
      .field("on_time", s.class_teacher.met)
      .end_object()
      .begin_object("administration")
      .field("ended", s.administration.ended)
      .field("on_time", s.administration.met)
      .end_object()
      .end_object()
      .field("median_days", s.median_days)
      .field("p90_days", s.p90_days)
      .field("open", s.open_now)
      .field("overdue", s.overdue_now)
      .end_object();
  return json.str();
}

}  // namespace pd
