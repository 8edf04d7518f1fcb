// zpool inside a kernel zone: status [POOL], list (zpool_list.cpp) and create POOL DISK..., on
// the zone's pools (zpool_pools.hpp). status --json (kzsim): a row a pool, with its state,
// whether its disks are a mirror, and its disks.
#include <algorithm>

#include <fmt/format.h>

#include "zones/devices/guest_commands.hpp"
#include "zones/devices/zone_disks.hpp"
#include "zones/devices/zpool_list.hpp"
#include "zones/devices/zpool_pools.hpp"
#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

namespace {

constexpr int kNameWidth = 10;  // zpool's minimum NAME column
constexpr std::string_view kUsage =
    "expected zpool status [pool] [--json], zpool list [-H] [-o field[,...]] [pool]... [--json] or zpool create pool disk...";

std::string vdev_row(int depth, std::string_view name) {
  return fmt::format("\t{:{}}{:<{}}  {:<8} {:>5} {:>5} {:>5}\n", "", depth, name, kNameWidth - depth, "ONLINE", 0, 0, 0);
}

std::string pool_status(std::string_view pool, const std::vector<std::string>& members, bool mirrored) {
  std::string text = fmt::format(
      "  pool: {}\n state: ONLINE\n  scan: none requested\nconfig:\n\n\t{:<{}}  {:<8} {:>5} {:>5} {:>5}\n", pool,
      "NAME", kNameWidth, "STATE", "READ", "WRITE", "CKSUM");
  text += vdev_row(0, pool);
  if (mirrored) text += vdev_row(2, "mirror-0");
  for (const std::string& disk : members) text += vdev_row(mirrored ? 4 : 2, disk);
  return text + "\nerrors: No known data errors\n";
}

std::vector<ZonePool> zone_pools(const GuestCommandContext& guest) { return zone_pools(guest.host.host, guest.zone); }

int status(GuestCommandContext& guest) {
  std::vector<std::string> args = guest.call.args;
  const bool json = take_json_option(args);
  if (args.size() > 3) {
    guest.call.err(fmt::format("zpool: {}\n", kUsage));
    return 2;
  }
  Listing rows;
  for (const ZonePool& pool : zone_pools(guest)) {
    if (args.size() == 3 && args[2] != pool.name) continue;
    rows.push_back({{"pool", pool.name}, {"state", "ONLINE"}, {"mirrored", pool.mirrored}, {"disks", pool.disks}});
  }
  if (rows.empty()) {
    guest.call.err(fmt::format("cannot open '{}': no such pool\n", args[2]));
    return 1;
  }
  print_listing(guest.call, json, rows, [](const Listing& pools) {
    std::string out;
    for (const ListingRow& pool : pools)
      out += (out.empty() ? "" : "\n") + pool_status(pool["pool"].get<std::string>(),
                                                      pool["disks"].get<std::vector<std::string>>(),
                                                      pool["mirrored"].get<bool>());
    return out;
  });
  return 0;
}

int create(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  const std::string& name = args[2];
  const auto pools = zone_pools(guest);
  if (std::any_of(pools.begin(), pools.end(), [&](const ZonePool& pool) { return pool.name == name; })) {
    guest.call.err(fmt::format("cannot create '{}': pool already exists\n", name));
    return 1;
  }
  const auto disks = zone_disks(guest.host.host, guest.zone);
  const std::vector<std::string> members(args.begin() + 3, args.end());
  for (const std::string& member : members) {
    if (std::count(members.begin(), members.end(), member) > 1) {
      guest.call.err(fmt::format("invalid vdev specification\n/dev/dsk/{} is given twice; expected each disk once\n", member));
      return 1;
    }
    if (std::none_of(disks.begin(), disks.end(), [&](const ZoneDisk& disk) { return disk.name() == member; })) {
      guest.call.err(fmt::format("cannot open '{}': no such device in /dev/dsk; expected a disk of zone {} (c1dN for "
                                 "its device id N)\n",
                                 member, guest.zone.name));
      return 1;
    }
    for (const ZonePool& pool : pools) {
      if (std::find(pool.disks.begin(), pool.disks.end(), member) == pool.disks.end()) continue;
      guest.call.err(fmt::format("invalid vdev specification\n/dev/dsk/{} is part of active ZFS pool {}; expected a "
                                 "disk no pool uses\n",
                                 member, pool.name));
      return 1;
    }
  }
  guest.zone.pools.push_back({name, members});
  return 0;
}

int run_zpool(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  if (args.size() >= 2 && args[1] == "status") return status(guest);
  if (args.size() >= 2 && args[1] == "list") return zpool_list(guest, kUsage);
  if (args.size() >= 4 && args[1] == "create") return create(guest);
  guest.call.err(fmt::format("zpool: {}\n", kUsage));
  return 2;
}

const bool registered = register_guest_command("zpool", run_zpool);

}  // namespace

}  // namespace kzsim::zones
