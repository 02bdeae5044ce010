#include "appeal/record_check.h"

#include "appeal/deadline.h"
#include "appeal/status.h"
#include "core/i18n.h"

namespace pd::appeal {

std::vector<Diagnostic> check_appeal(const Record& appeal, const SchoolSettings& settings) {
  std::vector<Diagnostic> problems;
  const Value& v = appeal.value;
  auto problem = [&](const Value* at, std::string message) {
    problems.push_back({appeal.file, at ? at->pos() : Position{}, std::move(message)});
  };
  // A1: the answer is in the language of the appeal.
  if (const Value* response = v.get("response"))
    if (response->text("lang") != v.text("lang"))
      problem(response->get("lang"),
              msg("'response.lang': the answer must be in the language of the appeal, '{}' (A1)",
                  v.text("lang")));
  // Each status needs the facts that led to it.
  Status status = parse_status(v.text("status")).value_or(Status::received);
  struct Needed {
    Status status;
    std::string_view field, problem;  // the problem: a message for the catalogue
  };
  static const Needed kNeeded[] = {
      {Status::answered, "response", N_("'response': an answered appeal needs its response")},
      {Status::delivered, "response", N_("'response': a delivered appeal needs its response")},
      {Status::delivered, "delivered",
       N_("'delivered': a delivered appeal needs 'delivered: {{on, via}}'")},
      {Status::closed, "closed", N_("'closed': a closed appeal needs 'closed: {{on}}'")},
      {Status::withdrawn, "closed", N_("'closed': a withdrawn appeal needs 'closed: {{on}}'")},
      {Status::redirected, "redirect",
       N_("'redirect': a redirected appeal needs 'redirect: {{to, on}}'")},
  };
  for (const auto& needed : kNeeded)
    if (status == needed.status && !v.get(needed.field))
      problem(v.get("status"), msg(needed.problem));
  if (const Value* extension = v.get("extension")) {
    Date latest = latest_extension(*v.date("received"), settings);
    if (*extension->date("until") > latest)
      problem(extension->get("until"),
              count_of(size_t(settings.max_extension_days),
                       "'extension.until': at most {} day after receipt, {}",
                       "'extension.until': at most {} days after receipt, {}", latest.str()));
    // An extension turns no late answer into an on-time one.
    Date on = *extension->date("date"), was = *extension->date("previous_due");
    if (was < on)
      problem(extension->get("date"),
              msg("'extension.date': extended on {}, after the due date {} had passed", on.str(),
                  was.str()));
    if (const Value* notified = extension->get("notified");
        notified && *notified->date("date") < on)
      problem(notified->get("date"),
              msg("'extension.notified.date': {} is before the extension on {}",
                  notified->date("date")->str(), on.str()));
  }
  Date received = *v.date("received");
  for (std::string_view field : {"escalated", "response", "delivered", "redirect", "closed"})
    if (const Value* step = v.get(field);
        step && step->date("date") && *step->date("date") < received)
      problem(step->get("date"), msg("'{}.date': {} is before the appeal was received, {}", field,
                                     step->date("date")->str(), received.str()));
  if (status == Status::assigned && v.text("assignee").empty())
    problem(v.get("status"), tr("'assignee': an assigned appeal needs its assignee"));
  return problems;
}

}  // namespace pd::appeal
