// zoneadm move for a kernel zone: live storage migration of the zone's root pool to the storage
// given with -p, as Oracle Solaris 11.4 SRU 48 added it (source: Oracle's blog supplement "Live
// storage migration for Solaris Kernel Zones in a single step", oracle/oraclesolaris-contrib,
// Blog_Supplements/Live_Storage_Migration_for_Solaris_Kernel_Zones_in_a_Single_Step/README.md;
// solaris-facts §6 "BLOG-LSM"). The new disks join the root pool with the highest boot priority
// of its disks, resilver, and the original disks leave the pool and the configuration; what the
// old boot disk held (host data, the zone's identity, module records) is on the new one after.
// The refusals follow the checks of the blog's verbose log, in its order.
#include <algorithm>
#include <chrono>
#include <set>

#include <fmt/format.h>

#include "zones/devices/zone_disks.hpp"
#include "zones/evacuation/maintenance.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/releases/feature_releases.hpp"
#include "zones/storage/suri_mapping.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/subcommands.hpp"
#include "zones/zonecfg/storage_uri.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kMoveUsage = "usage: zoneadm -z zonename move -p uri [-p uri]... [-v] [-x force-zpool-attach]\n";
// BLOG-LSM: "from Oracle Solaris SRU48 released in August 2022, this operation is now fully
// integrated into the zones framework".
const catalog::Version kFirstRelease{{11, 4, 48}};
// INFERRED from BLOG-LSM's verbose run (5.38G resilvered at about 35M/s, some 2.5 minutes).
constexpr SimDuration kResilverTime = std::chrono::seconds(160);

struct MoveRequest {
  std::vector<std::string> uris;
  bool verbose = false;
  bool force_attach = false;
};

// Its options, or nothing after printing the usage (exit 2) or a refusal (exit 1) in `status`.
std::optional<MoveRequest> parse_request(ZoneCall& call, int& status) {
  MoveRequest request;
  const auto& args = call.args;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "-v") {
      request.verbose = true;
    } else if ((args[i] == "-p" || args[i] == "-x") && i + 1 < args.size()) {
      const std::string& value = args[++i];
      if (args[i - 1] == "-p") {
        request.uris.push_back(value);
      } else if (value == "force-zpool-attach") {
        request.force_attach = true;
      } else {
        status = call.refuse(fmt::format("-x {}: expected force-zpool-attach.", value));
        return std::nullopt;
      }
    } else {
      request.uris.clear();
      break;
    }
  }
  if (request.uris.empty()) {
    call.context.call.err(kMoveUsage);
    status = 2;
    return std::nullopt;
  }
  return request;
}

std::string disk_uri(const Zone& zone, const ZoneDisk& disk) {
  return disk.storage.empty() ? default_disk_storage(zone.name, std::to_string(disk.id)) : disk.storage;
}

// The disks of the zone's root pool: its boot devices, or its first device when none has a
// bootpri.
std::vector<ZoneDisk> root_pool(const ZoneConfig& config) {
  const std::vector<ZoneDisk> disks = config_disks(config);
  std::vector<ZoneDisk> boot = boot_order(disks);
  if (boot.empty() && !disks.empty()) boot.push_back(disks.front());
  return boot;
}

