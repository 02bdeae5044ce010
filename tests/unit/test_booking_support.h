// Helpers shared by the booking unit tests: a small store (the director, two
// deputies, one with her own hours, the coordinator, a class teacher, a class
// without a teacher) and bookings written into it.
#pragma once

#include <string>
#include <vector>

#include "booking/meeting.h"
#include "core/date.h"
#include "school/settings.h"
#include "store/store.h"
#include "test_support.h"

namespace pd::test {

// The seeds' reception hours (school.yaml left to its defaults) and a
// holiday on Thursday 2026-12-17.
inline SchoolSettings booking_settings() {
  Value school;
  school.set("name", "Школа");
  SchoolSettings s = SchoolSettings::from(school);
  s.holidays = {Date(2026, 12, 17)};
  return s;
}

inline Meeting meeting(std::string id, std::string host, Date date, std::string_view time,
                       int length, std::vector<std::string> attendees = {"omarova"}) {
  Meeting m;
  m.id = std::move(id);
  m.host = std::move(host);
  m.date = date;
  m.start = TimeOfDay::parse(time)->minutes();
  m.end = m.start + length;
  m.attendees = std::move(attendees);
  return m;
}

class BookingStore {
 public:
  BookingStore() {
    write_file(dir_ / "school.yaml", "name: Школа\nholidays: [2026-12-17]\n");
    write_file(dir_ / "staff/zhumabekova.yaml",
               "id: zhumabekova\nname: Жумабекова Гульнара\nroles: [director]\nroom: каб. 201\n");
    write_file(dir_ / "staff/akhmetov.yaml",
               "id: akhmetov\nname: Ахметов Ерлан\nroles: [deputy, teacher]\nroom: каб. 204\n");
    write_file(dir_ / "staff/nurlanova.yaml",
               "id: nurlanova\nname: Нурланова Асель\nroles: [deputy]\n"
               "reception: {days: [wed], from: \"10:00\", to: \"11:00\"}\n");
    write_file(dir_ / "staff/omarova.yaml",
               "id: omarova\nname: Омарова Динара\nroles: [coordinator]\n");
    write_file(dir_ / "staff/ivanova.yaml",
               "id: ivanova\nname: Иванова Мария\nroles: [class_teacher, teacher]\n");
    write_file(dir_ / "classes/7B.yaml", "id: 7B\nname: 7Б\nteacher: ivanova\n");
    write_file(dir_ / "classes/9A.yaml", "id: 9A\nname: 9А\n");
  }

  const Store& store() const { return store_; }
  const std::filesystem::path& root() const { return dir_.path(); }

  // Writes a booking where its ID says; `extra` holds more fields, one a line.
  void add(const std::string& id, const std::string& status, const std::string& host,
           const std::string& date, const std::string& time, int length,
           const std::string& attendees = "[omarova]", const std::string& extra = "") {
    write_file(dir_ / schema_for("booking").path_for(id),
               "id: " + id + "\nstatus: " + status + "\nhost: " + host + "\ndate: " + date +
                   "\ntime: \"" + time + "\"\nlength: " + std::to_string(length) +
                   "\nparent: Сергеева Анна\n" + extra + "attendees: " + attendees +
                   "\nhistory:\n  - at: 2026-11-20T10:15:00+05:00\n    by: Омарова Динара\n"
                   "    action: booked\n");
    store_.forget();
  }

 private:
  TempDir dir_;
  Store store_{dir_.path()};
};

}  // namespace pd::test
