// appeal: the documents of an appeal, in appeal_documents.cpp.
#pragma once

#include "cli/run_tool.h"

// receipt: the receipt slip; letter: the answer letter.
void define_appeal_documents(CLI::App& app, pd::Context& ctx);
