#include "zones/migration/zoneadm_migration.hpp"

#include <fmt/format.h>

#include "zones/console/zone_console.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/migration/host_data.hpp"
#include "zones/migration/migrate.hpp"
#include "zones/migration/migration_checks.hpp"
#include "zones/migration/zone_identity.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/persistence/suspend_image.hpp"
#include "zones/network/iov_migration.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/zone_memory.hpp"
#include "zones/evacuation/maintenance.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kMigrateUsage =
    "usage: zoneadm -z zonename migrate [-nqv] [-c cipher|list|none] [-t auto|live] [-w] uri\n";
constexpr std::string_view kAttachUsage = "usage: zoneadm -z zonename attach [-x force-takeover|initialize-hostdata]\n";
constexpr double kSuspendBytesPerSecond = 1024.0 * MiB;  // INFERRED: writing the image to storage

using persistence::suspend_target;

// A new keysource for -x initialize-hostdata: 16 bytes from the host's seeded generator.
std::string new_key(Host& host) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string key = "{base64}";
  for (int i = 0; i < 22; ++i) key += kDigits[host.rng.below(64)];
  return key + "==";
}

// The guide's ch.7 caution, when force-takeover takes the zone from another host.
std::string takeover_warning(std::string_view zone) {
  return fmt::format("zone '{0}': warning: Forcing a takeover or reinitialization of the host data makes it impossible\n"
                     "zone '{0}': warning: to detect if the zone is in use on any other system. Running multiple\n"
                     "zone '{0}': warning: instances of a zone that reference the same storage leads to unrepairable\n"
                     "zone '{0}': warning: corruption of the zone's file systems.\n",
                     zone);
}

}  // namespace

int zoneadm_migrate(ZoneCall& call) {
  auto options = parse_options(call.context.call, "nqvw", "ct", kMigrateUsage, call.options_at);
  if (!options) return 2;
  if (options->operands.size() != 1) {
    call.context.call.err(fmt::format("zoneadm: migrate: expected exactly one target URI\n{}", kMigrateUsage));
    return 2;
  }
  if (options->has('n') && options->has('w')) {
    call.context.call.err(fmt::format("zoneadm: migrate: -n and -w are mutually exclusive\n{}", kMigrateUsage));
    return 2;
  }
  MigrationRequest request;
  request.zone = call.zone.name;
  request.uri = options->operands.front();
  request.dry_run = options->has('n');
  request.quiet = options->has('q');
  request.use_source_config = options->has('w');
  request.verbose = options->has('v');
  request.input = &call.context.call.input;
  if (auto cipher = options->values.find('c'); cipher != options->values.end()) request.cipher = cipher->second;
  if (auto type = options->values.find('t'); type != options->values.end()) {
    if (type->second != "auto" && type->second != "live") {
      call.context.call.err(fmt::format("zoneadm: migrate: -t {}: expected auto or live\n{}", type->second, kMigrateUsage));
      return 2;
    }
    request.type = type->second;
  }
  return migrate_zone(call.context.world, call.context.host, call.context.call.caller, request, call.context.call.streams);
}

int zoneadm_suspend(ZoneCall& call) {
  Zone& zone = call.zone;
  if (zone.state != ZoneState::Running) return call.refuse("zone is not running; expected a running zone to suspend.");
  if (auto refusal = debugger_refusal(zone, "be suspended"); !refusal.empty()) return call.refuse(refusal + ".");
  if (auto refusal = iov_suspend_refusal(zone, call.context.host)) return call.refuse(*refusal + ".");
  const std::string target = suspend_target(zone);
  if (target.empty())
    return call.refuse("no suspend resource; expected a suspend resource with path or storage (zonecfg add suspend).");
  std::string error;
  const Bytes memory = zone_memory_request(*zone.live, error).value_or(ZoneMemoryRequest{}).page_size.amount;
  const SharedStorage* storage = call.context.world.find_storage(target);
  if (storage != nullptr && storage->size < memory)
    return call.refuse(fmt::format("suspend storage {} holds {} bytes; expected at least capped-memory physical ({} bytes).",
                                   target, storage->size, memory));
  const std::string image = fmt::format("suspend image of {}\ncpu-arch={}\nvcpus={}\nmemory={}\n", zone.name,
                                        zone.live->get("cpu-arch").value_or(call.context.host.model->native_class),
                                        zone.live->first("virtual-cpu") ? zone.live->first("virtual-cpu")->get("ncpus").value_or("") : "",
                                        memory);
  if (!persistence::write_suspend_image(call.context.world, call.context.host, zone, image))
    return call.refuse(fmt::format("suspend storage {} is not reachable from {}.", target, call.context.host.name));
  call.context.world.clock().advance(std::chrono::duration_cast<SimDuration>(
      std::chrono::duration<double>(static_cast<double>(memory) / kSuspendBytesPerSecond)));
  console_notice(zone, "suspending");
  zone.state = ZoneState::Installed;
  zone.aux.insert(AuxState::Suspended);
  zone.id = -1;
  zone.live.reset();
  zone.backing_page_size = 0;
  write_host_data(call.context.world, call.context.host, zone, "suspended");
  return 0;
}

