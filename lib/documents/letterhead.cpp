#include "documents/letterhead.h"

#include "core/i18n.h"
#include "output/terminal_text.h"

namespace pd {

std::vector<std::string> school_letterhead(const SchoolSettings& school) {
  std::vector<std::string> lines = {printable(school.name, false)};
  if (!school.address.empty()) lines.push_back(printable(school.address, false));
  std::string contacts;
  // TRANSLATORS: the school's telephone number on a document's letterhead.
  if (!school.phone.empty()) contacts = msg("tel. {}", printable(school.phone, false));
  if (!school.email.empty())
    contacts += (contacts.empty() ? "" : ", ") + msg("e-mail: {}", printable(school.email, false));
  if (!contacts.empty()) lines.push_back(contacts);
  return lines;
}

}  // namespace pd
