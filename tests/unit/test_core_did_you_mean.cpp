// core/did_you_mean: suggestions for mistyped names.
#include "core/did_you_mean.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using pd::did_you_mean;

namespace {

const std::vector<std::string> kStaffFields = {"id",    "name", "roles",     "area",   "email",
                                               "phone", "room", "reception", "history"};
const std::vector<std::string> kAppealFields = {"id",   "status",   "kind",   "channel",
                                                "lang", "received", "from",   "subject",
                                                "text", "due",      "history"};
const std::vector<std::string> kLanguages = {"kk", "ru", "en"};

}  // namespace

TEST_CASE("a transposition, a missing and an extra letter are one step") {
  CHECK_EQ(did_you_mean("nmae", kStaffFields), "name");
  CHECK_EQ(did_you_mean("lnag", kAppealFields), "lang");
  CHECK_EQ(did_you_mean("recieved", kAppealFields), "received");
  CHECK_EQ(did_you_mean("emial", kStaffFields), "email");
  CHECK_EQ(did_you_mean("role", kStaffFields), "roles");
  CHECK_EQ(did_you_mean("histroy", kStaffFields), "history");
  CHECK_EQ(did_you_mean("subjectt", kAppealFields), "subject");
}

TEST_CASE("a short word allows one edit") {
  CHECK_EQ(did_you_mean("kz", kLanguages), "kk");
  CHECK_EQ(did_you_mean("ur", kLanguages), "ru");
  CHECK_FALSE(did_you_mean("de", {"kk", "ru"}));  // two edits from every candidate
}

TEST_CASE("ASCII case does not count as an edit") {
  CHECK_EQ(did_you_mean("Name", kStaffFields), "name");
  CHECK_EQ(did_you_mean("RU", kLanguages), "ru");
}

TEST_CASE("nothing for a word far from every candidate") {
  CHECK_FALSE(did_you_mean("favourite", kStaffFields));
  CHECK_FALSE(did_you_mean("xyz", kLanguages));
  CHECK_FALSE(did_you_mean("zzzzzzzzzzzz", kAppealFields));
  CHECK_FALSE(did_you_mean("name", {}));
}

TEST_CASE("the limit is a third of the word, at most three edits") {
  // "telephone" (9 letters) may be 3 edits away: "phone" is 4.
  CHECK_FALSE(did_you_mean("telephone", kStaffFields));
  // "receptoin" -> "reception": one transposition.
  CHECK_EQ(did_you_mean("receptoin", kStaffFields), "reception");
  // "chanel" (6 letters) allows 2: "channel" is 1 away.
  CHECK_EQ(did_you_mean("chanel", kAppealFields), "channel");
  // "stat" (4 letters) allows 1: "status" is 2 away.
  CHECK_FALSE(did_you_mean("stat", kAppealFields));
}

TEST_CASE("the closest candidate wins, the first one on a tie") {
  CHECK_EQ(did_you_mean("rom", kStaffFields), "room");
  CHECK_EQ(did_you_mean("ab", {"aa", "bb", "ac"}), "aa");
}
