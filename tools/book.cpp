// book: meetings of parents with the director and the deputies in their
// reception hours (SPEC B1-B5), the visitor list and the calendar file.
#include <memory>
#include <optional>
#include <string>

#include "booking/attendees.h"
#include "booking/calendar.h"
#include "booking/describe.h"
#include "booking/listing.h"
#include "booking/meeting.h"
#include "booking/placement.h"
#include "booking/reception.h"
#include "booking/request.h"
#include "booking/slots.h"
#include "booking/transitions.h"
#include "booking/visitors.h"
#include "cli/input.h"
#include "cli/output_choice.h"
#include "cli/run_tool.h"
#include "cli/validators.h"
#include "core/i18n.h"
#include "output/enum_words.h"
#include "output/ics.h"
#include "output/rows.h"
#include "store/history.h"

namespace {

constexpr int kDefaultDays = 14;

pd::TimeOfDay time_option(std::string_view flag, const std::string& text) {
  if (auto time = pd::TimeOfDay::parse(text)) return *time;
  throw pd::Error(pd::ExitCode::usage, pd::msg("{}: expected a time HH:MM, got '{}'", flag, text));
}

// The weekday of `day` as a person reads it: "Tue", «Вт», «Сс».
std::string weekday(pd::Date day) {
  return pd::enum_word("weekday", pd::weekday_name(day.weekday()));
}

pd::Now now(pd::Context& ctx) {
  return {ctx.clock().today(), ctx.clock().now_time()};
}

// The listings' formats, with --bom for CSV read by spreadsheets.
pd::OutputChoice listing_output(pd::Context& ctx, bool bom) {
  return pd::choose_output(
      ctx, {pd::OutputFormat::table, pd::OutputFormat::json, pd::OutputFormat::csv}, bom);
}

void define_slots(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("slots", pd::tr("list the free reception slots of a host"));
  struct Options {
    std::string with, from;
    int days = kDefaultDays;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--with", opts->with, pd::tr("the host: the director or a deputy (staff ID)"))
      ->type_name("STAFF")
      ->required();
  cmd->add_option("--from", opts->from, pd::tr("the first day (default: today)"))
      ->type_name("DATE");
  cmd->add_option("--days", opts->days, pd::tr("how many days (default: 14)"))
      ->type_name("N")
      ->check(pd::whole_number(1, 366));
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, opts, bom] {
    pd::OutputChoice out = listing_output(ctx, *bom);
    pd::OutputFormat format = out.format;
    pd::HostSlots free = pd::host_free_slots(
        ctx.store(), ctx.settings(), ctx.calendar(), now(ctx), opts->with,
        pd::date_option("--from", opts->from).value_or(ctx.clock().today()), opts->days);
    if (free.slots.empty())
      // TRANSLATORS: the days, the tool, the host's staff ID, the host's
      // reception hours ("Tue, Thu 15:30-17:00").
      ctx.note(pd::count_of(size_t(opts->days), "{1}: no free slot of '{2}' ({3}) in {0} day",
                            "{1}: no free slot of '{2}' ({3}) in these {0} days", ctx.tool(),
                            free.host, pd::describe_hours(free.hours)));
    pd::Shown shown = format == pd::OutputFormat::table ? pd::Shown::to_people : pd::Shown::as_data;
    ctx.print(out.render(pd::slot_rows(free.slots, shown)));
  });
}

