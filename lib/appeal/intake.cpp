#include "appeal/intake.h"

#include <fmt/format.h>

#include <algorithm>

#include "appeal/deadline.h"
#include "appeal/numbering.h"
#include "appeal/routing.h"
#include "core/did_you_mean.h"
#include "core/i18n.h"
#include "store/history.h"
#include "store/schema.h"

namespace pd::appeal {

namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values)
    out += (out.empty() ? "" : ", ") + value;
  return out;
}

std::string trimmed_line(std::string_view text) {
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t");
  return std::string(text.substr(start, end - start + 1));
}

}  // namespace

void require_schema_value(std::string_view flag, std::string_view field, std::string_view value) {
  const FieldSpec* spec = &schema_for("appeal").root;
  for (size_t start = 0; spec;) {  // a dotted path: delivered.via
    size_t dot = field.find('.', start);
    spec = spec->field(field.substr(start, dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (!spec) throw Error(ExitCode::system, msg("no appeal field '{}'", field));
  const std::vector<std::string>& values = spec->values;
  if (std::find(values.begin(), values.end(), value) != values.end()) return;
  std::string hint;
  if (auto close = did_you_mean(value, values)) hint = msg(" (did you mean '{}'?)", *close);
  throw Error(ExitCode::usage,
              msg("{}: expected one of {}, got '{}'{}", flag, joined(values), value, hint));
}

std::string tidy_text(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    out.append(line);
    out += '\n';
    start = end + 1;
  }
  while (!out.empty() && out.back() == '\n')
    out.pop_back();
  size_t first = out.find_first_not_of('\n');
  out.erase(0, first == std::string::npos ? out.size() : first);
  if (out.find('\n') != std::string::npos) out += '\n';
  return out;
}

Value new_appeal(const std::string& id, const NewAppeal& input, const ActionContext& ctx) {
  require_schema_value("--kind", "kind", input.kind);
  require_schema_value("--channel", "channel", input.channel);
  require_schema_value("--lang", "lang", input.lang);
  const auto& languages = ctx.settings.languages;
  if (std::find(languages.begin(), languages.end(), input.lang) == languages.end())
    throw Error(ExitCode::usage, msg("--lang: the school works in {}, got '{}' (school.yaml)",
                                     joined(languages), input.lang));
  auto route = parse_route(input.route);
  if (!route)
    throw Error(ExitCode::usage,
                msg("--to: expected class_teacher or administration, got '{}'", input.route));
  Date today = ctx.today();
  Date received = input.received.value_or(today);
  if (received > today)
    throw Error(ExitCode::usage,
                msg("--received: {} is after today ({})", received.str(), today.str()));
  std::string from = trimmed_line(input.from), subject = trimmed_line(input.subject);
  if (from.empty()) throw Error(ExitCode::usage, tr("--from: the parent's name is empty"));
  if (subject.empty()) throw Error(ExitCode::usage, tr("--subject: the subject is empty"));

  Assignment assignment = route_appeal(ctx.store, *route, input.class_id);
  Value appeal{Object{}};
  appeal.set("id", id);
  appeal.set("number",
             Value(next_registration_number(valid_records(ctx.store, "appeal"), received.year())));
  appeal.set("status", assignment.assignee.empty() ? "received" : "assigned");
  appeal.set("kind", input.kind);
  appeal.set("channel", input.channel);
  appeal.set("lang", input.lang);
  appeal.set("received", received);
  appeal.set("from", from);
  if (!trimmed_line(input.contact).empty()) appeal.set("contact", trimmed_line(input.contact));
  if (!trimmed_line(input.student).empty()) appeal.set("student", trimmed_line(input.student));
  if (!input.class_id.empty())
    appeal.set("class", std::string(find_class(ctx.store, input.class_id).id()));
  appeal.set("subject", subject);
  if (std::string text = tidy_text(input.text); !text.empty()) appeal.set("text", text);
  appeal.set("route", std::string(route_name(*route)));
  if (!assignment.assignee.empty()) appeal.set("assignee", assignment.assignee);
  Date due = due_date(received, *route, ctx.calendar, ctx.settings);
  appeal.set("due", due);
  if (!input.repeat_of.empty())
    appeal.set("repeat_of", std::string(ctx.store.find("appeal", input.repeat_of).id()));
  std::string action = fmt::format(
      "received, for the {}", *route == Route::class_teacher ? "class teacher" : "administration");
  if (!assignment.assignee.empty()) action += fmt::format("; assigned to {}", assignment.assignee);
  action += fmt::format("; due {}", due.str());
  append_history(appeal, ctx.clock, ctx.actor, action);
  return appeal;
}

}  // namespace pd::appeal
