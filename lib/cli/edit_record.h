// `edit` for any record, like visudo: the user's editor on a temporary copy,
// the result validated before anything is saved.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "cli/context.h"
#include "core/error.h"
#include "store/store.h"

namespace pd {

// What a command checks beyond the schema in an edited record (the language
// of an appeal's answer, a frozen signature...): its problems, none when fine.
using RecordCheck = std::function<std::vector<Diagnostic>(const Record&)>;

enum class EditResult { saved, unchanged };

// The editor: $EDITOR, else $VISUAL, else vi; run through /bin/sh, so it may
// carry arguments ("code --wait").
std::string editor_command();

// Opens a temporary copy (0600) of the record of `type` named by
// `id_or_suffix` in the editor. An edit that leaves the record as it was is
// not saved (EditResult::unchanged). An invalid result (the strict loader,
// the schema, the same ID, history kept as it was and only appended to,
// `check`) is shown as `file:line:col: message` lines on stderr and offered
// for editing again ("edit again? [Y/n]") when stdin is a terminal;
// otherwise, or when the user declines, Error (invalid_data) and nothing is
// saved. A valid record is written atomically under the store lock with the
// history entry "edited" and committed as `<ID>: edited`. Refuses (Error
// refused) when the file changed on disk during the edit, keeping the
// edited copy and naming it.
EditResult edit_record(Context& ctx, std::string_view type, std::string_view id_or_suffix,
                       const RecordCheck& check = {});

}  // namespace pd
