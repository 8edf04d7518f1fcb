// zoneadm boot, halt, reboot and shutdown: a kernel zone's memory is taken whole at boot and
// given back at halt.
#include <algorithm>
#include <chrono>

#include "core/sim_clock.hpp"
#include "zones/console/zone_console.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/boot_checks.hpp"
#include "zones/zoneadm/subcommands.hpp"
#include "zones/zoneadm/zone_memory.hpp"
#include "zones/evacuation/maintenance.hpp"
#include "zones/verified_boot/zone_boot_verification.hpp"

namespace kzsim::zones {

namespace {

using std::chrono::seconds;

// INFERRED durations: the guide gives none for boot and halt.
constexpr SimDuration kBootTime = seconds(20);
constexpr SimDuration kHaltTime = seconds(5);
constexpr SimDuration kShutdownTime = seconds(15);

// `notice` is what an attached console is told (zoneadmd's "[NOTICE: Zone halted]", ...).
void stop(ZoneCall& call, SimDuration takes, std::string_view notice = "halted") {
  console_notice(call.zone, notice);
  stop_running(call.zone);
  call.context.world.clock().advance(takes);
}

// A solaris zone shares its global zone's kernel: it takes no memory of its own and boots no
// kernel; its console only keeps when it booted (its processes' start times, zones/guest).
int start_native(ZoneCall& call) {
  Zone& zone = call.zone;
  zone.console = std::make_shared<ZoneConsole>();
  zone.console->booted_at = call.context.world.clock().now();
  zone.id = call.context.host.next_zone_id();
  zone.state = ZoneState::Running;
  zone.live = zone.config;
  call.context.world.clock().advance(kBootTime);
  return 0;
}

// Boots an installed zone; the refusal (on stderr) makes it return 1.
int start(ZoneCall& call, const BootRequest& boot = {}) {
  Zone& zone = call.zone;
  Host& host = call.context.host;
  if (in_maintenance(host)) return call.refuse(maintenance_refusal(host, "boot"));
  if (zone.config.brand == "solaris") return start_native(call);
  if (call.host_cannot_run_it()) return 1;
  for (const std::string& refusal : {check_cpu_arch(host, zone), check_host_compatible(host, zone),
                                     check_software_in_silicon(host, zone)}) {
    if (!refusal.empty()) {
      call.context.call.err(refusal);
      return 1;
    }
  }
  std::string error;
  const auto request = zone_memory_request(zone.config, error);
  if (!request) {
    call.context.call.err(error);
    return 1;
  }
  HostMemory memory = rebuild_host_memory(host);
  const BootResult booted = memory.boot(zone.name, *request);
  if (!booted.ok()) {
    call.context.call.err(booted.error);
    return 1;
  }
  // A resumed guest continues where it was suspended: its console shows no new boot.
  const bool resumes = zone.aux.contains(AuxState::Suspended) && !boot.without_resume && zone.console;
  if (!resumes) {
    const firmware::BootVerdict verdict = verify_zone_boot(call.context.world, host, zone);
    if (const std::string refusal = verified_boot_refusal(zone.config, verdict); !refusal.empty())
      return call.refuse(refusal);
    auto console = boot_console(host, zone, boot, verdict, call.context.world.clock().now(), error);
    if (!console) return call.refuse(error);
    zone.console = std::move(console);
  }
  if (resumes) console_notice(zone, "resuming");
  zone.aux.erase(AuxState::Suspended);
  if (zone.state != ZoneState::Ready) zone.id = host.next_zone_id();  // a readied zone has its ID
  zone.state = ZoneState::Running;
  zone.live = zone.config;
  zone.backing_page_size = booted.page_size;
  call.context.world.clock().advance(kBootTime);
  return 0;
}

}  // namespace

int zoneadm_boot(ZoneCall& call) {
  switch (call.zone.state) {
    case ZoneState::Running:
      return call.refuse("zone is already booted.");
    case ZoneState::Configured:
    case ZoneState::Incomplete:
      return call.refuse("must be installed before boot.");
    default: {
      std::string error;
      const auto request = parse_boot_request(call.args, error);
      if (!request) return call.refuse(error);
      return start(call, *request);
    }
  }
}

// A zone not yet installed cannot be halted (illumos zoneadm.c sanity_check: "must be %s before
// %s."); an installed zone is already halted, which zoneadmd reports without failing (illumos
// zoneadmd.c: "zone is already halted", rval 0: two clients racing to halt a zone both succeed).
int zoneadm_halt(ZoneCall& call) {
  if (call.zone.state == ZoneState::Configured || call.zone.state == ZoneState::Incomplete)
    return call.refuse("must be installed before halt.");
  if (call.zone.state == ZoneState::Installed) {
    call.refuse("zone is already halted");
    return 0;
  }
  if (call.zone.state != ZoneState::Running && call.zone.state != ZoneState::Ready) return 0;
  stop(call, kHaltTime);
  return 0;
}

int zoneadm_reboot(ZoneCall& call) {
  if (call.zone.state != ZoneState::Running) return call.refuse("zone is not running; expected a running zone to reboot.");
  stop(call, kHaltTime, "rebooting");
  return start(call);
}

int zoneadm_shutdown(ZoneCall& call) {
  const bool restart = call.args.size() > 1 && call.args[1] == "-r";
  if (call.args.size() > (restart ? 2 : 1)) {
    return call.refuse("shutdown takes only -r; expected zoneadm -z ZONE shutdown [-r].");
  }
  if (call.zone.state != ZoneState::Running) return call.refuse("zone is not running; expected a running zone to shut down.");
  stop(call, kShutdownTime, restart ? "rebooting" : "halted");
  return restart ? start(call) : 0;
}

}  // namespace kzsim::zones
