#pragma once
// What a host crash and a host boot (scenario faults) do to the host's zones. A crash stops
// every zone that runs there, as a power loss does: nothing is halted cleanly and the host data
// on the zones' storage still says "running" on this host. A boot brings back the installed
// zones whose autoboot is true, as svc:/system/zones:default does at the global zone's boot.
#include "zones/host.hpp"

namespace kzsim::zones {

class World;

void crash_host(Host& host);
void boot_host(World& world, Host& host);

}  // namespace kzsim::zones
