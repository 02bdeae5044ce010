// Names in the order of the interface language's alphabet, through ICU's
// collation: in Kazakh «Әлия» comes after «Арман» and before «Бота», «Қайрат»
// after «Кирилл»; in Russian «Ёлкин» sorts with «Е».
#pragma once

#include <string_view>

namespace pd {

// True when `a` sorts before `b` in the interface language (see i18n.h);
// equal names under collation fall back to their bytes, so the order is
// total and stable across runs.
bool name_before(std::string_view a, std::string_view b);

}  // namespace pd
