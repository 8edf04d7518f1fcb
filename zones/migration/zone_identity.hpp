#pragma once
// A kernel zone's identity travels with its boot storage: the zone's UUID (zoneadm list -p) and
// its boot environment's UUID (the host data's "boot environment uuid", guide ch.7 "Kernel Zone
// Host Data and Host ID"). On Solaris the boot environment's UUID is a property of the zone's
// root pool, on the zone's own disk, and so not sealed under the keysource as the host data is:
// attach -x initialize-hostdata, which cannot open the old host data, keeps it. kzsim keeps the
// zone's UUID beside it, so that a zone attached on another host (zonecfg -f, attach) or taken
// over there keeps the UUID it was installed with.
#include "zones/world.hpp"

namespace kzsim::zones {

// Gives a newly installed (or cloned) zone its UUIDs, drawn from `random` (the zone's from it
// directly, its boot environment's from a fork), and writes them to its boot storage; false when
// that storage is unreachable.
bool give_identity(World& world, Host& host, Zone& zone, const SeededRandom& random);

// Takes the zone's UUIDs from its boot storage as `host` reads it (attach); a zone whose storage
// holds none (installed before kzsim kept identities, or storage this host does not reach) keeps
// its own, or gets new ones from the host's generator, so that an installed zone always has both.
void adopt_identity(const World& world, const Host& host, Zone& zone);

}  // namespace kzsim::zones
