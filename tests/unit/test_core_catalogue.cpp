// core/catalogue and core/i18n: the compiled-in catalogues and the lookups.
#include "core/catalogue.h"

#include <doctest/doctest.h>

#include <string>

#include "core/i18n.h"

namespace {

// A .mo image with the given (original, translation) pairs, as msgfmt
// writes it (little-endian, sorted originals, no hash table).
std::string mo_image(const std::vector<std::pair<std::string, std::string>>& entries) {
  auto word = [](std::string& out, uint32_t value) {
    for (int i = 0; i < 4; ++i)
      out += char((value >> (8 * i)) & 0xFF);
  };
  uint32_t n = uint32_t(entries.size());
  uint32_t originals = 28, translations = originals + 8 * n, strings = translations + 8 * n;
  std::string head, tables_o, tables_t, data;
  uint32_t offset = strings;
  for (const auto& [original, translation] : entries) {
    word(tables_o, uint32_t(original.size())), word(tables_o, offset);
    data += original + '\0', offset += uint32_t(original.size()) + 1;
  }
  for (const auto& [original, translation] : entries) {
    word(tables_t, uint32_t(translation.size())), word(tables_t, offset);
    data += translation + '\0', offset += uint32_t(translation.size()) + 1;
  }
  word(head, 0x950412de), word(head, 0), word(head, n), word(head, originals),
      word(head, translations), word(head, 0), word(head, 0);
  return head + tables_o + tables_t + data;
}

}  // namespace

TEST_CASE("a .mo image: messages, contexts and plural forms are found") {
  std::string image =
      mo_image({{"", "Content-Type: text/plain; charset=UTF-8\n"},
                {std::string("{} day\0{} days", 14), std::string("{} день\0{} дня\0{} дней", 34)},
                {"appeal kind\x04"
                 "complaint",
                 "жалоба"},
                {"no problems", "проблем нет"}});
  pd::Catalogue catalogue(image);
  CHECK_EQ(catalogue.size(), 3u);  // the header is no message
  CHECK_EQ(catalogue.find("no problems"), std::optional<std::string_view>("проблем нет"));
  CHECK_EQ(catalogue.find("appeal kind\x04"
                          "complaint"),
           std::optional<std::string_view>("жалоба"));
  CHECK_EQ(catalogue.find("{} day")->size(), 34u);
  CHECK_FALSE(catalogue.find("complaint"));
  CHECK_FALSE(catalogue.find(""));
}

TEST_CASE("an image that is not a catalogue, or is cut short, gives an empty one") {
  CHECK_EQ(pd::Catalogue("").size(), 0u);
  CHECK_EQ(pd::Catalogue("not a catalogue at all, just text").size(), 0u);
  std::string image = mo_image({{"a", "б"}, {"c", "д"}});
  CHECK_EQ(pd::Catalogue(image).size(), 2u);
  CHECK_EQ(pd::Catalogue(std::string_view(image).substr(0, image.size() - 6)).size(), 0u);
}

TEST_CASE("the Russian and Kazakh catalogues are compiled in") {
  CHECK_GT(pd::catalogue_for(pd::Language::ru).size(), 100u);
  CHECK_GT(pd::catalogue_for(pd::Language::kk).size(), 100u);
  CHECK_EQ(pd::catalogue_for(pd::Language::en).size(), 0u);
}

TEST_CASE("tr, trc and count_of in each language; English is the key") {
  pd::set_interface_language(pd::Language::ru);
  CHECK_EQ(pd::trc("appeal kind", "complaint"), "жалоба");
  CHECK_EQ(pd::count_of(1, "overdue by {} day", "overdue by {} days"), "просрочено на 1 день");
  CHECK_EQ(pd::count_of(2, "overdue by {} day", "overdue by {} days"), "просрочено на 2 дня");
  CHECK_EQ(pd::count_of(5, "overdue by {} day", "overdue by {} days"), "просрочено на 5 дней");
  CHECK_EQ(pd::count_of(11, "overdue by {} day", "overdue by {} days"), "просрочено на 11 дней");
  CHECK_EQ(pd::count_of(21, "overdue by {} day", "overdue by {} days"), "просрочено на 21 день");
  CHECK_EQ(pd::count_of(22, "overdue by {} day", "overdue by {} days"), "просрочено на 22 дня");
  CHECK_EQ(pd::tr("a message no catalogue has"), "a message no catalogue has");
  pd::set_interface_language(pd::Language::kk);
  CHECK_EQ(pd::trc("appeal kind", "complaint"), "шағым");
  CHECK_EQ(pd::count_of(5, "overdue by {} day", "overdue by {} days"), "мерзімі 5 күнге өтті");
  CHECK_EQ(pd::count_of(1, "overdue by {} day", "overdue by {} days"), "мерзімі 1 күнге өтті");
  pd::set_interface_language(pd::Language::en);
  CHECK_EQ(pd::trc("appeal kind", "complaint"), "complaint");
  CHECK_EQ(pd::count_of(1, "overdue by {} day", "overdue by {} days"), "overdue by 1 day");
  CHECK_EQ(pd::count_of(5, "overdue by {} day", "overdue by {} days"), "overdue by 5 days");
}

TEST_CASE("decimals as each language writes them") {
  CHECK_EQ(pd::decimal(80.44, 1), "80.4");
  pd::set_interface_language(pd::Language::ru);
  CHECK_EQ(pd::decimal(80.44, 1), "80,4");
  CHECK_EQ(pd::decimal(90, 1), "90,0");
  pd::set_interface_language(pd::Language::kk);
  CHECK_EQ(pd::decimal(1.05, 2), "1,05");
  pd::set_interface_language(pd::Language::en);
  CHECK_EQ(pd::decimal(2, 0), "2");
}
