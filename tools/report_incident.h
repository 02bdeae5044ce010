// report: `report incident`, in report_incident.cpp.
#pragma once

#include "cli/run_tool.h"

// incident: record a case among the students (U criterion 4), counts only.
void define_incident(CLI::App& app, pd::Context& ctx);
