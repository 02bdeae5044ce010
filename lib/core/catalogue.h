// A compiled gettext catalogue (the .mo format msgfmt writes), read from
// memory: the Russian and Kazakh ones are compiled into the binaries, so
// they work under cron with LANG=C.UTF-8 and no generated locales.
#pragma once

#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/language.h"

namespace pd {

class Catalogue {
 public:
  Catalogue() = default;
  // The entries of a .mo image; an image that is not one gives an empty
  // catalogue (every message then stays English). `mo` must outlive this.
  explicit Catalogue(std::string_view mo);

  // The translation of `key` (a msgid, or "context\x04msgid"); for a plural
  // entry, its forms separated by NUL. Nothing when absent or empty.
  std::optional<std::string_view> find(std::string_view key) const;

  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string_view, std::string_view> entries_;
};

// The catalogue compiled in for `language` (empty for English, the source).
const Catalogue& catalogue_for(Language language);

// The .mo image compiled in from po/<code>.po (generated at build time).
std::string_view embedded_catalogue(Language language);

}  // namespace pd
