#include "report/consent.h"

#include <algorithm>

#include "core/collate.h"
#include "core/error.h"
#include "core/i18n.h"
#include "output/enum_words.h"

namespace pd {

std::string_view consent_name(Consent consent) {
  switch (consent) {
    case Consent::given:
      return "given";
    case Consent::refused:
      return "refused";
    case Consent::unknown:
      return "unknown";
  }
  return "";
}

std::vector<ConsentRow> photo_consent_gaps(const std::vector<Record>& classes,
                                           const std::string& only_class) {
  std::vector<const Record*> chosen;
  for (const auto& c : classes)
    if (only_class.empty() || c.id() == only_class) chosen.push_back(&c);
  if (!only_class.empty() && chosen.empty())
    throw Error(ExitCode::not_found, msg("no class '{}' in the store", only_class));
  std::sort(chosen.begin(), chosen.end(),
            [](const Record* a, const Record* b) { return class_id_before(a->id(), b->id()); });

  std::vector<ConsentRow> rows;
  for (const Record* c : chosen) {
    const Value* answers = c->value.get("photo_consent");
    if (!answers || !answers->as_list() || answers->as_list()->empty()) {
      rows.push_back({std::string(c->id()), "", Consent::unknown, std::nullopt});
      continue;
    }
    std::vector<ConsentRow> gaps;
    for (const auto& answer : *answers->as_list()) {
      std::string_view consent = answer.text("consent");
      if (consent == "given") continue;
      gaps.push_back({std::string(c->id()), std::string(answer.text("student")),
                      consent == "refused" ? Consent::refused : Consent::unknown,
                      answer.date("signed")});
    }
    // Refusals first (they bind), then the unanswered, by name.
    std::sort(gaps.begin(), gaps.end(), [](const ConsentRow& a, const ConsentRow& b) {
      bool a_refused = a.consent == Consent::refused, b_refused = b.consent == Consent::refused;
      if (a_refused != b_refused) return a_refused;
      return name_before(a.student, b.student);
    });
    rows.insert(rows.end(), gaps.begin(), gaps.end());
  }
  return rows;
}

Rows consent_rows(const std::vector<ConsentRow>& gaps, const Names& names, Readers readers) {
  Rows rows{{{"class", tr("CLASS")},
             {"student", tr("STUDENT")},
             {"consent", tr("CONSENT")},
             {"signed", tr("SIGNED")}},
            {}};
  bool words = readers == Readers::people;
  for (const auto& gap : gaps) {
    std::string answer(consent_name(gap.consent));
    rows.rows.push_back({names.class_name(gap.class_id),
                         gap.student.empty() ? Cell{} : Cell{gap.student},
                         gap.student.empty() ? tr("no answers recorded")
                         : words             ? enum_word("consent", answer)
                                             : answer,
                         gap.signed_on ? Cell{gap.signed_on->str()} : Cell{}});
  }
  return rows;
}

}  // namespace pd