// Why the move cannot start, or "" (the blog's verbose log checks in this order).
std::string move_refusal(const ZoneCall& call, const MoveRequest& request, const std::vector<ZoneDisk>& pool) {
  const World& world = call.context.world;
  const Host& host = call.context.host;
  const Zone& zone = call.zone;
  if (!release_has({kFirstRelease}, host.os))
    return fmt::format("move of a kernel zone's storage needs Oracle Solaris 11.4 SRU 48 or later on the host; "
                       "host {} runs Oracle Solaris {}.",
                       host.name, host.os.text());
  if (zone.live && *zone.live != zone.config)
    return fmt::format("the live and persistent configurations of zone '{}' differ; expected them to match "
                       "(zoneadm -z {} apply) before the move.",
                       zone.name, zone.name);
  std::set<std::string> used;
  for (const ZoneDisk& disk : config_disks(zone.config)) used.insert(disk_uri(zone, disk));
  std::set<std::string> given;
  for (const std::string& uri : request.uris) {
    const StorageUriResult parsed = parse_storage_uri(uri);
    if (!parsed.uri) return parsed.error;
    if (used.contains(uri)) return fmt::format("{} is already used in zone '{}' configuration.", uri, zone.name);
    if (!given.insert(uri).second) return fmt::format("{} is given more than once; expected each URI once.", uri);
    if (parsed.uri->shared && !world.storage_reachable(uri, host.name))
      return fmt::format("storage {} does not exist or is not reachable from {}; expected storage this host reaches.",
                         uri, host.name);
    if (!request.force_attach && read_block(world, host, uri, "hostdata"))
      return fmt::format("{} is part of another zpool; expected an unused disk, or -x force-zpool-attach.", uri);
  }
  const SharedStorage* old_disk = pool.empty() ? nullptr : world.find_storage(disk_uri(zone, pool.front()));
  for (const std::string& uri : request.uris) {
    const SharedStorage* new_disk = world.find_storage(uri);
    if (old_disk != nullptr && new_disk != nullptr && new_disk->size < old_disk->size)
      return fmt::format("cannot attach {} to root pool: device is too small ({} bytes; the pool's disk has {}).", uri,
                         new_disk->size, old_disk->size);
  }
  return {};
}

// The configuration with the new disks in place of the pool's: new ids after the highest, the
// pool's highest boot priority (its lowest bootpri).
ZoneConfig moved_config(const ZoneConfig& config, const std::vector<ZoneDisk>& pool, const MoveRequest& request,
                        std::vector<int>& new_ids) {
  ZoneConfig moved = config;
  int next_id = 0;
  for (const ZoneDisk& disk : config_disks(config)) next_id = std::max(next_id, disk.id + 1);
  int bootpri = 0;
  if (!pool.empty() && pool.front().bootpri) bootpri = *pool.front().bootpri;
  std::erase_if(moved.resources, [&](const Resource& resource) {
    if (resource.type != "device") return false;
    const auto id = resource.get("id");
    return std::ranges::any_of(pool, [&](const ZoneDisk& disk) { return id == std::to_string(disk.id); });
  });
  for (const std::string& uri : request.uris) {
    Resource device{"device", {}, {}};
    device.set("storage", uri);
    device.set("id", std::to_string(next_id));
    device.set("bootpri", std::to_string(bootpri));
    new_ids.push_back(next_id++);
    moved.resources.push_back(std::move(device));
  }
  return moved;
}

