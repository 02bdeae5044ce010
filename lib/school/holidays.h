// The public holidays of Kazakhstan (the Law "On holidays in the Republic of
// Kazakhstan" and the Labour Code), as `report init` writes them into a new
// school.yaml.
#pragma once

#include <vector>

#include "core/date.h"

namespace pd {

// The non-working days that fall on working days (Monday to Friday) from
// 1 September of `start_year` to 31 August of the next year, in order:
// 1-2 January (New Year), 7 January (Orthodox Christmas), 8 March, 21-23
// March (Nauryz), 1 May, 7 May, 9 May, 6 July, 30 August, 25 October
// (Republic Day), 16 December (Independence Day), and the days that replace
// those falling on a Saturday or Sunday: such a holiday moves to the next
// working day after it (not already a holiday or a moved one), except the
// religious ones (7 January; Kurban ait, whose date is announced each year
// and is not in this list). A holiday at the end of August may move into
// September, and so into this year.
std::vector<Date> kazakhstan_holidays(int start_year);

}  // namespace pd
