// output/enum_words: the words for stored values, and the values for words.
#include "output/enum_words.h"

#include <doctest/doctest.h>

#include "core/i18n.h"

TEST_CASE("a stored value is shown as its word in the interface language") {
  CHECK_EQ(pd::enum_word("appeal kind", "complaint"), "complaint");
  CHECK_EQ(pd::enum_word("channel", "in_person"), "in person");
  pd::set_interface_language(pd::Language::ru);
  CHECK_EQ(pd::enum_word("appeal kind", "complaint"), "жалоба");
  CHECK_EQ(pd::enum_word("channel", "email"), "по электронной почте");
  pd::set_interface_language(pd::Language::kk);
  CHECK_EQ(pd::enum_word("appeal kind", "complaint"), "шағым");
  CHECK_EQ(pd::enum_word("channel", "email"), "электрондық пошта арқылы");
  pd::set_interface_language(pd::Language::en);
}

TEST_CASE("a value not in the table is shown as it is") {
  CHECK_EQ(pd::enum_word("appeal kind", "petition"), "petition");
  CHECK_EQ(pd::enum_word("no such field", "x"), "x");
}

TEST_CASE("typed words: the value, or its word in any language, ignoring case") {
  CHECK_EQ(pd::enum_value("appeal kind", "complaint"), "complaint");
  CHECK_EQ(pd::enum_value("appeal kind", "Complaint "), "complaint");
  CHECK_EQ(pd::enum_value("appeal kind", "жалоба"), "complaint");
  CHECK_EQ(pd::enum_value("appeal kind", "ЖАЛОБА"), "complaint");
  CHECK_EQ(pd::enum_value("appeal kind", "шағым"), "complaint");
  CHECK_EQ(pd::enum_value("appeal kind", "ШАҒЫМ"), "complaint");
  CHECK_EQ(pd::enum_value("channel", "in person"), "in_person");
  CHECK_EQ(pd::enum_value("language", "RU"), "ru");
  CHECK_FALSE(pd::enum_value("appeal kind", "жалобы"));
  CHECK_FALSE(pd::enum_value("appeal kind", ""));
  // A word of another field is not a value of this one.
  CHECK_FALSE(pd::enum_value("appeal kind", "email"));
}

TEST_CASE("choices list values with their words") {
  CHECK_EQ(pd::enum_values("appeal kind"),
           std::vector<std::string>{"request", "application", "complaint"});
  CHECK_EQ(pd::enum_choices("language"), "kk (Kazakh), ru (Russian), en (English)");
  pd::set_interface_language(pd::Language::ru);
  CHECK_EQ(pd::enum_choices("appeal kind"),
           "request (запрос), application (заявление), complaint (жалоба)");
  pd::set_interface_language(pd::Language::en);
}
