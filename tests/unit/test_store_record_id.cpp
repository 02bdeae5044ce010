// store/record_id: <T>-<yyyymmdd>-<XXXX> IDs and the suffixes that name them.
#include "store/record_id.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "test_support.h"

using pd::ids_matching;
using pd::is_record_id;
using Ids = std::vector<std::string>;

TEST_CASE("new_record_id: type letter, creation date, four Crockford characters") {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string id = pd::new_record_id('A', pd::Date(2026, 11, 24));
    CAPTURE(id);
    REQUIRE_EQ(id.size(), 15u);
    CHECK_EQ(id.substr(0, 11), "A-20261124-");
    for (char c : id.substr(11)) {
      CHECK(pd::kCrockfordAlphabet.find(c) != std::string_view::npos);
      CHECK(std::string_view("ILOU").find(c) == std::string_view::npos);
    }
    CHECK(is_record_id(id, 'A'));
    seen.insert(id);
  }
  // 32^4 = 1048576 possible suffixes: 200 draws give (almost surely) no repeat.
  CHECK_GT(seen.size(), 190u);

  CHECK_EQ(pd::new_record_id('B', pd::Date(2027, 1, 5)).substr(0, 11), "B-20270105-");
  CHECK_EQ(pd::new_record_id('M', pd::Date(2026, 9, 1)).substr(0, 11), "M-20260901-");
}

TEST_CASE("the Crockford alphabet: digits and letters without I, L, O, U") {
  CHECK_EQ(pd::kCrockfordAlphabet, "0123456789ABCDEFGHJKMNPQRSTVWXYZ");
  CHECK_EQ(pd::kCrockfordAlphabet.size(), 32u);
  CHECK_EQ(pd::kMinSuffix, 4u);
}

TEST_CASE("is_record_id: the form and a real date") {
  CHECK(is_record_id("A-20261124-K7QM", 'A'));
  CHECK(is_record_id("B-20240229-0000", 'B'));
  CHECK(is_record_id("M-20261231-ZZZZ", 'M'));

  CHECK_FALSE(is_record_id("A-20261124-K7QM", 'B'));   // another type
  CHECK_FALSE(is_record_id("X-20261124-K7QM", 'A'));   //
  CHECK_FALSE(is_record_id("A-20260230-K7QM", 'A'));   // no such day
  CHECK_FALSE(is_record_id("A-20250229-K7QM", 'A'));   // not a leap year
  CHECK_FALSE(is_record_id("A-20261324-K7QM", 'A'));   // no such month
  CHECK_FALSE(is_record_id("a-20261124-k7qm", 'A'));   // lower case
  CHECK_FALSE(is_record_id("A-20261124-k7qm", 'A'));   //
  CHECK_FALSE(is_record_id("A-20261124-K7Q", 'A'));    // too short
  CHECK_FALSE(is_record_id("A-20261124-K7QMX", 'A'));  // too long
  CHECK_FALSE(is_record_id("A-2026112-4K7QM", 'A'));   // separators misplaced
  CHECK_FALSE(is_record_id("A_20261124_K7QM", 'A'));   //
  CHECK_FALSE(is_record_id("A-2026-11-24-K7", 'A'));   //
  CHECK_FALSE(is_record_id("A-20261124-K7QO", 'A'));   // O, I, L, U are not Crockford
  CHECK_FALSE(is_record_id("A-20261124-K7QI", 'A'));   //
  CHECK_FALSE(is_record_id("A-20261124-K7QL", 'A'));   //
  CHECK_FALSE(is_record_id("A-20261124-K7QU", 'A'));   //
  CHECK_FALSE(is_record_id("A-2026112a-K7QM", 'A'));   // not a digit
  CHECK_FALSE(is_record_id("", 'A'));
}

TEST_CASE("ids_matching: by suffix, case-insensitively") {
  const Ids ids = {"A-20261124-K7QM", "A-20261124-M0QA", "A-20261125-7QMA", "A-20261201-11ZZ"};
  CHECK_EQ(ids_matching(ids, "K7QM"), Ids{"A-20261124-K7QM"});
  CHECK_EQ(ids_matching(ids, "k7qm"), Ids{"A-20261124-K7QM"});
  CHECK_EQ(ids_matching(ids, "K7qM"), Ids{"A-20261124-K7QM"});
  CHECK_EQ(ids_matching(ids, "24-K7QM"), Ids{"A-20261124-K7QM"});
  CHECK_EQ(ids_matching(ids, "XXXX"), Ids{});
  CHECK_EQ(ids_matching(ids, "K7Q"), Ids{});  // a suffix, not a part
}

TEST_CASE("ids_matching: Crockford readings of O as 0 and of I, L as 1") {
  const Ids ids = {"A-20261124-M0QA", "A-20261201-11ZZ"};
  CHECK_EQ(ids_matching(ids, "MOQA"), Ids{"A-20261124-M0QA"});
  CHECK_EQ(ids_matching(ids, "moqa"), Ids{"A-20261124-M0QA"});
  CHECK_EQ(ids_matching(ids, "ILZZ"), Ids{"A-20261201-11ZZ"});
  CHECK_EQ(ids_matching(ids, "liZZ"), Ids{"A-20261201-11ZZ"});
  CHECK_EQ(ids_matching(ids, "11zz"), Ids{"A-20261201-11ZZ"});
}

TEST_CASE("ids_matching: an ambiguous suffix gives every candidate") {
  const Ids ids = {"A-20261124-K7QM", "A-20261201-K7QM", "A-20261124-ABCD"};
  CHECK_EQ(ids_matching(ids, "K7QM"), (Ids{"A-20261124-K7QM", "A-20261201-K7QM"}));
  CHECK_EQ(ids_matching(ids, "24-K7QM"), Ids{"A-20261124-K7QM"});
}

TEST_CASE("ids_matching: a full ID names itself, in any case") {
  const Ids ids = {"A-20261124-K7QM", "A-20261201-K7QM"};
  CHECK_EQ(ids_matching(ids, "A-20261201-K7QM"), Ids{"A-20261201-K7QM"});
  CHECK_EQ(ids_matching(ids, "a-20261201-k7qm"), Ids{"A-20261201-K7QM"});
  CHECK_EQ(ids_matching(ids, "XA-20261201-K7QM"), Ids{});
}
