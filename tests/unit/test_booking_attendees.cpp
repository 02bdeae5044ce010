// booking/attendees: the coordinator and the class teacher (B3, B4), and the
// staff and classes named on the command line.
#include "booking/attendees.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.h"
#include "test_booking_support.h"

using Names = std::vector<std::string>;

namespace {

std::string failure(const std::function<void()>& action, pd::ExitCode code) {
  try {
    action();
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), code);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("B3, B4: the coordinator always, the class teacher for a class") {
  pd::test::BookingStore fixture;
  CHECK_EQ(pd::meeting_attendees(fixture.store(), "zhumabekova", ""), Names{"omarova"});
  CHECK_EQ(pd::meeting_attendees(fixture.store(), "zhumabekova", "7B"),
           Names{"omarova", "ivanova"});
  // The class by its name as the school writes it.
  CHECK_EQ(pd::meeting_attendees(fixture.store(), "zhumabekova", "7Б"),
           Names{"omarova", "ivanova"});
  // A host who is the class teacher is not listed twice.
  CHECK_EQ(pd::meeting_attendees(fixture.store(), "ivanova", "7B"), Names{"omarova"});
}

TEST_CASE("a class without a class teacher is refused") {
  pd::test::BookingStore fixture;
  CHECK_EQ(failure([&] { pd::meeting_attendees(fixture.store(), "zhumabekova", "9A"); },
                   pd::ExitCode::refused),
           "class '9A' has no class teacher (classes/9A.yaml has no 'teacher'): a meeting about "
           "a class needs its class teacher (B4)");
  CHECK_EQ(failure([&] { pd::meeting_attendees(fixture.store(), "zhumabekova", "9Z"); },
                   pd::ExitCode::not_found),
           "no class '9Z' in classes/ (did you mean '9A'?)");
}

TEST_CASE("a store without a coordinator cannot book") {
  pd::test::BookingStore fixture;
  std::filesystem::remove(fixture.root() / "staff/omarova.yaml");
  CHECK_EQ(failure([&] { pd::coordinator(fixture.store()); }, pd::ExitCode::refused),
           "no staff member has the role 'coordinator': the coordinator attends every meeting "
           "(B3); add the role to their file in staff/");
}

TEST_CASE("staff are found by their exact ID, not by a suffix") {
  pd::test::BookingStore fixture;
  pd::test::write_file(fixture.root() / "staff/bekova.yaml",
                       "id: bekova\nname: Бекова Сауле\nroles: [class_teacher]\n");
  pd::test::write_file(fixture.root() / "staff/zhumabekova.yaml",
                       "id: zhumabekova\nname: Жумабекова\nroles: [director]\n");
  CHECK_EQ(pd::find_staff(fixture.store(), "bekova").id(), "bekova");
  CHECK_EQ(failure([&] { pd::find_staff(fixture.store(), "zhumabekov"); }, pd::ExitCode::not_found),
           "no staff member 'zhumabekov' in staff/ (did you mean 'zhumabekova'?)");
  CHECK_EQ(
      failure([&] { pd::find_staff(fixture.store(), "nobody-at-all"); }, pd::ExitCode::not_found),
      "no staff member 'nobody-at-all' in staff/");
}
