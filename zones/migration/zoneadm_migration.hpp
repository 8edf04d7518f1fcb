#pragma once
// The zoneadm subcommands of the migration layer: migrate, suspend, attach, detach, and boot
// as resume (a suspended zone boots from its suspend image) with the host-data checks.
#include "zones/zoneadm/subcommands.hpp"

namespace kzsim::zones {

int zoneadm_migrate(ZoneCall& call);
int zoneadm_suspend(ZoneCall& call);
int zoneadm_attach(ZoneCall& call);
int zoneadm_detach(ZoneCall& call);
// Refuses a zone whose host data another host holds or whose key does not open it, then boots
// (resuming a suspended zone) through zoneadm_boot.
int zoneadm_boot_checked(ZoneCall& call);

}  // namespace kzsim::zones
