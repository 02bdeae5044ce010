// appeal/transitions: every action in every status, allowed or refused.
#include "appeal/transitions.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "core/error.h"

using pd::appeal::Action;
using pd::appeal::Status;

namespace {

// The expected table, by action: the status each stored status leads to, or
// "-" for a refusal. Columns: received, assigned, answered, delivered,
// closed, withdrawn, redirected.
const std::map<Action, std::vector<std::string>> kExpected = {
    {Action::assign, {"assigned", "assigned", "-", "-", "-", "-", "-"}},
    {Action::escalate, {"assigned", "assigned", "-", "-", "-", "-", "-"}},
    {Action::respond, {"answered", "answered", "answered", "-", "-", "-", "-"}},
    {Action::deliver, {"-", "-", "delivered", "-", "-", "-", "-"}},
    {Action::close, {"closed", "closed", "closed", "closed", "-", "-", "-"}},
    {Action::withdraw, {"withdrawn", "withdrawn", "withdrawn", "-", "-", "-", "-"}},
    {Action::extend, {"received", "assigned", "answered", "-", "-", "-", "-"}},
    {Action::redirect, {"redirected", "redirected", "-", "-", "-", "-", "-"}},
    {Action::note,
     {"received", "assigned", "answered", "delivered", "closed", "withdrawn", "redirected"}},
};

std::string outcome(Action action, Status from) {
  try {
    return std::string(pd::appeal::status_name(pd::appeal::next_status(action, from, "A-X")));
  } catch (const pd::Error& e) {
    CHECK_EQ(e.code(), pd::ExitCode::refused);
    return "-";
  }
}

}  // namespace

TEST_CASE("every action in every status gives the table's outcome") {
  REQUIRE_EQ(pd::appeal::transitions().size(), kExpected.size());
  for (const auto& [action, expected] : kExpected) {
    CAPTURE(pd::appeal::transition(action).name);
    for (Status status : pd::appeal::all_statuses()) {
      CAPTURE(pd::appeal::status_name(status));
      CHECK_EQ(outcome(action, status), expected[size_t(status)]);
      CHECK_EQ(pd::appeal::is_allowed(action, status), expected[size_t(status)] != "-");
    }
  }
}

TEST_CASE("a refused transition names the statuses it is allowed from") {
  auto message = [](Action action, Status from) {
    try {
      pd::appeal::next_status(action, from, "A-20261124-K7QM");
    } catch (const pd::Error& e) {
      return std::string(e.what());
    }
    return std::string("allowed");
  };
  CHECK_EQ(message(Action::deliver, Status::received),
           "'A-20261124-K7QM': cannot deliver an appeal that is 'received'; allowed from: "
           "answered");
  CHECK_EQ(message(Action::respond, Status::delivered),
           "'A-20261124-K7QM': cannot answer an appeal that is 'delivered'; allowed from: "
           "received, assigned, answered");
  CHECK_EQ(message(Action::close, Status::redirected),
           "'A-20261124-K7QM': cannot close an appeal that is 'redirected'; allowed from: "
           "received, assigned, answered, delivered");
  CHECK_EQ(message(Action::withdraw, Status::closed),
           "'A-20261124-K7QM': cannot withdraw an appeal that is 'closed'; allowed from: "
           "received, assigned, answered");
  CHECK_EQ(message(Action::escalate, Status::answered),
           "'A-20261124-K7QM': cannot escalate an appeal that is 'answered'; allowed from: "
           "received, assigned");
  CHECK_EQ(message(Action::note, Status::closed), "allowed");
}

TEST_CASE("statuses and routes read and print as in the records") {
  for (Status status : pd::appeal::all_statuses())
    CHECK_EQ(pd::appeal::parse_status(pd::appeal::status_name(status)), status);
  CHECK_FALSE(pd::appeal::parse_status("overdue"));  // derived, never stored
  CHECK(pd::appeal::is_open(Status::received));
  CHECK(pd::appeal::is_open(Status::assigned));
  CHECK(pd::appeal::is_open(Status::answered));
  CHECK_FALSE(pd::appeal::is_open(Status::delivered));
  CHECK_FALSE(pd::appeal::is_open(Status::closed));
  CHECK_FALSE(pd::appeal::is_open(Status::withdrawn));
  CHECK_FALSE(pd::appeal::is_open(Status::redirected));
  CHECK_EQ(pd::appeal::parse_route("class_teacher"), pd::appeal::Route::class_teacher);
  CHECK_EQ(pd::appeal::parse_route("administration"), pd::appeal::Route::administration);
  CHECK_FALSE(pd::appeal::parse_route("director"));
}