void define_add(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("add", pd::tr("book a meeting in a host's reception hours"));
  struct Options {
    std::string with, date, time, parent, contact, class_id, student, topic, source, appeal;
    int minutes = 0;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--with", opts->with, pd::tr("the host: the director or a deputy (staff ID)"))
      ->type_name("STAFF");
  cmd->add_option("--date", opts->date, pd::tr("the day of the meeting"))->type_name("DATE");
  cmd->add_option("--time", opts->time, pd::tr("when it starts"))->type_name("HH:MM");
  CLI::Option* minutes =
      cmd->add_option("--minutes", opts->minutes,
                      pd::tr("how long it takes (default: slot_minutes of school.yaml)"))
          ->type_name("N");
  cmd->add_option("--parent", opts->parent, pd::tr("the visitor's name"))
      ->check(pd::single_line())
      ->type_name("NAME");
  cmd->add_option("--contact", opts->contact, pd::tr("phone or e-mail of the visitor"))
      ->check(pd::single_line())
      ->type_name("C");
  cmd->add_option("--class", opts->class_id,
                  pd::tr("the class it concerns: its class teacher attends (B4)"))
      ->type_name("ID");
  cmd->add_option("--student", opts->student, pd::tr("the student it concerns"))
      ->check(pd::single_line())
      ->type_name("NAME");
  cmd->add_option("--topic", opts->topic, pd::tr("what it is about"))
      ->check(pd::single_line())
      ->type_name("TEXT");
  cmd->add_option("--source", opts->source,
                  pd::tr("how it was booked: coordinator or website (default: coordinator)"))
      ->type_name("SOURCE")
      ->transform(pd::one_of("booking source"));
  cmd->add_option("--appeal", opts->appeal, pd::tr("the appeal the meeting is about"))
      ->type_name("ID");
  cmd->callback([&ctx, opts, minutes] {
    pd::ask_for_missing({{"--with", &opts->with, pd::tr("Host (staff ID)")},
                         {"--date", &opts->date, pd::tr("Date"), "", pd::typed_date()},
                         {"--time", &opts->time, pd::tr("Time (HH:MM)")},
                         {"--parent", &opts->parent, pd::tr("Visitor's name")},
                         {"--topic", &opts->topic, pd::tr("Topic")}});
    pd::BookingRequest request;
    request.host = opts->with;
    request.date = *pd::date_option("--date", opts->date);
    request.time = time_option("--time", opts->time);
    if (minutes->count() > 0) request.minutes = opts->minutes;  // --minutes 0 is refused
    request.parent = opts->parent, request.contact = opts->contact;
    request.class_id = opts->class_id, request.student = opts->student;
    request.topic = opts->topic;
    if (opts->source == "website") request.source = pd::BookingSource::website;
    const pd::Clock& clock = ctx.clock();
    const std::string& actor = ctx.actor();

    auto change = ctx.begin_change();
    const pd::Store& store = ctx.store();
    const pd::Record* appeal = opts->appeal.empty() ? nullptr : &store.find("appeal", opts->appeal);
    const pd::RecordSchema& schema = pd::schema_for("booking");
    std::string id = change->new_id(schema, clock.today());
    pd::Value booking = pd::new_booking(store, ctx.settings(), ctx.calendar(), now(ctx), id,
                                        request, appeal ? &appeal->value : nullptr);
    pd::append_history(booking, clock, actor, "booked");
    change->put(schema, booking);
    std::string subject = id + ": booked";
    if (appeal) {
      pd::Value linked = appeal->value;
      pd::append_history(linked, clock, actor, pd::appeal_history_action(booking));
      change->put(*appeal->schema, linked);
      subject += " for " + std::string(appeal->id());
    }
    ctx.finish_change(*change, subject);
    pd::Meeting m = pd::meeting_of(booking);
    std::string attendees;
    for (const auto& person : m.attendees)
      attendees += (attendees.empty() ? "" : ", ") + person;
    ctx.print(id + "\n");
    // TRANSLATORS: the tool, the booking's ID, its date and times, the
    // weekday, the host's staff ID, the staff IDs of the attendees.
    ctx.note(pd::msg("{}: {}: {} ({}) with '{}'; attendees: {}", ctx.tool(), id, m.when(),
                     weekday(m.date), m.host, attendees));
  });
}

void define_list(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("list", pd::tr("list bookings (default: from today on)"));
  struct Options {
    std::string date, from, until, with, status;
    bool week = false;
  };
  auto opts = std::make_shared<Options>();
  auto* date = cmd->add_option("--date", opts->date, pd::tr("one day"))->type_name("DATE");
  auto* week = cmd->add_flag("--week", opts->week, pd::tr("this week, Monday to Sunday"));
  auto* from = cmd->add_option("--from", opts->from, pd::tr("from this day"))->type_name("DATE");
  auto* until =
      cmd->add_option("--until", opts->until, pd::tr("up to this day"))->type_name("DATE");
  date->excludes(week)->excludes(from)->excludes(until);
  week->excludes(from)->excludes(until);
  cmd->add_option("--with", opts->with, pd::tr("one host only"))->type_name("STAFF");
  cmd->add_option("--status", opts->status,
                  pd::tr("booked, done, no-show, cancelled or all (default: all)"))
      ->type_name("S");
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, opts, bom] {
    pd::OutputChoice out = listing_output(ctx, *bom);
    pd::OutputFormat format = out.format;
    pd::BookingFilter filter;
    filter.status = pd::status_filter(opts->status);
    if (!opts->with.empty()) filter.host = pd::find_staff(ctx.store(), opts->with).id();
    if (!opts->date.empty()) {
      filter.from = filter.until = pd::date_option("--date", opts->date);
    } else if (opts->week) {
      std::tie(filter.from, filter.until) = pd::week_of(ctx.clock().today());
    } else {
      filter.from = pd::date_option("--from", opts->from);
      filter.until = pd::date_option("--until", opts->until);
      if (!filter.from && !filter.until) filter.from = ctx.clock().today();
    }
    auto bookings = pd::select_bookings(ctx.store(), filter);
    bool brief = format == pd::OutputFormat::table;
    ctx.print(out.render(pd::booking_rows(bookings, brief ? pd::Detail::brief : pd::Detail::full,
                                          pd::load_names(ctx.store()))));
    if (bookings.empty()) ctx.note(pd::msg("{}: no bookings", ctx.tool()));
  });
}

