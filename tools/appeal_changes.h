// appeal: what the subcommands in appeal.cpp and appeal_changes.cpp share.
#pragma once

#include "appeal/action_context.h"
#include "appeal/state.h"
#include "cli/run_tool.h"

// The context of a rule: the store, the clock, the actor, the school.
pd::appeal::ActionContext action_context(pd::Context& ctx);

// The appeal's state today.
pd::appeal::AppealState state_now(pd::Context& ctx, const pd::Value& appeal);

// assign, escalate, respond, deliver, close, extend, notify, redirect, note.
void define_appeal_changes(CLI::App& app, pd::Context& ctx);
