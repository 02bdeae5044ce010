#include "minutes/digest.h"

#include "core/sha256.h"
#include "store/canonical.h"
#include "store/schema.h"

namespace pd {

std::string signed_content(const Value& minutes) {
  Value content = minutes;
  content.erase("history");
  content.erase("digest");
  if (Value* decisions = content.get("decisions"); decisions && decisions->as_list())
    for (Value& decision : *decisions->as_list())
      decision.erase("done");
  return to_canonical_yaml(content, schema_for("minutes"));
}

std::string minutes_digest(const Value& minutes) {
  return "sha256:" + sha256_hex(signed_content(minutes));
}

}  // namespace pd
