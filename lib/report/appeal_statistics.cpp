#include "report/appeal_statistics.h"

#include <algorithm>
#include <cmath>

#include "appeal/state.h"

namespace pd {

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
    if (const Value* delivered = a.get("delivered"))
      days.push_back(received.days_until(*delivered->date("on")));
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

}  // namespace pd
