#pragma once
// The ZFS pools of a kernel zone as its guest sees them. The root pool lies on the zone's boot
// devices, a mirror when several were bootable at install (guide ch.2 "Managing Kernel Zone
// Storage Devices and Boot Order"), in boot order. kzsim derives it from the zone's
// configuration, so a boot device added after install shows in it too (a real zone would need
// zpool attach). Other pools are made with zpool create on the zone's other disks and kept with
// the zone (Zone::pools); a Unified Archive of the zone records them (guide Example 3-3).
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

inline constexpr std::string_view kRootPool = "rpool";

struct ZonePool {
  std::string name;
  std::vector<std::string> disks;  // c1dN
  bool mirrored = false;
};

// Every pool of the zone, rpool first.
std::vector<ZonePool> zone_pools(const Host& host, const Zone& zone);

}  // namespace kzsim::zones
