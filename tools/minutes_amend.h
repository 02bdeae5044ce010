// minutes: `minutes amend`, in minutes_amend.cpp.
#pragma once

#include "cli/run_tool.h"

// amend: correct signed minutes by a new version, to be signed again.
void define_amend(CLI::App& app, pd::Context& ctx);
