// core/collate: names in the alphabet of the interface language.
#include "core/collate.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/i18n.h"

namespace {

std::vector<std::string> sorted(std::vector<std::string> names, pd::Language language) {
  pd::set_interface_language(language);
  std::sort(names.begin(), names.end(), pd::name_before);
  pd::set_interface_language(pd::Language::en);
  return names;
}

}  // namespace

TEST_CASE("Kazakh names follow the Kazakh alphabet: А Ә Б … К Қ … Н Ң О Ө … У Ұ Ү … Ы І") {
  std::vector<std::string> names = {"Іңкәр", "Ұлан",  "Бота",   "Әлия",  "Қайрат", "Кирилл",
                                    "Үміт",  "Өмір",  "Оспан",  "Арман", "Ыбырай", "Уәли",
                                    "Ғалым", "Гүлім", "Нұрлан", "Ңа",    "Һибат",  "Хамит"};
  CHECK_EQ(sorted(names, pd::Language::kk),
           std::vector<std::string>{"Арман", "Әлия", "Бота", "Гүлім", "Ғалым", "Кирилл", "Қайрат",
                                    "Нұрлан", "Ңа", "Оспан", "Өмір", "Уәли", "Ұлан", "Үміт",
                                    "Хамит", "Һибат", "Ыбырай", "Іңкәр"});
}

TEST_CASE("Russian names: case does not split the order, Ё sorts with Е") {
  CHECK_EQ(sorted({"ершов", "Ёлкин", "Жуков", "Елисеев", "абаев"}, pd::Language::ru),
           std::vector<std::string>{"абаев", "Елисеев", "Ёлкин", "ершов", "Жуков"});
}

TEST_CASE("equal under collation, the bytes decide: the order is total") {
  pd::set_interface_language(pd::Language::ru);
  CHECK(pd::name_before("Анна", "анна") != pd::name_before("анна", "Анна"));
  CHECK_FALSE(pd::name_before("Анна", "Анна"));
  pd::set_interface_language(pd::Language::en);
}
