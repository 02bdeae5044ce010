#include "output/enum_words.h"

#include "core/casefold.h"
#include "core/i18n.h"

namespace pd {

namespace {

struct Word {
  const char* field;  // the catalogue's context
  const char* value;  // as stored
  const char* english;
};

// TRANSLATORS: these are the words shown for stored values, in table cells
// and choices: nominative, short, lowercase as in running text.
constexpr Word kWords[] = {
    {"appeal status", "received", NC_("appeal status", "received")},
    {"appeal status", "assigned", NC_("appeal status", "assigned")},
    {"appeal status", "answered", NC_("appeal status", "answered")},
    {"appeal status", "delivered", NC_("appeal status", "delivered")},
    {"appeal status", "closed", NC_("appeal status", "closed")},
    {"appeal status", "withdrawn", NC_("appeal status", "withdrawn")},
    {"appeal status", "redirected", NC_("appeal status", "redirected")},
    {"appeal kind", "request", NC_("appeal kind", "request")},
    {"appeal kind", "application", NC_("appeal kind", "application")},
    {"appeal kind", "complaint", NC_("appeal kind", "complaint")},
    {"channel", "email", NC_("channel", "by e-mail")},
    {"channel", "in_person", NC_("channel", "in person")},
    {"channel", "website", NC_("channel", "on the website")},
    {"channel", "phone", NC_("channel", "by phone")},
    {"channel", "messenger", NC_("channel", "by messenger")},
    {"channel", "e_journal", NC_("channel", "in the e-journal")},
    {"route", "class_teacher", NC_("route", "class teacher")},
    {"route", "administration", NC_("route", "administration")},
    {"delivery", "email", NC_("delivery", "by e-mail")},
    {"delivery", "in_person", NC_("delivery", "in person")},
    // How the parent was told of an extension.
    {"notice", "email", NC_("notice", "by e-mail")},
    {"notice", "in_person", NC_("notice", "in person")},
    {"notice", "phone", NC_("notice", "by phone")},
    {"notice", "messenger", NC_("notice", "by messenger")},
    {"notice", "letter", NC_("notice", "by letter")},
    {"notice", "e_journal", NC_("notice", "in the e-journal")},
    {"booking status", "booked", NC_("booking status", "booked")},
    {"booking status", "done", NC_("booking status", "held")},
    {"booking status", "no_show", NC_("booking status", "no-show")},
    {"booking status", "cancelled", NC_("booking status", "cancelled")},
    {"booking source", "coordinator", NC_("booking source", "coordinator")},
    {"booking source", "website", NC_("booking source", "website")},
    {"consent", "given", NC_("consent", "consent")},
    {"consent", "refused", NC_("consent", "refusal")},
    {"consent", "unknown", NC_("consent", "unknown")},
    // U criterion 4: the kinds of case among students, and where one was reported.
    {"incident kind", "offence", NC_("incident kind", "offence")},
    {"incident kind", "bullying", NC_("incident kind", "bullying")},
    {"incident kind", "suicide_attempt", NC_("incident kind", "suicide attempt")},
    {"incident kind", "suicide", NC_("incident kind", "suicide")},
    {"body", "police", NC_("body", "police")},
    {"body", "juvenile_inspector", NC_("body", "juvenile inspector")},
    {"body", "juvenile_commission", NC_("body", "commission on minors' affairs")},
    {"body", "guardianship", NC_("body", "guardianship authority")},
    {"body", "education_department", NC_("body", "education department")},
    {"body", "health", NC_("body", "health care")},
    {"minutes kind", "class_meeting", NC_("minutes kind", "class parent meeting")},
    {"minutes kind", "school_meeting", NC_("minutes kind", "school parent meeting")},
    {"minutes kind", "pta", NC_("minutes kind", "parent committee")},
    {"minutes kind", "leadership", NC_("minutes kind", "meeting with the leadership")},
    {"minutes kind", "education", NC_("minutes kind", "education of parents")},
    {"minutes kind", "event", NC_("minutes kind", "event")},
    {"minutes kind", "diagnostics", NC_("minutes kind", "diagnostics")},
    {"minutes kind", "survey", NC_("minutes kind", "survey")},
    {"organizer", "school", NC_("organizer", "school")},
    {"organizer", "parents", NC_("organizer", "parents")},
    {"signer", "chair", NC_("signer", "chair")},
    {"signer", "secretary", NC_("signer", "secretary")},
    {"role", "director", NC_("role", "director")},
    {"role", "deputy", NC_("role", "deputy director")},
    {"role", "coordinator", NC_("role", "coordinator for work with parents")},
    {"role", "class_teacher", NC_("role", "class teacher")},
    {"role", "psychologist", NC_("role", "psychologist")},
    {"role", "social_pedagogue", NC_("role", "social pedagogue")},
    {"role", "teacher", NC_("role", "teacher")},
    {"role", "secretary", NC_("role", "secretary")},
    {"period", "term", NC_("period", "term")},
    {"period", "half_year", NC_("period", "half-year")},
    {"period", "3_months", NC_("period", "3 months")},
    {"period", "year", NC_("period", "school year")},
    {"weekday", "mon", NC_("weekday", "mon")},
    {"weekday", "tue", NC_("weekday", "tue")},
    {"weekday", "wed", NC_("weekday", "wed")},
    {"weekday", "thu", NC_("weekday", "thu")},
    {"weekday", "fri", NC_("weekday", "fri")},
    {"weekday", "sat", NC_("weekday", "sat")},
    {"weekday", "sun", NC_("weekday", "sun")},
    {"language", "kk", NC_("language", "Kazakh")},
    {"language", "ru", NC_("language", "Russian")},
    {"language", "en", NC_("language", "English")},
    // Derived, not stored: where a decision, a requirement of the plan and
    // an overdue item stand.
    {"decision status", "open", NC_("decision status", "open")},
    {"decision status", "done", NC_("decision status", "done")},
    {"decision status", "overdue", NC_("decision status", "overdue")},
    {"plan status", "held", NC_("plan status", "held")},
    {"plan status", "unsigned", NC_("plan status", "unsigned")},
    {"plan status", "planned", NC_("plan status", "planned")},
    {"plan status", "due", NC_("plan status", "due")},
    {"plan status", "missed", NC_("plan status", "missed")},
    {"plan status", "upcoming", NC_("plan status", "upcoming")},
    {"plan status", "not_required", NC_("plan status", "not required")},
    {"overdue", "appeal", NC_("overdue", "appeal")},
    {"overdue", "decision", NC_("overdue", "decision")},
    {"overdue", "signatures", NC_("overdue", "signatures")},
    {"overdue", "no_minutes", NC_("overdue", "no minutes")},
    {"overdue", "notice", NC_("overdue", "extension notice")},
    {"overdue", "plan", NC_("overdue", "plan")},
};

std::string trimmed(std::string_view text) {
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t");
  return std::string(text.substr(start, end - start + 1));
}

}  // namespace

std::string enum_word(std::string_view field, std::string_view value) {
  for (const Word& word : kWords)
    if (word.field == field && word.value == value) return trc(word.field, word.english);
  return std::string(value);
}

std::optional<std::string> enum_value(std::string_view field, std::string_view typed) {
  std::string wanted = casefold(trimmed(typed));
  for (const Word& word : kWords) {
    if (word.field != field) continue;
    if (casefold(word.value) == wanted || casefold(word.english) == wanted)
      return std::string(word.value);
    for (Language language : {Language::ru, Language::kk})
      if (casefold(trc_in(language, word.field, word.english)) == wanted)
        return std::string(word.value);
  }
  return std::nullopt;
}

std::vector<std::string> enum_values(std::string_view field) {
  std::vector<std::string> values;
  for (const Word& word : kWords)
    if (word.field == field) values.emplace_back(word.value);
  return values;
}

std::string enum_choices(std::string_view field) {
  std::string list;
  for (const Word& word : kWords) {
    if (word.field != field) continue;
    if (!list.empty()) list += ", ";
    list += word.value;
    std::string shown = trc(word.field, word.english);
    if (shown != word.value) list += " (" + shown + ")";
  }
  return list;
}

}  // namespace pd
