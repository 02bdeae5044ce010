// Text from records made safe to print: a record must not be able to move
// the cursor, change colours or retitle the terminal.
#pragma once

#include <string>
#include <string_view>

namespace pd {

// Removes ESC sequences (CSI, OSC, ...) and other control characters; a tab
// or newline becomes a space unless `keep_newlines`.
std::string printable(std::string_view text, bool keep_newlines = false);

}  // namespace pd
