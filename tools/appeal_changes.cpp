// appeal: the subcommands that change one appeal (assign, escalate, respond,
// deliver, close, extend, notify, redirect, note). Parsing and presentation
// only; the rules are in lib/appeal/.
#include "appeal_changes.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "appeal/answer.h"
#include "appeal/closing.h"
#include "appeal/escalation.h"
#include "appeal/extension.h"
#include "appeal/notes.h"
#include "appeal/redirect.h"
#include "appeal/routing.h"
#include "appeal/summary.h"
#include "cli/input.h"
#include "cli/validators.h"
#include "core/i18n.h"

namespace ap = pd::appeal;

pd::appeal::ActionContext action_context(pd::Context& ctx) {
  return {ctx.store(), ctx.clock(), ctx.actor(), ctx.settings(), ctx.calendar()};
}

ap::AppealState state_now(pd::Context& ctx, const pd::Value& appeal) {
  return ap::state_of(appeal, ctx.clock().today(), ctx.settings().due_soon);
}

namespace {

// One change of one appeal, as every mutating subcommand makes it: the lock,
// the record read under it, the rule, the write and the commit `<ID>: <what>`.
template <typename Change>
pd::Value change_appeal(pd::Context& ctx, const std::string& id, std::string_view what,
                        Change&& change) {
  auto mutation = ctx.begin_change();
  const pd::Record& record = ctx.store().find("appeal", id);
  const pd::RecordSchema& schema = *record.schema;
  pd::Value value = record.value;
  change(value, action_context(ctx));
  mutation->put(schema, value);
  ctx.finish_change(*mutation, std::string(value.text("id")) + ": " + std::string(what));
  return value;
}

// The subcommands that take an ID and change one appeal. `define` adds the
// options and returns the change to make; `what` is the commit subject's
// action (English, as git history is); `report` says what was done, on
// stderr.
using ChangeFn = std::function<void(pd::Value&, const ap::ActionContext&)>;
using Report = std::function<std::string(pd::Context&, const pd::Value&)>;

void define_change(CLI::App& app, pd::Context& ctx, const std::string& name,
                   const std::string& description, const std::string& what,
                   const std::function<std::function<ChangeFn()>(CLI::App*)>& define,
                   const Report& report) {
  auto* cmd = app.add_subcommand(name, description);
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the appeal's ID or a unique suffix"))->required();
  auto prepare = define(cmd);
  cmd->callback([&ctx, id, prepare, what, report] {
    ChangeFn change = prepare();  // prompts and reads texts before the lock
    pd::Value appeal = change_appeal(ctx, *id, what, change);
    ctx.note(report(ctx, appeal));
  });
}

// A report that names the appeal only: `message` has the tool and the ID.
Report done(std::string_view message) {
  return [message](pd::Context& c, const pd::Value& appeal) {
    return pd::msg(message, c.tool(), appeal.text("id"));
  };
}

// "escalated, assigned to omarova, due 2026-12-11": the escalation and the
// extension, which both move the due date.
Report due_report(std::string_view with_assignee, std::string_view without) {
  return [with_assignee, without](pd::Context& c, const pd::Value& appeal) {
    return ap::due_summary(c.tool(), appeal, with_assignee, without);
  };
}

std::string delivered_report(pd::Context& c, const pd::Value& appeal) {
  return ap::delivered_summary(c.tool(), appeal, state_now(c, appeal));
}

std::string redirected_report(pd::Context& c, const pd::Value& appeal) {
  return ap::redirected_summary(c.tool(), appeal, state_now(c, appeal));
}

}  // namespace

