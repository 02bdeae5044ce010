// The reason of a failed system call in the interface language: strerror()
// speaks the C locale's English under cron, so the common reasons are in the
// catalogue.
#pragma once

#include <string>

namespace pd {

// "No such file or directory", «Нет такого файла или каталога», … for
// `error` (an errno value); strerror()'s text for a rare one.
std::string system_error_text(int error);

}  // namespace pd
