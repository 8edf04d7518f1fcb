#include "zones/migration/ciphers.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kzsim::zones {

namespace {

const catalog::Version k113{{11, 3}};
const catalog::Version k114{{11, 4}};

bool offers(const std::vector<std::string>& ciphers, std::string_view cipher) {
  return std::ranges::find(ciphers, cipher) != ciphers.end();
}

std::vector<std::string> source_ciphers(const Host& source) {
  auto ciphers = host_ciphers(source);
  ciphers.emplace_back("none");
  return ciphers;
}

}  // namespace

std::vector<std::string> host_ciphers(const Host& host) {
  if (host.os < k113) return {"aes-128-cbc"};
  if (host.os < k114) return {"aes-128-cbc", "aes-128-ccm", "aes-128-gcm"};
  return {"aes-128-ccm", "aes-128-gcm"};
}

CipherChoice choose_cipher(const Host& source, const Host& target, std::string_view zone, std::string_view requested) {
  if (requested == "none") return {"none", {}};
  const auto destination = host_ciphers(target);
  if (requested.empty()) {
    for (const std::string& cipher : host_ciphers(source))
      if (offers(destination, cipher)) return {cipher, {}};
    return {{},
            fmt::format("zoneadm: zone '{}': no cipher is supported by both hosts; expected -c none or a common cipher\n"
                        "zoneadm: zone '{}': source supports: {}\nzoneadm: zone '{}': destination supports: {}\n",
                        zone, zone, fmt::join(host_ciphers(source), " "), zone, fmt::join(destination, " "))};
  }
  if (!offers(host_ciphers(source), requested))
    return {{}, fmt::format("zoneadm: zone '{}': cipher {} not supported by source\nzoneadm: zone '{}': source supports: {}\n",
                            zone, requested, zone, fmt::join(source_ciphers(source), " "))};
  if (!offers(destination, requested))
    return {{}, fmt::format("zoneadm: zone '{}': cipher {} not supported by destination\n"
                            "zoneadm: zone '{}': destination supports: {}\n",
                            zone, requested, zone, fmt::join(destination, " "))};
  return {std::string(requested), {}};
}

std::string cipher_listing(const Host& source, const Host& target) {
  return fmt::format("source ciphers: {}\ndestination ciphers: {}\n", fmt::join(source_ciphers(source), " "),
                     fmt::join(host_ciphers(target), " "));
}

}  // namespace kzsim::zones
