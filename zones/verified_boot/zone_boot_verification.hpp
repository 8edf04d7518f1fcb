#pragma once
// What the firmware of a booting kernel zone makes of its modules under the zone's
// verified-boot resource (guide ch.2 "Using Verified Boot to Secure an Oracle Solaris Kernel
// Zone"): the policy, the cert files it names in the global zone, and the verdict.
#include <string>

#include "firmware-models/verified_boot/boot_verification.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

// The zone's policy: none without a verified-boot resource, the table's default for a resource
// without one; nullptr for a name the table does not know (a hand-edited world document).
const firmware::BootPolicy* zone_boot_policy(const ZoneConfig& config);

// The verdict on the zone's modules on its boot storage as `host` boots it.
firmware::BootVerdict verify_zone_boot(const World& world, const Host& host, const Zone& zone);

// zoneadm's refusal (after "zone 'NAME': ") when the verdict stopped the boot or the policy is
// unknown, else "".
std::string verified_boot_refusal(const ZoneConfig& config, const firmware::BootVerdict& verdict);

}  // namespace kzsim::zones
