#include "yaml/parser_messages.h"

#include <yaml-cpp/exceptions.h>

#include "core/i18n.h"

namespace pd {

namespace {

struct Reason {
  const char* yaml_cpp;  // as yaml-cpp says it
  const char* english;   // the same, for the catalogue
};

namespace E = YAML::ErrorMsg;

// The reasons a person can meet in a hand-edited record; the others
// (directives, tags, anchors) are refused before yaml-cpp sees them.
// TRANSLATORS: reasons of the YAML parser, shown after "not valid YAML: ".
const Reason kReasons[] = {
    {E::END_OF_MAP, N_("end of map not found")},
    {E::END_OF_MAP_FLOW, N_("end of map flow not found")},
    {E::END_OF_SEQ, N_("end of sequence not found")},
    {E::END_OF_SEQ_FLOW, N_("end of sequence flow not found")},
    {E::INVALID_HEX, N_("bad character found while scanning hex number")},
    {E::INVALID_UNICODE, N_("invalid unicode: ")},
    {E::INVALID_ESCAPE, N_("unknown escape character: ")},
    {E::UNKNOWN_TOKEN, N_("unknown token")},
    {E::DOC_IN_SCALAR, N_("illegal document indicator in scalar")},
    {E::EOF_IN_SCALAR, N_("illegal EOF in scalar")},
    {E::CHAR_IN_SCALAR, N_("illegal character in scalar")},
    {E::TAB_IN_INDENTATION, N_("illegal tab when looking for indentation")},
    {E::FLOW_END, N_("illegal flow end")},
    {E::BLOCK_ENTRY, N_("illegal block entry")},
    {E::MAP_KEY, N_("illegal map key")},
    {E::MAP_VALUE, N_("illegal map value")},
    {E::CHAR_IN_BLOCK, N_("unexpected character in block scalar")},
    {E::ZERO_INDENT_IN_BLOCK, N_("cannot set zero indentation for a block scalar")},
    {E::SINGLE_QUOTED_CHAR, N_("invalid character in single-quoted string")},
    {E::ALIAS_NOT_FOUND, N_("alias not found after *")},
    {E::ANCHOR_NOT_FOUND, N_("anchor not found after &")},
    {E::CHAR_IN_ALIAS, N_("illegal character found while scanning alias")},
    {E::CHAR_IN_ANCHOR, N_("illegal character found while scanning anchor")},
    {E::INVALID_SCALAR, N_("invalid scalar")},
};

}  // namespace

std::string yaml_parser_reason(std::string_view message) {
  for (const Reason& reason : kReasons) {
    std::string_view known(reason.yaml_cpp);
    if (message == known) return tr(reason.english);
    if (known.ends_with(": ") && message.starts_with(known))
      return tr(reason.english) + std::string(message.substr(known.size()));
  }
  return std::string(message);
}

}  // namespace pd
