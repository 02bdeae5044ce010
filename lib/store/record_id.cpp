#include "store/record_id.h"

#include <random>

namespace pd {

std::string new_record_id(char prefix, Date created) {
  std::random_device entropy;
  std::uniform_int_distribution<size_t> pick(0, kCrockfordAlphabet.size() - 1);
  std::string id;
  id += prefix;
  id += '-';
  id += created.compact();
  id += '-';
  for (int i = 0; i < 4; ++i)
    id += kCrockfordAlphabet[pick(entropy)];
  return id;
}

bool is_record_id(std::string_view id, char prefix) {
  if (id.size() != 15 || id[0] != prefix || id[1] != '-' || id[10] != '-') return false;
  std::string date(id.substr(2, 8));
  if (!Date::parse(date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2)))
    return false;
  for (char c : id.substr(11))
    if (kCrockfordAlphabet.find(c) == std::string_view::npos) return false;
  return true;
}

namespace {

std::string normalize_suffix(std::string_view suffix) {
  std::string out;
  for (char c : suffix) {
    char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    if (upper == 'O') upper = '0';
    if (upper == 'I' || upper == 'L') upper = '1';
    out += upper;
  }
  return out;
}

}  // namespace

std::vector<std::string> ids_matching(const std::vector<std::string>& ids,
                                      std::string_view suffix) {
  std::string wanted = normalize_suffix(suffix);
  std::vector<std::string> found;
  for (const auto& id : ids)
    if (id.size() >= wanted.size() &&
        id.compare(id.size() - wanted.size(), wanted.size(), wanted) == 0)
      found.push_back(id);
  return found;
}

}  // namespace pd