void define_show(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("show", pd::tr("show one booking and its history"));
  auto id = std::make_shared<std::string>();
  cmd->add_option("ID", *id, pd::tr("the booking's ID or a unique suffix"))->required();
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, id, bom] {
    pd::OutputChoice out = listing_output(ctx, *bom);
    const pd::Record& record = ctx.store().find("booking", *id);
    pd::Names names = pd::load_names(ctx.store());
    if (out.format == pd::OutputFormat::json)
      ctx.print(pd::booking_json(record, names));
    else if (out.format == pd::OutputFormat::csv)
      // The row `book list --format csv` gives it.
      ctx.print(out.render(pd::booking_rows({&record}, pd::Detail::full, names)));
    else
      ctx.print(pd::describe_booking(record, names));
  });
}

// What a change did, on stderr: the tool, the booking's ID, its date and
// times, its weekday.
std::string_view change_report(pd::BookingAction action) {
  // TRANSLATORS: the tool, the booking's ID, its date and times, its weekday.
  switch (action) {
    case pd::BookingAction::move:
      return N_("{}: {}: moved ({}, {})");
    case pd::BookingAction::cancel:
      return N_("{}: {}: cancelled ({}, {})");
    case pd::BookingAction::done:
      return N_("{}: {}: done ({}, {})");
    case pd::BookingAction::no_show:
      return N_("{}: {}: no-show ({}, {})");
  }
  return {};
}

