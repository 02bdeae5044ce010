// A record's history, as a person reads it. History entries are data: their
// `action` is written in English, whatever the writer's language, so that
// a record reads the same in every clone and in git. They are shown in the
// interface language by recognising the phrases parentdesk writes.
#pragma once

#include <string>
#include <string_view>

namespace pd {

// `action` ("received, for the class teacher; assigned to ivanova; due
// 2026-11-25") in the interface language, phrase by phrase (they are joined
// by "; "); a phrase parentdesk does not write (a hand edit) is shown as it
// is, and in English the whole action is.
std::string history_action_text(std::string_view action);

}  // namespace pd
