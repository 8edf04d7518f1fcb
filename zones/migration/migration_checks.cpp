#include "zones/migration/migration_checks.hpp"

#include <fmt/format.h>

#include "zones/host_commands/rights_commands.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/network/iov_migration.hpp"
#include "zones/releases/feature_releases.hpp"
#include "zones/requirements.hpp"
#include "zones/zoneadm/zone_memory.hpp"
#include "zones/zonecfg/storage_uri.hpp"
#include "zones/evacuation/maintenance.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kAllMethods = "Requirements for All Kernel Zone Migration Methods";
constexpr std::string_view kWarmAndLive = "Additional Requirements for Kernel Zone Warm Migration and Live Migration";
constexpr std::string_view kLive = "Additional Requirements for Kernel Zone Live Migration";

// The release row (feature_releases.yaml) of each migration type: "live-migration".
std::string release_row(MigrationType type) { return fmt::format("{}-migration", migration_type_name(type)); }

// Cold migration names its one release, warm and live their oldest ("at least").
std::string migration_release_refusal(const Host& host, MigrationType type) {
  const FeatureReleases& row = FeatureReleaseTable::builtin().at(release_row(type));
  const ReleaseList& releases = row.host_releases(host.arch());
  if (release_has(releases, host.os)) return {};
  const std::string needed = type == MigrationType::Cold ? "Oracle Solaris " + release_names(releases)
                                                         : "at least Oracle Solaris " + oldest_release(releases);
  return fmt::format("{} runs Oracle Solaris {}; {} migration needs {} on both hosts", host.name, host.os.text(),
                     migration_type_name(type),
                     needed);
}

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

namespace {

// Collects the refusals of one rule group, skipping the rules that hold ("").
class RefusalList {
 public:
  void add(std::string text, std::string_view section) {
    if (!text.empty()) refusals_.push_back({std::move(text), std::string(section)});
  }
  MigrationRefusals take() { return std::move(refusals_); }

 private:
  MigrationRefusals refusals_;
};

}  // namespace

MigrationRefusals host_refusals(const Host& source, const Host& target, const MigrationUri& uri, MigrationType type) {
  RefusalList refusals;
  if (source.arch() != target.arch())
    refusals.add(fmt::format("{} is {} and {} is {}; expected a target of the same architecture family", source.name,
                             catalog::arch_name(source.arch()), target.name, catalog::arch_name(target.arch())),
                 kAllMethods);
  if (in_maintenance(target))
    refusals.add(maintenance_refusal(target, "migrate in"), "Setting Maintenance Mode to Prepare for Kernel Zone Evacuation");
  for (const auto& blocker : kernel_zone_blockers(target))
    refusals.add(fmt::format("{} cannot run kernel zones: {} (see \"{}\")", target.name, blocker.reason, blocker.section),
                 blocker.section);
  const std::string_view rad = uri.uses_ssh() ? "svc:/system/rad:local" : "svc:/system/rad:remote";
  const std::string why = fmt::format("for {}:// migration", uri.scheme);
  for (const Host* host : {&source, &target}) refusals.add(service_refusal(*host, rad, why), kWarmAndLive);
  const std::string_view type_name = migration_type_name(type);
  if (type == MigrationType::Cold) {
    for (const Host* host : {&source, &target})
      refusals.add(migration_release_refusal(*host, type), FeatureReleaseTable::builtin().at(release_row(type)).section);
    return refusals.take();
  }
  for (const Host* host : {&source, &target}) {
    refusals.add(migration_release_refusal(*host, type), FeatureReleaseTable::builtin().at(release_row(type)).section);
    refusals.add(service_refusal(*host, "svc:/network/ntp:default", fmt::format("for {} migration", type_name)),
                 kWarmAndLive);
  }
  if (type != MigrationType::Live) return refusals.take();
  refusals.add(service_refusal(target, "svc:/network/kz-migr:stream", "for live migration (port 8102)"), kLive);
  for (const Host* host : {&source, &target}) refusals.add(firmware_refusal(*host), kLive);
  return refusals.take();
}

