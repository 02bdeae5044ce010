#include "output/history_text.h"

#include <regex>
#include <vector>

#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

namespace {

using Match = std::smatch;

struct Phrase {
  std::regex pattern;
  std::string (*text)(const Match&);
};

std::string word(const Match& m, size_t i) {
  return m[i].str();
}

const std::vector<Phrase>& phrases() {
  // The phrases of lib/appeal, lib/booking and tools/minutes.cpp, as they
  // write them: keep the two in step.
  static const std::vector<Phrase> table = {
      {std::regex("created"), [](const Match&) { return trc("history", "created"); }},
      {std::regex("created from booking (\\S+)"),
       [](const Match& m) { return msg("created from booking {}", word(m, 1)); }},
      {std::regex("minutes (\\S+)"), [](const Match& m) { return msg("minutes {}", word(m, 1)); }},
      {std::regex("edited"), [](const Match&) { return trc("history", "edited"); }},
      // TRANSLATORS: signed minutes corrected by `minutes amend`: the number
      // of the version the amendment opened.
      {std::regex("amended, version (\\d+)"),
       [](const Match& m) { return msg("amended, version {}", word(m, 1)); }},
      {std::regex("received, for the administration"),
       [](const Match&) { return tr("received, for the administration"); }},
      {std::regex("received, for the class teacher"),
       [](const Match&) { return tr("received, for the class teacher"); }},
      {std::regex("assigned to (\\S+)"),
       [](const Match& m) { return msg("assigned to {}", word(m, 1)); }},
      {std::regex("due (\\d{4}-\\d\\d-\\d\\d)"),
       [](const Match& m) { return msg("due {}", word(m, 1)); }},
      {std::regex("due (\\d{4}-\\d\\d-\\d\\d) \\(was (\\d{4}-\\d\\d-\\d\\d)\\)"),
       [](const Match& m) { return msg("due {} (was {})", word(m, 1), word(m, 2)); }},
      {std::regex("escalated to the administration"),
       [](const Match&) { return tr("escalated to the administration"); }},
      {std::regex("extended"), [](const Match&) { return trc("history", "extended"); }},
      {std::regex("parent notified via (\\w+)"),
       [](const Match& m) { return msg("parent notified {}", enum_word("notice", word(m, 1))); }},
      {std::regex("parent notified of the extension (\\S+) via (\\w+)"),
       [](const Match& m) {
         return msg("parent notified of the extension {} ({})", word(m, 1),
                    enum_word("notice", word(m, 2)));
       }},
      {std::regex("redirected"), [](const Match&) { return trc("history", "redirected"); }},
      {std::regex("answered in (kk|ru|en)"),
       [](const Match& m) { return msg("answered in {}", word(m, 1)); }},
      {std::regex("answer replaced in (kk|ru|en)"),
       [](const Match& m) { return msg("answer replaced in {}", word(m, 1)); }},
      {std::regex("delivered (\\S+) via (\\w+), on time"),
       [](const Match& m) {
         return msg("delivered {} ({}), on time", word(m, 1), enum_word("delivery", word(m, 2)));
       }},
      {std::regex("delivered (\\S+) via (\\w+), (\\d+) days? late"),
       [](const Match& m) {
         return count_of(std::stoul(word(m, 3)), "delivered {1} ({2}), {0} day late",
                         "delivered {1} ({2}), {0} days late", word(m, 1),
                         enum_word("delivery", word(m, 2)));
       }},
      {std::regex("closed"), [](const Match&) { return trc("history", "closed"); }},
      {std::regex("withdrawn by the parent"),
       [](const Match&) { return tr("withdrawn by the parent"); }},
      {std::regex("note added"), [](const Match&) { return tr("note added"); }},
      {std::regex("meeting (\\S+) booked for (.+)"),
       [](const Match& m) { return msg("meeting {} booked for {}", word(m, 1), word(m, 2)); }},
      {std::regex("booked"), [](const Match&) { return trc("history", "booked"); }},
      {std::regex("moved from (.+) to (.+)"),
       [](const Match& m) { return msg("moved from {} to {}", word(m, 1), word(m, 2)); }},
      {std::regex("cancelled"), [](const Match&) { return trc("history", "cancelled"); }},
      {std::regex("done"), [](const Match&) { return trc("history", "held"); }},
      {std::regex("no-show"), [](const Match&) { return trc("history", "no-show"); }},
      {std::regex("decision (\\d+) added"),
       [](const Match& m) { return msg("decision {} added", word(m, 1)); }},
      {std::regex("decision (\\d+) done"),
       [](const Match& m) { return msg("decision {} done", word(m, 1)); }},
      {std::regex("signed as (chair|secretary)"),
       [](const Match& m) { return msg("signed as {}", enum_word("signer", word(m, 1))); }},
      {std::regex("signed as (chair|secretary), frozen"),
       [](const Match& m) { return msg("signed as {}, frozen", enum_word("signer", word(m, 1))); }},
  };
  return table;
}

std::string phrase_text(const std::string& phrase) {
  Match m;
  for (const Phrase& p : phrases())
    if (std::regex_match(phrase, m, p.pattern)) return p.text(m);
  return phrase;
}

}  // namespace

std::string history_action_text(std::string_view action) {
  if (interface_language() == Language::en) return std::string(action);  // as written
  std::string out;
  size_t start = 0;
  for (;;) {
    size_t end = action.find("; ", start);
    std::string phrase(action.substr(start, end == std::string_view::npos ? end : end - start));
    out += phrase_text(phrase);
    if (end == std::string_view::npos) break;
    out += "; ";
    start = end + 2;
  }
  return out;
}

}  // namespace pd
