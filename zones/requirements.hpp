#pragma once
// Can this host run kernel zones? Every reason it cannot, each with the guide section that
// states the requirement (chapter 1, "Software and Hardware Requirements for Oracle Solaris
// Kernel Zones").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

struct Blocker {
  std::string reason;   // "SPARC T2 processors cannot host kernel zones"
  std::string section;  // "Hardware Requirements for Oracle Solaris Kernel Zones"
};

inline constexpr Bytes kMinimumKernelZoneHostMemory = 8 * GiB;

// The section of the nesting rule: "You cannot create a kernel zone inside another kernel zone."
inline constexpr std::string_view kNestedZonesSection = "Requirements for Native Zones in Kernel Zones";

// Empty when the host can run kernel zones.
std::vector<Blocker> kernel_zone_blockers(const Host& host);

// What zoneadm install, boot, ready and attach print for a kernel zone on a host that cannot run
// kernel zones (the first blocker: Solaris stops at the first check that fails), or "" when it
// can. Solaris's own words for this refusal are not public (solaris-kz(7) only says that
// `virtinfo -c supported list kernel-zone` then omits kernel-zone and that syslog gives the
// reason, in messages containing "kernel-zone"); kzsim words it after the brand's other
// "zone 'Z': error:" lines and names the reason virtinfo hides.
std::string kernel_zone_host_refusal(const Host& host, std::string_view zone);

// Inside an Oracle VM Server for SPARC guest domain, how many kernel zones the domain may run.
std::optional<int> ldom_kernel_zone_limit(const Host& host);

}  // namespace kzsim::zones
