#pragma once
// zoneadm subcommands acting on one zone (-z NAME). Each returns the exit status.
#include <string>
#include <string_view>
#include <vector>

#include "zones/commands.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

struct ZoneCall {
  CommandContext& context;
  Zone& zone;
  std::vector<std::string> args;  // args[0] is the subcommand
  std::size_t options_at = 0;     // index in context.call.args of the subcommand's first option

  // "zoneadm: zone 'NAME': TEXT\n" on stderr; returns 1.
  int refuse(std::string_view text) const;
  // For a kernel zone on a host that cannot run kernel zones, prints why
  // (kernel_zone_host_refusal, zones/requirements.hpp) and returns true.
  bool host_cannot_run_it() const;
};

// "zoneadm.20140327T223951Z.NAME.OPERATION": the log file under /var/log/zones, stamped with
// the simulated time.
std::string zoneadm_log_name(const ZoneCall& call, std::string_view operation);

// Why the zone's boot storage cannot take an installation (shared storage that is unknown,
// offline or unreachable from this host), or "".
std::string unreachable_boot_storage(const ZoneCall& call);

// The zone is now installed with `guest_os`: it gets its UUID and its boot storage the host data.
void record_installed(ZoneCall& call, std::string_view log, catalog::Version guest_os);

int zoneadm_boot(ZoneCall& call);
int zoneadm_halt(ZoneCall& call);
int zoneadm_reboot(ZoneCall& call);
int zoneadm_shutdown(ZoneCall& call);
int zoneadm_install(ZoneCall& call);
int zoneadm_uninstall(ZoneCall& call);
int zoneadm_verify(ZoneCall& call);
int zoneadm_apply(ZoneCall& call);
int zoneadm_clone(ZoneCall& call);
int zoneadm_ready(ZoneCall& call);
int zoneadm_move(ZoneCall& call);  // zones/migration/storage_move.cpp

}  // namespace kzsim::zones
