// `report appeals`: how many appeals came, by what, and how well they were
// answered (A1, A2, P I.3: the coordinator's reports).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "output/rows.h"
#include "store/store.h"

namespace pd {

// One stage of the appeals (the class teacher's, the administration's): how
// many ended with an answer, an escalation or a redirect, and how many of
// those by the stage's due date.
struct StageCounts {
  std::int64_t ended = 0, met = 0;
};

struct AppealStatistics {
  std::optional<Date> since, until;  // the received dates counted, both included
  std::int64_t received = 0;
  // Counts by the record's kind, channel, lang, class ("" = none) and the
  // month received ("2026-11").
  std::map<std::string, std::map<std::string, std::int64_t>> by;
  std::int64_t answered = 0;  // delivered or redirected: on time or not is known
  std::int64_t on_time = 0;   // and every stage met its due date
  StageCounts class_teacher, administration;
  std::optional<double> on_time_percent;
  // Days from receipt to delivery, over the delivered ones: the median (the
  // mean of the middle two for an even count) and the 90th percentile (the
  // nearest rank: the smallest value at or above 90% of them).
  std::optional<double> median_days, p90_days;
  std::int64_t open_now = 0, overdue_now = 0;
};

inline constexpr std::string_view kAppealGroups[] = {"kind", "channel", "lang", "class", "month"};

AppealStatistics appeal_statistics(const std::vector<Record>& appeals, std::optional<Date> since,
                                   std::optional<Date> until, Date today, int due_soon_days);

// The percentage of `part` in `whole` (null for an empty whole).
std::optional<double> percent(std::int64_t part, std::int64_t whole);

// "80.4%" in the interface language's decimals, "-" for no percentage.
std::string percent_text(std::optional<double> value);

// The counts of `report appeals` as rows of group, value and count: words
// for `readers` who are people; for programs the stored values, followed by
// the summary figures as rows of the group "summary".
Rows appeal_statistics_rows(const AppealStatistics& s, Readers readers);

// The summary above the table: received, answered and on time, days to
// delivery, open and overdue now, one line each.
std::string appeal_statistics_text(const AppealStatistics& s);

// The statistics as one JSON object: the counts, every group, the summary.
std::string appeal_statistics_json(const AppealStatistics& s);

}  // namespace pd
