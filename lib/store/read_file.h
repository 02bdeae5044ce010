// The read side of the disk: record files are small regular files.
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <string>

namespace pd {

// The content of the record file `path`, shown to the user as `display`.
// Refuses (DataError) symbolic links, anything but a regular file, and files
// over 1 MiB; throws Error (system) when the file cannot be read.
std::string read_record_file(const std::filesystem::path& path, const std::string& display);
// The same, with what fstat(2) said of the file that was read in `opened`.
std::string read_record_file(const std::filesystem::path& path, const std::string& display,
                             struct stat& opened);

}  // namespace pd
