#include "core/i18n.h"

namespace pd {

// No catalogue yet: the English key is the message. A catalogue lookup by
// LC_MESSAGES goes here, and nowhere else.
std::string tr(std::string_view english) {
  return std::string(english);
}

std::string count_of(size_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, tr(n == 1 ? singular : plural));
}

}  // namespace pd