// move, cancel, done, no-show: one booking, one transition of the table.
void define_change(CLI::App& app, pd::Context& ctx, const std::string& name,
                   const std::string& help, pd::BookingAction action) {
  auto* cmd = app.add_subcommand(name, help);
  struct Options {
    std::string id, date, time, reason;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("ID", opts->id, pd::tr("the booking (its ID or a unique suffix)"))->required();
  if (action == pd::BookingAction::move) {
    cmd->add_option("--date", opts->date, pd::tr("the new day"))->type_name("DATE")->required();
    cmd->add_option("--time", opts->time, pd::tr("the new time"))->type_name("HH:MM")->required();
  }
  if (action == pd::BookingAction::cancel)
    cmd->add_option("--reason", opts->reason, pd::tr("why it is cancelled"))->type_name("TEXT");
  cmd->callback([&ctx, opts, action] {
    std::optional<pd::Date> date = pd::date_option("--date", opts->date);
    std::optional<pd::TimeOfDay> time;
    if (!opts->time.empty()) time = time_option("--time", opts->time);
    const pd::Clock& clock = ctx.clock();
    const std::string& actor = ctx.actor();

    auto change = ctx.begin_change();
    const pd::Record& rec = ctx.store().find("booking", opts->id);
    const std::string id(rec.id());  // `rec` goes with the store's cache at finish_change()
    std::string_view status = pd::next_status(id, rec.value.text("status"), action,
                                              *rec.value.date("date"), clock.today());
    pd::Value value = rec.value;
    if (action == pd::BookingAction::move)
      value = pd::moved_booking(ctx.store(), ctx.settings(), ctx.calendar(), now(ctx), rec.value,
                                *date, *time);
    value.set("status", pd::Value(std::string(status)));
    if (!opts->reason.empty()) value.set("reason", pd::Value(opts->reason));
    pd::Meeting m = pd::meeting_of(value);
    pd::append_history(value, clock, actor,
                       pd::history_action(action, pd::meeting_of(rec.value), m));
    change->put(*rec.schema, value);
    std::string subject(pd::booking_transition(action).done);
    ctx.finish_change(*change, id + ": " + subject);
    ctx.note(pd::msg(change_report(action), ctx.tool(), id, m.when(), weekday(m.date)));
  });
}

void define_visitors(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("visitors", pd::tr("the day's expected visitors, for security"));
  struct Options {
    std::string date;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--date", opts->date, pd::tr("the day (default: today)"))->type_name("DATE");
  auto bom = pd::add_bom_flag(cmd);
  cmd->callback([&ctx, opts, bom] {
    pd::OutputChoice out = listing_output(ctx, *bom);
    pd::OutputFormat format = out.format;
    pd::Date day = pd::date_option("--date", opts->date).value_or(ctx.clock().today());
    auto visitors = pd::visitors_on(ctx.store(), day);
    if (visitors.empty()) {
      // TRANSLATORS: the tool, the day, its weekday.
      ctx.note(pd::msg("{}: no visitors expected on {} ({})", ctx.tool(), day.str(), weekday(day)));
      if (format == pd::OutputFormat::table) return;
    } else if (format == pd::OutputFormat::table) {
      // TRANSLATORS: the title of the visitor list: the number of visitors,
      // the day, its weekday.
      ctx.print(pd::count_of(visitors.size(), "Expected visitors on {1} ({2}): {0} visitor",
                             "Expected visitors on {1} ({2}): {0} visitors", day.str(),
                             weekday(day)) +
                "\n");
    }
    ctx.print(out.render(pd::visitor_rows(visitors)));
  });
}

void define_ics(CLI::App& app, pd::Context& ctx) {
  auto* cmd = app.add_subcommand("ics", pd::tr("the bookings as an iCalendar file on stdout"));
  struct Options {
    std::string with, from, until;
    bool names = false;
    pd::CalendarOptions calendar;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--with", opts->with, pd::tr("one host only"))->type_name("STAFF");
  cmd->add_option("--from", opts->from, pd::tr("from this day"))->type_name("DATE");
  cmd->add_option("--until", opts->until, pd::tr("up to this day"))->type_name("DATE");
  cmd->add_flag("--with-names", opts->names,
                pd::tr("put visitors' and students' names, contacts and topics in the events"));
  auto* alarm = cmd->add_option("--alarm", opts->calendar.alarm_minutes,
                                pd::tr("a reminder this many minutes before each meeting"))
                    ->type_name("N");
  cmd->add_flag("--publish", opts->calendar.publish,
                pd::tr("a feed for subscribers (METHOD:PUBLISH): the attendees only in the "
                       "description"));
  cmd->callback([&ctx, opts, alarm] {
    constexpr int kLongestAlarm = 7 * 24 * 60;  // a week ahead
    if (alarm->count() &&
        (opts->calendar.alarm_minutes < 1 || opts->calendar.alarm_minutes > kLongestAlarm))
      throw pd::Error(pd::ExitCode::usage, pd::msg("--alarm: expected 1 to {} minutes, got {}",
                                                   kLongestAlarm, opts->calendar.alarm_minutes));
    pd::BookingFilter filter;
    if (!opts->with.empty()) filter.host = pd::find_staff(ctx.store(), opts->with).id();
    filter.from = pd::date_option("--from", opts->from);
    filter.until = pd::date_option("--until", opts->until);
    auto bookings = pd::select_bookings(ctx.store(), filter);
    opts->calendar.names = opts->names ? pd::ParentNames::shown : pd::ParentNames::hidden;
    ctx.print(pd::render_ics(pd::booking_calendar(ctx.store(), bookings, ctx.settings().timezone,
                                                  ctx.clock().today(), opts->calendar)));
  });
}

}  // namespace

int main(int argc, char** argv) {
  return pd::run_tool(
      "book", N_("Meetings of parents with the director and the deputies."), argc, argv,
      [](CLI::App& app, pd::Context& ctx) {
        define_slots(app, ctx);
        define_add(app, ctx);
        define_list(app, ctx);
        define_show(app, ctx);
        define_change(app, ctx, "move", pd::tr("move a booking to another time"),
                      pd::BookingAction::move);
        define_change(app, ctx, "cancel", pd::tr("cancel a booking: its slot is free again"),
                      pd::BookingAction::cancel);
        define_change(app, ctx, "done", pd::tr("the meeting took place"), pd::BookingAction::done);
        define_change(app, ctx, "no-show", pd::tr("the visitor did not come"),
                      pd::BookingAction::no_show);
        define_visitors(app, ctx);
        define_ics(app, ctx);
      });
}
