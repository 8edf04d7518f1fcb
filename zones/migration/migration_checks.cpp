#include "zones/migration/migration_checks.hpp"

#include <fmt/format.h>

#include "zones/migration/zone_storage.hpp"
#include "zones/network/iov_migration.hpp"
#include "zones/requirements.hpp"
#include "zones/zonecfg/storage_uri.hpp"
#include "zones/evacuation/maintenance.hpp"

namespace kzsim::zones {

namespace {

const catalog::Version k113{{11, 3}};
const catalog::Version k114{{11, 4}};

std::string service_refusal(const Host& host, std::string_view fmri, std::string_view why) {
  const auto found = host.services.all().find(std::string(fmri));
  if (found != host.services.all().end() && found->second.state == ServiceState::Online) return {};
  return fmt::format("service {} is not online on {}; expected it online {} (svcadm enable {})", fmri, host.name, why,
                     fmri);
}

std::string firmware_refusal(const Host& host) {
  const catalog::FirmwareFloor* floor = catalog::Catalog::builtin().find_firmware(host.model->firmware_family);
  if (floor == nullptr || !floor->live_migration_min || host.firmware >= *floor->live_migration_min) return {};
  return fmt::format("{} has {} {}; live migration needs at least {} {} on a {} system", host.name, floor->kind,
                     host.firmware.text(), floor->kind, floor->live_migration_min->text(), host.model->family);
}

}  // namespace

std::string_view migration_type_name(MigrationType type) {
  switch (type) {
    case MigrationType::Cold: return "cold";
    case MigrationType::Warm: return "warm";
    case MigrationType::Live: return "live";
  }
  return "";
}

std::string check_hosts(const Host& source, const Host& target, const MigrationUri& uri, MigrationType type) {
  if (source.arch() != target.arch())
    return fmt::format("{} is {} and {} is {}; expected a target of the same architecture family", source.name,
                       catalog::arch_name(source.arch()), target.name, catalog::arch_name(target.arch()));
  if (in_maintenance(target)) return maintenance_refusal(target, "migrate in");
  if (const auto blockers = kernel_zone_blockers(target); !blockers.empty())
    return fmt::format("{} cannot run kernel zones: {} (see \"{}\")", target.name, blockers.front().reason,
                       blockers.front().section);
  const std::string_view rad = uri.uses_ssh() ? "svc:/system/rad:local" : "svc:/system/rad:remote";
  const std::string why = fmt::format("for {}:// migration", uri.scheme);
  for (const Host* host : {&source, &target})
    if (auto refusal = service_refusal(*host, rad, why); !refusal.empty()) return refusal;
  const std::string_view type_name = migration_type_name(type);
  if (type == MigrationType::Cold) {
    for (const Host* host : {&source, &target})
      if (host->os < k114)
        return fmt::format("{} runs Oracle Solaris {}; cold migration needs Oracle Solaris 11.4 on both hosts",
                           host->name, host->os.text());
    return {};
  }
  for (const Host* host : {&source, &target}) {
    if (host->os < k113)
      return fmt::format("{} runs Oracle Solaris {}; {} migration needs at least Oracle Solaris 11.3 on both hosts",
                         host->name, host->os.text(), type_name);
    if (auto refusal = service_refusal(*host, "svc:/network/ntp:default", fmt::format("for {} migration", type_name));
        !refusal.empty())
      return refusal;
  }
  if (type != MigrationType::Live) return {};
  if (auto refusal = service_refusal(target, "svc:/network/kz-migr:stream", "for live migration (port 8102)");
      !refusal.empty())
    return refusal;
  for (const Host* host : {&source, &target})
    if (auto refusal = firmware_refusal(*host); !refusal.empty()) return refusal;
  return {};
}

std::string check_zone_features(const Host& source, const Host& target, const Zone& zone, MigrationType type) {
  if (type == MigrationType::Cold) return {};
  if (auto refusal = iov_migration_refusal(zone, source, target)) return *refusal;
  if (type != MigrationType::Live) return {};
  for (const Resource& resource : zone.config.resources)
    if (resource.type == "device" && resource.get("allow-mhd") == "true")
      return fmt::format("device {} has allow-mhd=true; live migration is not possible, expected warm or cold "
                         "migration",
                         resource.get("storage").value_or(resource.get("id").value_or("")));
  return {};
}

std::string check_storage(const World& world, const Host& source, const Host& target, const Zone& zone,
                          MigrationType type) {
  const auto reachable_refusal = [&](const std::string& uri, std::string_view what) -> std::string {
    for (const Host* host : {&source, &target})
      if (!world.storage_reachable(uri, host->name))
        return fmt::format("configuration check failed: The {} {} is not accessible from {}.", what, uri, host->name);
    return {};
  };
  for (const std::string& uri : device_storage(zone.name, zone.config)) {
    const auto parsed = parse_storage_uri(uri);
    if (!parsed.uri || !parsed.uri->shared)
      return fmt::format("configuration check failed: The storage property\n{} is not a shared storage URI.", uri);
    if (auto refusal = reachable_refusal(uri, "storage property"); !refusal.empty()) return refusal;
  }
  if (type != MigrationType::Warm) return {};
  const Resource* suspend = zone.config.first("suspend");
  if (suspend == nullptr) return "configuration check failed: no suspend resource; expected one on shared storage";
  const auto storage = suspend->get("storage");
  if (!storage) return "configuration check failed: suspend path resource must be an NFS\npath";
  return reachable_refusal(*storage, "suspend storage");
}

std::string check_source_rights(const Host& source, std::string_view user, const Zone& zone, MigrationType type) {
  const Accounts& accounts = source.accounts;
  if (accounts.authorized(user, "solaris.zone.migrate") ||
      accounts.authorized(user, fmt::format("solaris.zone.migrate/{}", zone.name)) ||
      accounts.has_profile(user, "Zone Migration") ||
      (type != MigrationType::Live && accounts.has_profile(user, "Zone Cold Migration")))
    return {};
  return fmt::format("user {} may not migrate this zone; expected the Zone Migration profile{} or the "
                     "solaris.zone.migrate authorization",
                     user, type == MigrationType::Live ? "" : ", the Zone Cold Migration profile");
}

std::string check_target_rights(const Host& target, std::string_view user) {
  const Accounts& accounts = target.accounts;
  if (accounts.has_profile(user, "Zone Configuration") || accounts.authorized(user, "solaris.zone.config")) return {};
  return fmt::format("user {} may not create the zone configuration on {}; expected the Zone Configuration profile "
                     "or the solaris.zone.config authorization there",
                     user, target.name);
}

}  // namespace kzsim::zones
