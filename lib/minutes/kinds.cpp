#include "minutes/kinds.h"

#include "core/i18n.h"
#include "store/schema.h"

namespace pd {

const std::vector<std::string>& minutes_kinds() {
  return schema_for("minutes").root.field("kind")->values;
}

bool is_parent_meeting(std::string_view kind) {
  return kind == "class_meeting" || kind == "school_meeting" || kind == "pta";
}

ClassRule class_rule(std::string_view kind) {
  if (kind == "class_meeting") return ClassRule::required;
  if (kind == "school_meeting" || kind == "pta") return ClassRule::refused;
  return ClassRule::optional;
}

std::string kind_title(std::string_view kind) {
  if (kind == "class_meeting") return tr("Class parent meeting");
  if (kind == "school_meeting") return tr("School parent meeting");
  if (kind == "pta") return tr("Meeting of the parent committee (PTA)");
  if (kind == "leadership") return tr("Meeting with the school leadership");
  if (kind == "education") return tr("Parent education event");
  if (kind == "event") return tr("Event with parents");
  if (kind == "diagnostics") return tr("Diagnostics of child-parent relations");
  if (kind == "survey") return tr("Parent survey");
  return std::string(kind);
}

}  // namespace pd