void define_appeal_changes(CLI::App& app, pd::Context& ctx) {
  define_change(
      app, ctx, "assign", pd::tr("give an appeal to a member of staff"), "assigned",
      [](CLI::App* cmd) {
        auto to = std::make_shared<std::string>();
        cmd->add_option("--to", *to, pd::tr("the staff ID"))->type_name("STAFF");
        return [to]() -> ChangeFn {
          pd::ask_for_missing({{"--to", to.get(), pd::tr("Staff ID")}});
          return [to](pd::Value& a, const ap::ActionContext& c) { ap::assign(a, *to, c); };
        };
      },
      // TRANSLATORS: the tool ("appeal") and the appeal's ID.
      done(N_("{}: '{}' assigned")));
  define_change(
      app, ctx, "escalate", pd::tr("move a class-teacher request to the administration (A2)"),
      "escalated",
      [](CLI::App* cmd) {
        auto reason = std::make_shared<std::string>();
        cmd->add_option("--reason", *reason, pd::tr("why the class teacher cannot resolve it"))
            ->type_name("TEXT");
        return [reason]() -> ChangeFn {
          return
              [reason](pd::Value& a, const ap::ActionContext& c) { ap::escalate(a, *reason, c); };
        };
      },
      // TRANSLATORS: the tool, the appeal's ID, the staff ID it is now
      // assigned to, the new due date.
      due_report(N_("{}: '{}' escalated, assigned to {}, due {}"),
                 // TRANSLATORS: the tool, the appeal's ID, the new due date.
                 N_("{}: '{}' escalated, due {}")));
  define_change(
      app, ctx, "respond", pd::tr("record the answer, in the appeal's language (A1)"), "answered",
      [](CLI::App* cmd) {
        struct O {
          std::string lang, text, file;
        };
        auto o = std::make_shared<O>();
        cmd->add_option("--lang", o->lang, pd::tr("the answer's language"))->type_name("L");
        cmd->add_option("--text", o->text, pd::tr("the answer; - reads standard input"))
            ->type_name("TEXT");
        cmd->add_option("--text-file", o->file, pd::tr("read the answer from a file"))
            ->type_name("F");
        return [o]() -> ChangeFn {
          pd::ask_for_missing({{"--lang", &o->lang, pd::tr("Language"), "language"}});
          std::string text = pd::text_from(o->text, o->file, true);
          return [o, text](pd::Value& a, const ap::ActionContext& c) {
            ap::respond(a, o->lang, text, c);
          };
        };
      },
      // TRANSLATORS: the tool and the appeal's ID.
      done(N_("{}: '{}' answered")));
  define_change(
      app, ctx, "deliver", pd::tr("record that the answer reached the parent"), "delivered",
      [](CLI::App* cmd) {
        struct O {
          std::string via, on;
        };
        auto o = std::make_shared<O>();
        cmd->add_option("--via", o->via, pd::tr("email or in_person"))
            ->type_name("HOW")
            ->transform(pd::one_of("delivery"));
        cmd->add_option("--on", o->on, pd::tr("date of delivery (default: today)"))
            ->type_name("DATE");
        return [o]() -> ChangeFn {
          pd::ask_for_missing({{"--via", &o->via, pd::tr("Delivered how"), "delivery"}});
          auto on = pd::date_option("--on", o->on);
          return
              [o, on](pd::Value& a, const ap::ActionContext& c) { ap::deliver(a, o->via, on, c); };
        };
      },
      delivered_report);
  define_change(
      app, ctx, "close", pd::tr("close an appeal, or record that it was withdrawn"), "closed",
      [](CLI::App* cmd) {
        struct O {
          bool withdrawn = false;
          std::string reason;
        };
        auto o = std::make_shared<O>();
        cmd->add_flag("--withdrawn", o->withdrawn, pd::tr("the parent withdrew it"));
        cmd->add_option("--reason", o->reason, pd::tr("why it is closed"))->type_name("TEXT");
        return [o]() -> ChangeFn {
          return [o](pd::Value& a, const ap::ActionContext& c) {
            ap::close(a, o->withdrawn ? ap::Closing::withdrawn : ap::Closing::closed, o->reason, c);
          };
        };
      },
      // TRANSLATORS: the tool and the appeal's ID.
      done(N_("{}: '{}' closed")));
  define_change(
      app, ctx, "extend", pd::tr("move the due date, once, with a reason"), "extended",
      [](CLI::App* cmd) {
        struct O {
          std::string until, reason, via;
        };
        auto o = std::make_shared<O>();
        cmd->add_option("--until", o->until, pd::tr("the new due date"))->type_name("DATE");
        cmd->add_option("--reason", o->reason, pd::tr("why more time is needed"))
            ->type_name("TEXT");
        cmd->add_option("--notified-via", o->via,
                        pd::tr("the parent was told of it today, this way (else: appeal notify)"))
            ->type_name("HOW")
            ->transform(pd::one_of("notice"));
        return [o]() -> ChangeFn {
          pd::ask_for_missing({{"--until", &o->until, pd::tr("New due date"), "", pd::typed_date()},
                               {"--reason", &o->reason, pd::tr("Reason")}});
          pd::Date until = *pd::date_option("--until", o->until);
          return [o, until](pd::Value& a, const ap::ActionContext& c) {
            std::optional<ap::Notice> notice;
            if (!o->via.empty()) notice = ap::Notice{o->via, c.today()};
            ap::extend(a, until, o->reason, notice, c);
          };
        };
      },
      // TRANSLATORS: the tool, the appeal's ID, the staff ID it is assigned
      // to, the new due date.
      due_report(N_("{}: '{}' extended, assigned to {}, due {}"),
                 // TRANSLATORS: the tool, the appeal's ID, the new due date.
                 N_("{}: '{}' extended, due {}")));
  define_change(
      app, ctx, "notify", pd::tr("record that the parent was told of the extension"), "notified",
      [](CLI::App* cmd) {
        struct O {
          std::string via, on;
        };
        auto o = std::make_shared<O>();
        cmd->add_option("--via", o->via, pd::tr("how the parent was told"))
            ->type_name("HOW")
            ->transform(pd::one_of("notice"));
        cmd->add_option("--on", o->on, pd::tr("the day the parent was told (default: today)"))
            ->type_name("DATE");
        return [o]() -> ChangeFn {
          pd::ask_for_missing({{"--via", &o->via, pd::tr("Told how"), "notice"}});
          auto on = pd::date_option("--on", o->on);
          return [o, on](pd::Value& a, const ap::ActionContext& c) {
            ap::record_notice(a, {o->via, on.value_or(c.today())}, c);
          };
        };
      },
      // TRANSLATORS: the tool and the appeal's ID.
      done(N_("{}: '{}': the parent's notice of the extension recorded")));
  define_change(
      app, ctx, "redirect", pd::tr("send an appeal on to the body it belongs to"), "redirected",
      [](CLI::App* cmd) {
        struct O {
          std::string to, reason;
        };
        auto o = std::make_shared<O>();
        cmd->add_option("--to", o->to, pd::tr("the organisation"))->type_name("ORGANISATION");
        cmd->add_option("--reason", o->reason, pd::tr("why it is not the school's"))
            ->type_name("TEXT");
        return [o]() -> ChangeFn {
          pd::ask_for_missing({{"--to", &o->to, pd::tr("Organisation")}});
          return [o](pd::Value& a, const ap::ActionContext& c) {
            ap::redirect(a, o->to, o->reason, c);
          };
        };
      },
      redirected_report);
  define_change(
      app, ctx, "note", pd::tr("add a note to an appeal"), "noted",
      [](CLI::App* cmd) {
        auto text = std::make_shared<std::string>();
        cmd->add_option("TEXT", *text, pd::tr("the note; - reads standard input"));
        return [text]() -> ChangeFn {
          pd::ask_for_missing({{"TEXT", text.get(), pd::tr("Note")}});
          std::string body = pd::text_from(*text, "", true);
          return [body](pd::Value& a, const ap::ActionContext& c) { ap::add_note(a, body, c); };
        };
      },
      // TRANSLATORS: the tool and the appeal's ID.
      done(N_("{}: '{}' noted")));
}
