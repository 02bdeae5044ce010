// What every change to an appeal needs to know: today and the time for the
// history, who is acting, the school's deadlines and calendar.
#pragma once

#include <string>

#include "core/clock.h"
#include "school/calendar.h"
#include "school/settings.h"
#include "store/store.h"

namespace pd::appeal {

struct ActionContext {
  const Store& store;
  const Clock& clock;
  const std::string& actor;
  const SchoolSettings& settings;
  const SchoolCalendar& calendar;

  Date today() const { return clock.today(); }
};

}  // namespace pd::appeal
