// yaml-cpp's reasons for refusing a file, in the interface language: the
// strict loader shows them after "not valid YAML: ".
#pragma once

#include <string>
#include <string_view>

namespace pd {

// yaml-cpp's message (YAML::ErrorMsg) translated; one it does not list, or
// a prefix message followed by its detail ("unknown escape character: q"),
// is translated up to the detail, which stays as it is.
std::string yaml_parser_reason(std::string_view message);

}  // namespace pd