std::string debugger_refusal(const Zone& zone, std::string_view operation) {
  if (!zone.aux.contains(AuxState::Debugging)) return {};
  return fmt::format("{0} is stopped in the kernel debugger (auxiliary state debugging) and cannot {1}; expected :c at "
                     "its console (zlogin -C {0}) first",
                     zone.name, operation);
}

MigrationRefusals zone_feature_refusals(const Host& source, const Host& target, const Zone& zone, MigrationType type) {
  RefusalList refusals;
  if (type == MigrationType::Live)
    refusals.add(debugger_refusal(zone, "migrate live"), "Kernel Zone Auxiliary States Viewed From the Global Zone");
  const FeatureReleases& row = FeatureReleaseTable::builtin().at(release_row(type));
  if (auto refusal = zone_release_refusal(row.id, source, zone)) refusals.add(*refusal, row.section);
  if (type == MigrationType::Cold) return refusals.take();
  if (auto refusal = iov_migration_refusal(zone, source, target))
    refusals.add(*refusal, "About Migration of Kernel Zones with SR-IOV-Enabled anet Resources");
  if (type != MigrationType::Live) return refusals.take();
  for (const Resource& resource : zone.config.resources)
    if (resource.type == "device" && resource.get("allow-mhd") == "true")
      refusals.add(fmt::format("device {} has allow-mhd=true; live migration is not possible, expected warm or cold "
                               "migration",
                               resource.get("storage").value_or(resource.get("id").value_or(""))),
                   "Determining a Migration Method to Use");
  return refusals.take();
}

std::string memory_reserve_refusal(const Host& source, const Host& target, const Zone& zone) {
  const Resource* capped = (zone.live ? *zone.live : zone.config).first("capped-memory");
  const auto pool_name = capped ? capped->get("memory-reserve") : std::nullopt;
  if (!pool_name) return {};
  const HostMemory memory = rebuild_host_memory(target);
  const MemoryReservePool* pool = memory.find_pool(*pool_name);
  if (pool == nullptr)
    return fmt::format("The MRP service instance svc:/system/memory-reserve:{} specified by the "
                       "capped-memory:memory-reserve property is disabled on the destination host {}.",
                       *pool_name, target.name);
  if (pool->page_size() < zone.backing_page_size)
    return fmt::format("The page size of the MRP service on the destination host {} ({}) cannot be smaller than the "
                       "page size on the source host {} ({}).",
                       target.name, format_size(pool->page_size()), source.name, format_size(zone.backing_page_size));
  return {};
}

MigrationRefusals storage_refusals(const World& world, const Host& source, const Host& target, const Zone& zone,
                          MigrationType type) {
  RefusalList refusals;
  const auto add_unreachable = [&](const std::string& uri, std::string_view what) {
    for (const Host* host : {&source, &target})
      if (!world.storage_reachable(uri, host->name))
        refusals.add(fmt::format("configuration check failed: The {} {} is not accessible from {}.", what, uri,
                                 host->name),
                     kAllMethods);
  };
  for (const std::string& uri : device_storage(zone.name, zone.config)) {
    const auto parsed = parse_storage_uri(uri);
    if (!parsed.uri || !parsed.uri->shared)
      refusals.add(fmt::format("configuration check failed: The storage property {} is not a shared storage URI.", uri),
                   kAllMethods);
    else
      add_unreachable(uri, "storage property");
  }
  if (type != MigrationType::Warm) return refusals.take();
  const Resource* suspend = zone.config.first("suspend");
  const auto storage = suspend ? suspend->get("storage") : std::nullopt;
  constexpr std::string_view kWarm = "Using Warm Migration to Migrate a Kernel Zone";
  if (suspend == nullptr)
    refusals.add("configuration check failed: no suspend resource; expected one on shared storage", kWarm);
  else if (!storage)
    refusals.add("configuration check failed: suspend path resource must be an NFS path", kWarm);
  else
    add_unreachable(*storage, "suspend storage");
  return refusals.take();
}

std::string check_source_rights(const Host& source, std::string_view user, const Zone& zone, MigrationType type) {
  const Accounts& accounts = source.accounts;
  if (zone_authorized(source, user, "migrate", zone.name) || accounts.has_profile(user, "Zone Migration") ||
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
