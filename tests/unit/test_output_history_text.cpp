// output/history_text: the stored English history, read in each language.
#include "output/history_text.h"

#include <doctest/doctest.h>

#include "core/i18n.h"

TEST_CASE("in English a history reads as it is stored") {
  for (const char* action :
       {"received, for the class teacher; assigned to ivanova; due 2026-11-25",
        "escalated to the administration; assigned to omarova; due 2026-12-09 (was 2026-11-29)",
        "delivered 2026-12-01 via email, on time", "delivered 2026-12-01 via in_person, 1 day late",
        "delivered 2026-12-01 via email, 3 days late", "signed as secretary, frozen",
        "decision 2 added", "moved from 2026-12-01 15:30 to 2026-12-03 16:10", "done",
        "a phrase written by hand"})
    CHECK_EQ(pd::history_action_text(action), action);
}

TEST_CASE("in Russian and Kazakh every phrase parentdesk writes is translated") {
  pd::set_interface_language(pd::Language::ru);
  CHECK_EQ(pd::history_action_text("received, for the class teacher; assigned to ivanova; due "
                                   "2026-11-25"),
           pd::tr("received, for the class teacher") + "; " + pd::msg("assigned to {}", "ivanova") +
               "; " + pd::msg("due {}", "2026-11-25"));
  CHECK_NE(pd::history_action_text("delivered 2026-12-01 via email, 3 days late"),
           "delivered 2026-12-01 via email, 3 days late");
  CHECK_EQ(pd::history_action_text("a phrase written by hand; due 2026-11-25"),
           "a phrase written by hand; " + pd::msg("due {}", "2026-11-25"));
  pd::set_interface_language(pd::Language::en);
}
