#include "zones/devices/zpool_pools.hpp"

#include "zones/devices/zone_disks.hpp"

namespace kzsim::zones {

namespace {

std::vector<std::string> root_pool_disks(const std::vector<ZoneDisk>& disks) {
  auto members = boot_order(disks);
  if (members.empty() && !disks.empty()) members.push_back(disks.front());
  std::vector<std::string> names;
  for (const ZoneDisk& disk : members) names.push_back(disk.name());
  return names;
}

}  // namespace

std::vector<ZonePool> zone_pools(const Host& host, const Zone& zone) {
  const auto root = root_pool_disks(zone_disks(host, zone));
  std::vector<ZonePool> pools{{std::string(kRootPool), root, root.size() > 1}};
  for (const GuestPool& pool : zone.pools) pools.push_back({pool.name, pool.disks, false});
  return pools;
}

}  // namespace kzsim::zones
