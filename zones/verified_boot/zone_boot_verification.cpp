#include "zones/verified_boot/zone_boot_verification.hpp"

#include <fmt/format.h>

#include "zones/verified_boot/stored_modules.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kFileUri = "file://";

// A cert URI read from the global zone's file system, as the guide's 11.3 edition says of
// local certificate files.
firmware::CertificateFile read_certificate(const Host& host, const std::string& uri) {
  if (!uri.starts_with(kFileUri) || uri.size() == kFileUri.size() || uri[kFileUri.size()] != '/')
    return {uri, std::nullopt, "expected a file:///PATH URI of the global zone's file system"};
  const std::string path = uri.substr(kFileUri.size());
  auto pem = host.files.read(path);
  if (!pem) return {uri, std::nullopt, fmt::format("{} does not exist in the global zone", path)};
  return {uri, std::move(pem), {}};
}

std::vector<std::string> cert_uris(const ZoneConfig& config) {
  const Resource* resource = config.first("verified-boot");
  const PropertyValue* certs = resource ? resource->find("cert") : nullptr;
  if (certs == nullptr) return {};
  return certs->is_list ? certs->items : std::vector<std::string>{certs->text};
}

std::string policy_name(const ZoneConfig& config) {
  const Resource* resource = config.first("verified-boot");
  return resource ? resource->get("policy").value_or(firmware::verified_boot_table().default_policy) : "none";
}

}  // namespace

const firmware::BootPolicy* zone_boot_policy(const ZoneConfig& config) {
  return firmware::verified_boot_table().policy(policy_name(config));
}

firmware::BootVerdict verify_zone_boot(const World& world, const Host& host, const Zone& zone) {
  const firmware::BootPolicy* policy = zone_boot_policy(zone.config);
  if (policy == nullptr) return {};
  std::vector<firmware::CertificateFile> certificates;
  if (policy->verify)
    for (const std::string& uri : cert_uris(zone.config)) certificates.push_back(read_certificate(host, uri));
  return firmware::verify_boot(*policy, stored_modules(world, host, zone), certificates);
}

std::string verified_boot_refusal(const ZoneConfig& config, const firmware::BootVerdict& verdict) {
  if (zone_boot_policy(config) == nullptr)
    return fmt::format("verified-boot policy '{}' is not known; expected none, warning or enforce", policy_name(config));
  if (verdict.stopped_at.empty()) return {};
  return fmt::format(
      "boot stopped at module {}: {} (verified-boot policy {}); expected modules signed for the Oracle Solaris "
      "system certificate or a cert of the zone's verified-boot resource",
      verdict.stopped_at, verdict.stop_reason, policy_name(config));
}

}  // namespace kzsim::zones
