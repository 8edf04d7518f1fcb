#include "zones/advisor/migration_reasons.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "zones/migration/guest_class.hpp"
#include "zones/migration/migration_checks.hpp"
#include "zones/migration/target_config.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kAllMethods = "Requirements for All Kernel Zone Migration Methods";
constexpr std::string_view kRights = "Rights Required to Perform Kernel Zone Migrations";
constexpr std::string_view kDifferentCpus =
    "Preparation for Migrating Kernel Zones to Systems With Different CPUs or OS Versions";
constexpr std::string_view kCompatibleConfigurations = "About Migration and Compatible Configurations";
constexpr std::string_view kMethod = "Determining a Migration Method to Use";

class Collector {
 public:
  void add(std::string reason, std::string_view section) {
    while (!reason.empty() && reason.back() == '\n') reason.pop_back();
    if (reason.empty() || std::ranges::any_of(found_, [&](const MigrationReason& r) { return r.reason == reason; }))
      return;
    found_.push_back({std::move(reason), std::string(section)});
  }
  std::vector<MigrationReason> take() { return std::move(found_); }

 private:
  std::vector<MigrationReason> found_;
};

MigrationType migration_type(const Zone& zone) {
  if (zone.state == ZoneState::Running) return MigrationType::Live;
  return zone.aux.contains(AuxState::Suspended) ? MigrationType::Warm : MigrationType::Cold;
}

std::string reachability_refusal(const World& world, const Host& source, const Host& target) {
  const Link* link = world.link(source.name, target.name);
  if (!target.up) return fmt::format("{} is down; expected it up to receive the zone", target.name);
  if (link == nullptr || !link->up)
    return fmt::format("{} is unreachable from {}: {}; expected a network link that is up", target.name, source.name,
                       link == nullptr ? "no link" : "the link is down");
  if (!world.ssh_allowed(source.name, target.name))
    return fmt::format("ssh from {} to {} needs a prompt; expected public key authentication", source.name,
                       target.name);
  return {};
}

}  // namespace

std::vector<MigrationReason> migration_reasons(const World& world, const Host& source, const Host& target,
                                               const Zone& zone, std::string_view user) {
  Collector reasons;
  if (zone.state != ZoneState::Running && zone.state != ZoneState::Installed)
    reasons.add(fmt::format("zone {} is {}; expected installed (cold), installed and suspended (warm) or running "
                            "(live)",
                            zone.name, state_name(zone.state)),
                kMethod);
  const MigrationType type = migration_type(zone);
  reasons.add(reachability_refusal(world, source, target), kAllMethods);
  const MigrationUri uri{"ssh", std::string(user), target.name, kSshPort};
  for (const MigrationRefusals& refusals : {host_refusals(source, target, uri, type), zone_feature_refusals(source, target, zone, type),
                                   storage_refusals(world, source, target, zone, type)})
    for (const MigrationRefusal& refusal : refusals) reasons.add(refusal.text, refusal.section);
  if (type == MigrationType::Live)
    reasons.add(memory_reserve_refusal(source, target, zone), "Memory Reservation Pools for Kernel Zones");
  reasons.add(check_source_rights(source, user, zone, type), kRights);
  const ZoneConfig& running = zone.live ? *zone.live : zone.config;
  const auto found = target.zones.find(zone.name);
  const Zone* existing = found == target.zones.end() ? nullptr : &found->second;
  if (existing != nullptr && existing->state != ZoneState::Configured)
    reasons.add(fmt::format("zone {} is {} on {}; expected no zone or a configured one there", zone.name,
                            state_name(existing->state), target.name),
                kAllMethods);
  const bool imports = existing == nullptr;
  if (imports) {
    reasons.add(check_target_rights(target, user), kRights);
    reasons.add(release_refusal(target, running), kCompatibleConfigurations);
  }
  const ZoneConfig& target_config = imports ? running : existing->config;
  if (type == MigrationType::Live && !imports)
    reasons.add(live_config_refusal(running, target_config, zone.name), kCompatibleConfigurations);
  if (type != MigrationType::Cold && source.arch() == target.arch())
    reasons.add(resume_refusal(source, running, target, target_config, zone.name,
                               world.clock().format("%Y-%m-%d %H:%M:%S")),
                kDifferentCpus);
  return reasons.take();
}

}  // namespace kzsim::zones
