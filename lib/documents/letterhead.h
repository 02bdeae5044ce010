// The school's letterhead on every document it prints: its name, then its
// address and contacts from school.yaml, as far as they are given.
#pragma once

#include <string>
#include <vector>

#include "school/settings.h"

namespace pd {

// The lines of the letterhead, in the current language (core/i18n.h): the
// school's name; its address; "тел. …, e-mail: …".
std::vector<std::string> school_letterhead(const SchoolSettings& school);

}  // namespace pd
