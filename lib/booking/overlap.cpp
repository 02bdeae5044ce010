#include "booking/overlap.h"

#include <algorithm>
#include <tuple>

#include "core/i18n.h"

namespace pd {

bool overlaps(int start_a, int end_a, int start_b, int end_b) {
  return start_a < end_b && start_b < end_a;
}

bool overlaps(const Meeting& a, const Meeting& b) {
  return a.date == b.date && overlaps(a.start, a.end, b.start, b.end);
}

std::string shared_person(const Meeting& a, const Meeting& b) {
  if (b.involves(a.host)) return a.host;
  for (const auto& person : a.attendees)
    if (b.involves(person)) return person;
  return {};
}

std::optional<Clash> first_clash(const Meeting& candidate, const std::vector<Meeting>& others) {
  for (const auto& other : others) {
    if (other.id == candidate.id || !overlaps(candidate, other)) continue;
    std::string person = shared_person(candidate, other);
    if (!person.empty()) return Clash{&other, person};
  }
  return std::nullopt;
}

std::vector<Diagnostic> booking_overlaps(const Store& store) {
  const RecordSchema& schema = schema_for("booking");
  struct Live {
    Meeting meeting;
    std::string file;
    Position pos;
  };
  std::vector<Live> live;
  // check_files(): in `report check`, what it has read already.
  for (const FileCheck& check : store.check_files(store.files(schema), schema)) {
    if (!check.record || !is_live(check.record->value)) continue;
    const Value* time = check.record->value.get("time");
    live.push_back(
        {meeting_of(check.record->value), check.record->file, time ? time->pos() : Position{}});
  }
  auto order = [](const Live& l) {
    return std::tie(l.meeting.date, l.meeting.start, l.meeting.id);
  };
  std::sort(live.begin(), live.end(),
            [&](const Live& a, const Live& b) { return order(a) < order(b); });
  std::vector<Diagnostic> problems;
  for (size_t j = 0; j < live.size(); ++j)
    for (size_t i = 0; i < j; ++i) {
      const Meeting &first = live[i].meeting, &second = live[j].meeting;
      if (!overlaps(first, second)) continue;
      std::string person = shared_person(second, first);
      if (person.empty()) continue;
      problems.push_back({live[j].file, live[j].pos,
                          msg("'time': {} overlaps booking '{}' ({}), and '{}' cannot be at both",
                              second.when(), first.id, first.times(), person)});
    }
  return problems;
}

}  // namespace pd
