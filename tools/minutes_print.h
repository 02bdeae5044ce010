// minutes: `minutes print`, in minutes_print.cpp.
#pragma once

#include "cli/run_tool.h"

// print: the protocol to sign, as Markdown, HTML or PDF, in its language.
void define_print(CLI::App& app, pd::Context& ctx);
