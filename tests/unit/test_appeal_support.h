// Helpers shared by the appeal unit tests: a small store (a coordinator, two
// class teachers, a class without a teacher) and the context of an action on
// a fixed day.
#pragma once

#include <optional>
#include <string>

#include "appeal/action_context.h"
#include "core/clock.h"
#include "school/calendar.h"
#include "school/settings.h"
#include "store/store.h"
#include "test_support.h"

namespace pd::test {

// The seeds' deadlines and the demo school's holidays around the new year.
inline SchoolSettings appeal_settings() {
  SchoolSettings s;
  s.name = "Школа";
  s.holidays = {Date(2026, 12, 16), Date(2027, 1, 1), Date(2027, 1, 4), Date(2027, 1, 7),
                Date(2027, 3, 8)};
  return s;
}

class AppealStore {
 public:
  AppealStore() {
    write_file(dir_ / "school.yaml", "name: Школа\n");
    write_file(dir_ / "staff/omarova.yaml",
               "id: omarova\nname: Омарова Динара\nroles: [coordinator]\n");
    write_file(dir_ / "staff/ivanova.yaml",
               "id: ivanova\nname: Иванова Мария\nroles: [class_teacher, teacher]\n");
    write_file(dir_ / "staff/kasymova.yaml",
               "id: kasymova\nname: Касымова Айжан\nroles: [class_teacher]\n");
    write_file(dir_ / "classes/7B.yaml", "id: 7B\nname: 7Б\nteacher: ivanova\n");
    write_file(dir_ / "classes/5B.yaml", "id: 5B\nname: 5Ә\nteacher: kasymova\n");
    write_file(dir_ / "classes/9A.yaml", "id: 9A\nname: 9А\n");
  }

  const Store& store() const { return store_; }
  const std::filesystem::path& root() const { return dir_.path(); }

 private:
  TempDir dir_;
  Store store_{dir_.path()};
};

// An action taken on `today` by "Тест", with appeal_settings().
class ActionOn {
 public:
  ActionOn(const Store& store, Date today)
      : clock_("Asia/Almaty", today),
        calendar_(settings_),
        context_{store, clock_, actor_, settings_, calendar_} {}

  const appeal::ActionContext& operator*() const { return context_; }
  SchoolSettings& settings() { return settings_; }

 private:
  SchoolSettings settings_ = appeal_settings();
  Clock clock_;
  std::string actor_ = "Тест";
  SchoolCalendar calendar_;
  appeal::ActionContext context_;
};

}  // namespace pd::test
