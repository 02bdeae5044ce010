// The display names of staff and classes, for listings and protocols, and
// the check that a staff ID given on the command line exists.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "store/store.h"

namespace pd {

struct Names {
  std::map<std::string, std::string, std::less<>> staff;    // id -> full name
  std::map<std::string, std::string, std::less<>> classes;  // id -> name (7B -> 7Б)

  // The name, or the ID itself when the store does not know it.
  std::string staff_name(std::string_view id) const;
  std::string class_name(std::string_view id) const;
};

Names load_names(const Store& store);

// The order of classes in reports: by grade, then letter (1A < 2B < 10A).
bool class_id_before(std::string_view a, std::string_view b);

// The staff member or class (`type`) with exactly this ID; throws Error
// (not_found) with a did-you-mean when there is none.
const Record& find_by_id(const Store& store, std::string_view type, std::string_view id);

}  // namespace pd
