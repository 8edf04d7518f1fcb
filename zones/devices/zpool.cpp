// zpool status [rpool] inside a kernel zone: the root pool on the zone's boot devices, a mirror
// when several were bootable at install (guide ch.2 "Managing Kernel Zone Storage Devices and
// Boot Order"), in boot order. kzsim derives the pool from the zone's configuration, so a boot
// device added after install shows in it too (a real zone would need zpool attach).
#include <fmt/format.h>

#include "zones/devices/guest_commands.hpp"
#include "zones/devices/zone_disks.hpp"

namespace kzsim::zones {

namespace {

constexpr int kNameWidth = 10;  // zpool's minimum NAME column

std::string vdev_row(int depth, const std::string& name) {
  return fmt::format("\t{:{}}{:<{}}  {:<8} {:>5} {:>5} {:>5}\n", "", depth, name, kNameWidth - depth, "ONLINE", 0, 0, 0);
}

std::string pool_status(const std::vector<ZoneDisk>& members) {
  std::string text = fmt::format(
      "  pool: rpool\n state: ONLINE\n  scan: none requested\nconfig:\n\n\t{:<{}}  {:<8} {:>5} {:>5} {:>5}\n",
      "NAME", kNameWidth, "STATE", "READ", "WRITE", "CKSUM");
  text += vdev_row(0, "rpool");
  const bool mirrored = members.size() > 1;
  if (mirrored) text += vdev_row(2, "mirror-0");
  for (const ZoneDisk& disk : members) text += vdev_row(mirrored ? 4 : 2, disk.name());
  return text + "\nerrors: No known data errors\n";
}

int run_zpool(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  if (args.size() < 2 || args[1] != "status" || args.size() > 3) {
    guest.call.err("zpool: only status is modelled; expected zpool status [rpool]\n");
    return 2;
  }
  if (args.size() == 3 && args[2] != "rpool") {
    guest.call.err(fmt::format("cannot open '{}': no such pool\n", args[2]));
    return 1;
  }
  const auto disks = zone_disks(guest.host.host, guest.zone);
  auto members = boot_order(disks);
  if (members.empty() && !disks.empty()) members.push_back(disks.front());
  guest.call.out(pool_status(members));
  return 0;
}

const bool registered = register_guest_command("zpool", run_zpool);

}  // namespace

}  // namespace kzsim::zones