// The blog's verbose log, for what kzsim models of it.
std::string verbose_log(const Zone& zone, const std::vector<ZoneDisk>& pool, const MoveRequest& request,
                        const std::vector<int>& new_ids, int bootpri) {
  const auto mapped = [&](const std::string& uri) {
    const auto parsed = parse_storage_uri(uri);
    return parsed.uri ? mapped_device(*parsed.uri, "/system/volatile/zones/" + zone.name) : uri;
  };
  std::string text = fmt::format("Verifying zone '{}' live/persistent configurations match:\n  OK\n", zone.name);
  text += fmt::format("Bootable disks in zone '{}' configuration are:\n", zone.name);
  for (const ZoneDisk& disk : pool)
    text += fmt::format("  {}:\n    URI: {}\n    Mapped to: {}\n", disk.name(), disk_uri(zone, disk), mapped(disk_uri(zone, disk)));
  text += fmt::format("Verifying input URIs are not already used in zone '{}' configuration:\n", zone.name);
  for (const std::string& uri : request.uris) text += fmt::format("  {}\n    OK\n", uri);
  text += "Verifying there are no duplicates in the input URIs:\n  OK\n";
  text += "Verifying the input disks are not part of another zpool:\n";
  text += request.force_attach ? "  Skipping check: '-x force-zpool-attach' is set\n" : "  OK\n";
  text += fmt::format("Root zpool name in zone '{}' is:\n  rpool\n", zone.name);
  text += fmt::format("Disks in the zone '{}' zpool 'rpool' are:\n", zone.name);
  for (const ZoneDisk& disk : pool) text += fmt::format("  {} (bootpri={})\n", disk.name(), disk.bootpri.value_or(bootpri));
  text += fmt::format("Highest boot disk priority in zpool 'rpool':\n  {}\n", bootpri);
  text += fmt::format("Adding new storage devices to zone '{}' persistent config:\n", zone.name);
  for (std::size_t i = 0; i < new_ids.size(); ++i)
    text += fmt::format("  c1d{}:\n    URI: {}\n    Mapped to: {}\n    Boot priority: {}\n    Device ID: {}\n", new_ids[i],
                        request.uris[i], mapped(request.uris[i]), bootpri, new_ids[i]);
  text += "Will apply the configuration changes now:\n";
  for (const std::string& uri : request.uris) text += fmt::format("  Checking: Adding device storage={}\n", uri);
  text += "  Applying the changes\nAttaching new disks.\n";
  for (int id : new_ids) text += fmt::format("  c1d{}:\n    OK\n", id);
  text += "Waiting for disks to resilver.\nVerifying all attached disks in root zpool are online:\n";
  for (int id : new_ids) text += fmt::format("  c1d{}:\n    OK\n", id);
  text += fmt::format("Detaching original disks from zone '{}' root zpool:\n", zone.name);
  for (const ZoneDisk& disk : pool) text += fmt::format("  {}:\n    OK\n", disk.name());
  text += fmt::format("Removing original disks from zone '{}' configuration.\n", zone.name);
  for (const ZoneDisk& disk : pool) text += fmt::format("  {}:\n    OK\n", disk.name());
  text += "Will apply the configuration with removed original disks now:\n";
  for (const ZoneDisk& disk : pool) text += fmt::format("  Checking: Removing device storage={}\n", disk_uri(zone, disk));
  return text + "  Applying the changes\nLive storage migration succeeded.\n";
}

}  // namespace

int zoneadm_move(ZoneCall& call) {
  int status = 0;
  const auto request = parse_request(call, status);
  if (!request) return status;
  Zone& zone = call.zone;
  if (zone.state == ZoneState::Configured || zone.state == ZoneState::Incomplete)
    return call.refuse("must be installed before move.");
  // INFERRED: the blog moves only running zones ("works on running KZ"; the guest's zpool
  // attaches and resilvers the new disks).
  if (zone.state != ZoneState::Running)
    return call.refuse(fmt::format("zone is {}; expected a running kernel zone: its own zpool attaches and "
                                   "resilvers the new disks.",
                                   state_name(zone.state)));
  Host& host = call.context.host;
  if (in_maintenance(host)) return call.refuse(maintenance_refusal(host, "boot"));
  const std::vector<ZoneDisk> pool = root_pool(zone.config);
  if (const std::string refusal = move_refusal(call, *request, pool); !refusal.empty()) return call.refuse(refusal);

  World& world = call.context.world;
  std::vector<int> new_ids;
  const ZoneConfig moved = moved_config(zone.config, pool, *request, new_ids);
  const int bootpri = pool.empty() ? 0 : pool.front().bootpri.value_or(0);
  const std::string log = zoneadm_log_name(call, "move");
  const std::string verbose = verbose_log(zone, pool, *request, new_ids, bootpri);
  std::string shown = fmt::format("Progress being logged to /var/log/zones/{}\n", log);
  if (request->verbose) {
    shown = "Verbose progress output to terminal enabled.\n==== Starting:  ====\n" + shown + verbose;
  } else {
    shown += fmt::format("Attaching new disks.\nWaiting for disks to resilver.\nRemoving original disks from zone '{}' "
                         "configuration.\nLive storage migration succeeded.\n",
                         zone.name);
  }
  call.context.call.out(shown);
  host.files.write("/var/log/zones/" + log, verbose);
  const std::string old_boot = boot_storage(zone.name, zone.config);
  for (const std::string& uri : request->uris) copy_blocks(world, host, old_boot, uri);
  zone.config = moved;
  zone.live = moved;
  world.clock().advance(kResilverTime);
  return 0;
}

}  // namespace kzsim::zones
