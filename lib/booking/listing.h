// `book list` and `book slots` as rows: which bookings, in what order, with
// which columns.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "booking/slots.h"
#include "core/date.h"
#include "output/rows.h"
#include "school/names.h"
#include "store/store.h"

namespace pd {

struct BookingFilter {
  std::optional<Date> from, until;  // inclusive
  std::string host;                 // a staff ID; empty: every host
  std::string status;               // a status of the schema; empty: every status
};

// A status as `--status` takes it (`no-show` is `no_show`, a status's word in
// any interface language is the status; `all` is empty); Error (usage) for
// anything else.
std::string status_filter(std::string_view text);

// Monday to Sunday of the week that holds `day`.
std::pair<Date, Date> week_of(Date day);

// The bookings that pass `filter`, by date, time and ID.
std::vector<const Record*> select_bookings(const Store& store, const BookingFilter& filter);

enum class Detail {
  brief,  // the table: what fits a terminal line
  full,   // JSON and CSV: every field of the record but its history, `end`
          // and the class's display name (class_name) beside its ID
};

Rows booking_rows(const std::vector<const Record*>& bookings, Detail detail, const Names& names);

// For whom rows are made: people read the words of stored values (a table),
// programs the values themselves (JSON, CSV).
enum class Shown { to_people, as_data };

// Columns date, day, time, until.
Rows slot_rows(const std::vector<Slot>& slots, Shown shown);

}  // namespace pd
