#pragma once
// The limit the guide puts on kernel zones with SR-IOV anets ("About Migration of Kernel Zones
// with SR-IOV-Enabled anet Resources"): suspend, resume, warm and live migration need Oracle
// Solaris 11.4 on the source host, the target host and in the zone; cold migration always works.
#include <optional>
#include <string>

#include "zones/host.hpp"

namespace kzsim::zones {

// Whether the zone's configuration (live while it runs) has an anet with iov=on or iov=auto.
bool uses_iov(const Zone& zone);

// Why a warm or live migration of `zone` from `src` to `dst` is refused, naming the release that
// is older than 11.4 and the way out (cold migration), or nothing. Texts go after the caller's
// "zoneadm: zone 'Z': " prefix.
std::optional<std::string> iov_migration_refusal(const Zone& zone, const Host& src, const Host& dst);

// Why suspending `zone` on `host` is refused, or nothing.
std::optional<std::string> iov_suspend_refusal(const Zone& zone, const Host& host);

}  // namespace kzsim::zones
