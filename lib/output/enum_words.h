// The words a person sees for the values stored in records: "complaint" is
// «жалоба» on a Russian screen and «шағым» on a Kazakh one. Records, JSON
// and CSV keep the stored value; tables, prompts and documents show the word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd {

// The enums with words, by field: "appeal status", "appeal kind", "channel",
// "route", "delivery", "booking status", "booking source", "consent",
// "minutes kind", "organizer", "signer", "role", "period", "weekday",
// "language"; and the derived "decision status", "plan status", "overdue".

// The word for `value` in the interface language; the value itself when the
// field has no such value.
std::string enum_word(std::string_view field, std::string_view value);

// The stored value a person typed: the value itself, or its word in any of
// the interface languages, ignoring case and surrounding spaces; nothing
// when none matches.
std::optional<std::string> enum_value(std::string_view field, std::string_view typed);

// The stored values of `field`, in their order.
std::vector<std::string> enum_values(std::string_view field);

// "complaint (жалоба), …": the values with their words, for a message.
std::string enum_choices(std::string_view field);

}  // namespace pd
