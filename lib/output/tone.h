// The state a row of a listing is in, as a table on a colour terminal shows
// it. The library sets it as data; only the table printer turns it into
// colour, and only when colour is on (cli/output_choice.h).
#pragma once

namespace pd {

enum class Tone {
  none,
  alert,  // overdue: red
  warn,   // due today or soon: yellow
  dim,    // done, closed: faint
};

}  // namespace pd
