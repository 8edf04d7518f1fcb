// zoneadm ready: the zone's virtual platform is set up and it has a zone ID, but nothing runs in
// it. As illumos zoneadmd's server() does: an installed zone becomes ready, a ready one stays
// ("zone is already ready", exit 0), a running one is halted and readied; below installed,
// zoneadm's sanity check refuses ("must be installed before ready."). Like boot, ready reads the
// host data (guide ch.7 "Encryption Keys and Host Data": "any attempt to ready or boot the zone
// will cause the zone to enter the unavailable state") and needs a host that runs kernel zones.
#include <fmt/format.h>

#include "zones/evacuation/maintenance.hpp"
#include "zones/migration/host_data.hpp"
#include "zones/zoneadm/subcommands.hpp"

namespace kzsim::zones {

int zoneadm_ready(ZoneCall& call) {
  Zone& zone = call.zone;
  if (call.args.size() > 1) return call.refuse("ready takes no options; expected zoneadm -z ZONE ready.");
  switch (zone.state) {
    case ZoneState::Configured:
    case ZoneState::Incomplete:
      return call.refuse("must be installed before ready.");
    case ZoneState::Ready:
      call.context.call.err(fmt::format("zoneadm: zone '{}': zone is already ready\n", zone.name));
      return 0;
    default:
      break;
  }
  const Host& host = call.context.host;
  if (in_maintenance(host)) return call.refuse(maintenance_refusal(host, "boot"));
  if (call.host_cannot_run_it()) return 1;
  if (zone.state != ZoneState::Running) {
    if (const std::string refusal = host_data_refusal(call.context.world, host, zone); !refusal.empty()) {
      call.context.call.err(refusal);
      zone.state = ZoneState::Unavailable;
      return 1;
    }
  }
  if (zone.state == ZoneState::Running) zoneadm_halt(call);
  zone.state = ZoneState::Ready;
  zone.id = host.next_zone_id();
  return 0;
}

}  // namespace kzsim::zones
