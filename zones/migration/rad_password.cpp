#include "zones/migration/rad_password.hpp"

#include <crypt.h>

#include <optional>
#include <sstream>

#include <fmt/format.h>

namespace kzsim::zones {

namespace {

constexpr std::string_view kShadow = "/etc/shadow";

// The second field of the user's /etc/shadow line.
std::optional<std::string> shadow_hash(const Host& host, std::string_view user) {
  const auto shadow = host.files.read(kShadow);
  if (!shadow) return std::nullopt;
  std::istringstream lines(*shadow);
  for (std::string line; std::getline(lines, line);) {
    const auto name_end = line.find(':');
    if (name_end == std::string::npos || std::string_view(line).substr(0, name_end) != user) continue;
    const auto hash_end = line.find(':', name_end + 1);
    return line.substr(name_end + 1, hash_end == std::string::npos ? std::string::npos : hash_end - name_end - 1);
  }
  return std::nullopt;
}

// crypt_rn, not crypt_r: AddressSanitizer's crypt_r interceptor finds no libxcrypt crypt_r to
// forward to and jumps to address 0 (clang 14, Debian 12).
bool matches(const std::string& password, const std::string& hash) {
  crypt_data work{};
  const char* computed = crypt_rn(password.c_str(), hash.c_str(), &work, sizeof work);
  return computed != nullptr && computed[0] != '*' && hash == computed;
}

}  // namespace

std::string rad_password_refusal(const Host& target, std::string_view user, shell::Input& input) {
  const auto password = input.read_secret("Password:");
  if (!password || password->empty())
    return fmt::format("unable to connect to {}: no password given; expected the password of {} on {} (the "
                       "step's stdin)",
                       target.name, user, target.name);
  const auto hash = shadow_hash(target, user);
  if (!hash || hash->empty() || (*hash)[0] == '*' || *hash == "NP")
    return fmt::format("unable to connect to {}: user {} cannot log in with a password there; expected a password "
                       "hash for {} in {} of {}",
                       target.name, user, user, kShadow, target.name);
  if (!matches(*password, *hash))
    return fmt::format("unable to connect to {}: authentication failed for user {}; expected the password of {} on "
                       "{}",
                       target.name, user, user, target.name);
  return {};
}

}  // namespace kzsim::zones