int zoneadm_attach(ZoneCall& call) {
  auto options = parse_options(call.context.call, "", "x", kAttachUsage, call.options_at);
  if (!options) return 2;
  const auto extra = options->values.find('x');
  const std::string mode = extra == options->values.end() ? "" : extra->second;
  if (!mode.empty() && mode != "force-takeover" && mode != "initialize-hostdata")
    return call.refuse(fmt::format("-x {}: expected force-takeover or initialize-hostdata.", mode));
  Zone& zone = call.zone;
  if (zone.state != ZoneState::Configured && zone.state != ZoneState::Unavailable)
    return call.refuse(fmt::format("zone is {}; expected a configured (detached) zone to attach.", state_name(zone.state)));
  World& world = call.context.world;
  Host& host = call.context.host;
  if (in_maintenance(host)) return call.refuse(maintenance_refusal(host, "attach"));
  if (call.host_cannot_run_it()) return 1;
  if (mode == "initialize-hostdata") {
    Resource* keysource = zone.config.first("keysource");
    if (keysource == nullptr) keysource = &zone.config.resources.emplace_back(Resource{"keysource", {}, {}});
    keysource->set("raw", new_key(host));
  } else if (const auto read = read_host_data(world, host, zone); read.data || !read.refusal.empty()) {
    const std::string in_use = read.data ? in_use_refusal(*read.data, host, zone.name) : "";
    const std::string refusal = !read.refusal.empty() ? read.refusal : mode == "force-takeover" ? "" : in_use;
    if (!refusal.empty()) {
      call.context.call.err(refusal);
      return 1;
    }
    if (!in_use.empty()) call.context.call.err(takeover_warning(zone.name));
  }
  adopt_identity(world, host, zone);
  const bool suspended = read_block(world, host, suspend_target(zone), "suspend").has_value() && mode != "initialize-hostdata";
  if (!write_host_data(world, host, zone, suspended ? "suspended" : "installed"))
    return call.refuse(fmt::format("boot storage {} is not reachable from {}.", boot_storage(zone.name, zone.config), host.name));
  zone.state = ZoneState::Installed;
  if (suspended) zone.aux.insert(AuxState::Suspended);
  return 0;
}

int zoneadm_detach(ZoneCall& call) {
  Zone& zone = call.zone;
  if (zone.state != ZoneState::Installed) return call.refuse(fmt::format("zone is {}; expected an installed zone to detach.", state_name(zone.state)));
  write_host_data(call.context.world, call.context.host, zone, "detached");
  zone.state = ZoneState::Configured;
  zone.aux.clear();
  return 0;
}

int zoneadm_boot_checked(ZoneCall& call) {
  Zone& zone = call.zone;
  const bool installed = zone.state != ZoneState::Configured && zone.state != ZoneState::Incomplete;
  if (installed && zone.state != ZoneState::Running && call.host_cannot_run_it()) return 1;
  if (const std::string refusal = missing_device_storage(call.context.world, zone.name, zone.config);
      installed && !refusal.empty())
    return call.refuse(refusal);
  // Without its host data no host can tell whether another runs the zone: no boot.
  const std::string storage = boot_storage(zone.name, zone.config);
  if (call.context.world.find_storage(storage) && !call.context.world.storage_reachable(storage, call.context.host.name))
    return call.refuse(fmt::format("boot storage {} is not reachable from {}.", storage, call.context.host.name));
  if (zone.state == ZoneState::Installed || zone.state == ZoneState::Unavailable) {
    if (auto refusal = host_data_refusal(call.context.world, call.context.host, zone); !refusal.empty()) {
      call.context.call.err(refusal);
      zone.state = ZoneState::Unavailable;
      return 1;
    }
    if (zone.state == ZoneState::Unavailable) zone.state = ZoneState::Installed;
  }
  if (zone.aux.contains(AuxState::Suspended) && zone.state == ZoneState::Installed) {
    std::string error;
    const auto request = parse_boot_request(call.args, error);
    if (request && !request->without_resume)
      if (auto refusal = persistence::suspend_image_refusal(call.context.world, call.context.host, zone); !refusal.empty()) {
        call.context.call.err(refusal);
        return 1;
      }
  }
  const int status = zoneadm_boot(call);
  if (status == 0) write_host_data(call.context.world, call.context.host, zone, "running");
  return status;
}

}  // namespace kzsim::zones
