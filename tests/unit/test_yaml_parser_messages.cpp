// yaml/parser_messages: yaml-cpp's reasons in the interface language.
#include "yaml/parser_messages.h"

#include <doctest/doctest.h>
#include <yaml-cpp/exceptions.h>

#include "core/i18n.h"

TEST_CASE("yaml-cpp's reasons are kept in English and translated in Russian and Kazakh") {
  CHECK_EQ(pd::yaml_parser_reason(YAML::ErrorMsg::END_OF_SEQ), "end of sequence not found");
  pd::set_interface_language(pd::Language::ru);
  CHECK_EQ(pd::yaml_parser_reason(YAML::ErrorMsg::END_OF_SEQ), "не найден конец списка");
  CHECK_EQ(pd::yaml_parser_reason(std::string(YAML::ErrorMsg::INVALID_ESCAPE) + "q"),
           "неизвестная escape-последовательность: q");
  pd::set_interface_language(pd::Language::kk);
  CHECK_EQ(pd::yaml_parser_reason(YAML::ErrorMsg::END_OF_SEQ), "тізімнің соңы табылмады");
  pd::set_interface_language(pd::Language::en);
}

TEST_CASE("a reason yaml-cpp says that the table does not list is shown as it is") {
  pd::set_interface_language(pd::Language::ru);
  CHECK_EQ(pd::yaml_parser_reason("something new in a later yaml-cpp"),
           "something new in a later yaml-cpp");
  pd::set_interface_language(pd::Language::en);
}
