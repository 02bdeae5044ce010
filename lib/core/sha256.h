// SHA-256 (FIPS 180-4): the digest that seals signed minutes, computed by
// OpenSSL's libcrypto.
#pragma once

#include <string>
#include <string_view>

namespace pd {

// The SHA-256 digest of `data` as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view data);

}  // namespace pd
