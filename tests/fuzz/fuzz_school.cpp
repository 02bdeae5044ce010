// school.yaml: the strict loader, the validator, then the settings every
// command derives from it (deadlines, reception hours, terms, years, plan).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "school/settings.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<pd::Value> school = pd::fuzz::load(text, pd::schema_for("school"), "school.yaml");
  if (!school) return 0;
  try {
    pd::SchoolSettings settings = pd::SchoolSettings::from(*school);
    for (const auto& year : settings.years)
      (void)settings.year_of(year.start);
  } catch (const pd::Error& e) {
    // A valid file whose settings do not hold together is refused with a message.
    if (std::string_view(e.what()).empty()) pd::fuzz::defect("an Error without a message");
  }
  return 0;
}
