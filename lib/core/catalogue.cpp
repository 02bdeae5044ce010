#include "core/catalogue.h"

#include <cstdint>
#include <cstring>

namespace pd {

namespace {

constexpr std::uint32_t kMagic = 0x950412de;

// The .mo header (GNU gettext manual, "The Format of GNU MO Files"): magic,
// revision, count, offset of the originals' table, of the translations'.
struct Reader {
  std::string_view image;
  bool swapped = false;

  std::optional<std::uint32_t> word(size_t offset) const {
    if (offset > image.size() || image.size() - offset < 4) return std::nullopt;
    std::uint32_t value;
    std::memcpy(&value, image.data() + offset, 4);
    if (swapped) value = __builtin_bswap32(value);
    return value;
  }
  // Entry `i` of a table of (length, offset) pairs.
  std::optional<std::string_view> string(std::uint32_t table, std::uint32_t i) const {
    auto length = word(size_t(table) + 8 * size_t(i));
    auto offset = word(size_t(table) + 8 * size_t(i) + 4);
    if (!length || !offset || *offset > image.size() || image.size() - *offset < *length)
      return std::nullopt;
    return image.substr(*offset, *length);
  }
};

}  // namespace

Catalogue::Catalogue(std::string_view mo) {
  Reader reader{mo};
  auto magic = reader.word(0);
  if (!magic) return;
  if (*magic != kMagic) {
    reader.swapped = true;
    if (reader.word(0) != kMagic) return;
  }
  auto count = reader.word(8), originals = reader.word(12), translations = reader.word(16);
  if (!count || !originals || !translations) return;
  entries_.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    auto original = reader.string(*originals, i);
    auto translation = reader.string(*translations, i);
    if (!original || !translation) {
      entries_.clear();
      return;
    }
    // A plural entry's original is "singular\0plural": it is found by its
    // singular. The header (the empty msgid) is no message.
    std::string_view key = original->substr(0, original->find('\0'));
    if (!key.empty() && !translation->empty()) entries_.emplace(key, *translation);
  }
}

std::optional<std::string_view> Catalogue::find(std::string_view key) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

const Catalogue& catalogue_for(Language language) {
  static const Catalogue english;
  static const Catalogue russian(embedded_catalogue(Language::ru));
  static const Catalogue kazakh(embedded_catalogue(Language::kk));
  switch (language) {
    case Language::ru:
      return russian;
    case Language::kk:
      return kazakh;
    case Language::en:
      break;
  }
  return english;
}

}  // namespace pd
