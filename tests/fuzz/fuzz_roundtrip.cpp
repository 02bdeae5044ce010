// The canonical round trip: a valid record written in canonical form reads
// back as the same value, and writing that again gives the same bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "store/canonical.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using pd::fuzz::defect;
  const pd::RecordSchema& schema = pd::fuzz::schema_of(text);
  std::optional<pd::Value> value = pd::fuzz::load(text, schema, "fuzz.yaml");
  if (!value) return 0;
  std::string canonical = pd::to_canonical_yaml(*value, schema);
  std::optional<pd::Value> again = pd::fuzz::load(canonical, schema, "fuzz.yaml");
  if (!again) defect("the canonical form of a valid record is invalid", canonical);
  if (!pd::fuzz::same_value(*value, *again))
    defect("the canonical form reads back as another value", canonical);
  if (pd::to_canonical_yaml(*again, schema) != canonical)
    defect("the canonical form is not stable", canonical);
  return 0;
}
