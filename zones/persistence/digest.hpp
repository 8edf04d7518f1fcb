#pragma once
// SHA-256 (OpenSSL) of a byte string, as raw bytes or lowercase hex.
#include <string>
#include <string_view>

namespace kzsim::zones::persistence {

std::string sha256(std::string_view bytes);
std::string sha256_hex(std::string_view bytes);

}  // namespace kzsim::zones::persistence
