// The strict loader and the validator of a record file, against the schema
// it names (fuzz_support.h): no crash, no hang, no leak; every problem names
// the file and a position inside it.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  pd::fuzz::load(text, pd::fuzz::schema_of(text), "fuzz.yaml");
  return 0;
}
