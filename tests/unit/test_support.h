// Helpers shared by the unit tests: temporary directories and files.
#pragma once

#include <stdlib.h>
#include <sys/stat.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "school/settings.h"

namespace pd::test {

// The school year 2026/27 with its four terms (as in the demo store).
inline SchoolSettings school_year_2026() {
  SchoolSettings s;
  s.years = {{Date(2026, 9, 1),
              Date(2027, 5, 25),
              {{"Q1", Date(2026, 9, 1), Date(2026, 10, 26)},
               {"Q2", Date(2026, 11, 3), Date(2026, 12, 26)},
               {"Q3", Date(2027, 1, 8), Date(2027, 3, 18)},
               {"Q4", Date(2027, 3, 30), Date(2027, 5, 25)}}}};
  return s;
}

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it
// when the object goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::string base = std::filesystem::temp_directory_path() / "pd-unit-XXXXXX";
    if (!::mkdtemp(base.data())) throw std::runtime_error("mkdtemp failed");
    path_ = base;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::filesystem::path& relative) const {
    return path_ / relative;
  }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// The names of every entry under `dir`, relative and sorted.
inline std::vector<std::string> tree(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    names.push_back(std::filesystem::relative(entry.path(), dir).string());
  std::sort(names.begin(), names.end());
  return names;
}

inline mode_t file_mode(const std::filesystem::path& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 07777;
}

}  // namespace pd::test

// Lists of strings print one item a line in failure messages. Every test
// file that compares std::vector<std::string> must include this header: a
// file without it would instantiate doctest's default printer, and the linker
// may keep either one (ODR).
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& items) {
    std::string out = "{";
    for (const auto& item : items)
      out += "\n  \"" + item + "\"";
    out += items.empty() ? "}" : "\n}";
    return out.c_str();
  }
};
