#include "zones/persistence/digest.hpp"

#include <openssl/evp.h>

#include <fmt/format.h>

namespace kzsim::zones::persistence {

std::string sha256(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  return std::string(reinterpret_cast<const char*>(digest), length);
}

std::string sha256_hex(std::string_view bytes) {
  std::string hex;
  for (unsigned char byte : sha256(bytes)) hex += fmt::format("{:02x}", byte);
  return hex;
}

}  // namespace kzsim::zones::persistence
