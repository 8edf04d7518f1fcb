// Inside a kernel zone: its virtual disks as rmformat lists them, eject of a virtual CD-ROM,
// and the commands of the guide's CD-ROM procedure that change nothing kzsim models
// (devfsadm, svcadm restart hal, mount, umount). rmformat -l --json (kzsim): a row a disk,
// keyed by its labels as a listing's columns are keyed (zones/host_commands/listing.hpp).
#include <fmt/format.h>

#include "zones/devices/guest_commands.hpp"
#include "zones/devices/lofi.hpp"
#include "zones/devices/zone_disks.hpp"
#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

namespace {

// kzsim model: every zvblk disk reports itself removable (the guide's listing shows the root
// disk so); the default root zvol shows the size the guide prints, an image its file's size.
std::string disk_size(const Host& host, const ZoneDisk& disk) {
  if (!disk.lofi) return "16.4 GB";
  if (disk.lofi->file.empty()) return "<Unknown>";
  const double megabytes = static_cast<double>(host.files.read(disk.lofi->file).value_or("").size()) / 1e6;
  return fmt::format("{:.1f} MB", megabytes);
}

const std::vector<std::string> kDiskLabels{"Number", "Logical Node", "Physical Node", "Connected Device",
                                           "Device Type", "Bus", "Size", "Label", "Access permissions"};

std::string disks_text(const Listing& rows) {
  std::string text = "Looking for devices...\n";
  for (const ListingRow& row : rows) {
    const std::vector<std::string> cells = cell_texts(row);
    text += cells[0] + ".";
    for (std::size_t at = 1; at < cells.size(); ++at)
      text += fmt::format("{}{}: {}\n", at == 1 ? " " : "   ", kDiskLabels[at], cells[at]);
  }
  return text;
}

int run_rmformat(GuestCommandContext& guest) {
  const bool json = take_json_option(guest.call.args);
  if (guest.call.args.size() != 2 || guest.call.args[1] != "-l") {
    guest.call.err("rmformat: only -l is modelled; expected rmformat -l\n");
    return 1;
  }
  std::vector<std::vector<std::string>> disks;
  for (const auto& disk : zone_disks(guest.host.host, guest.zone))
    disks.push_back({std::to_string(disks.size() + 1), fmt::format("/dev/rdsk/c1d{}p0", disk.id),
                     fmt::format("/zvnex/zvblk@{}", disk.id), "kz          vDisk          0", "Removable", "<Unknown>",
                     disk_size(guest.host.host, disk), "<Unknown>", "<Unknown>"});
  print_listing(guest.call, json, table_rows(kDiskLabels, disks), disks_text);
  return 0;
}

// eject [cdrom]: empties the zone's first virtual CD-ROM holding an image.
int run_eject(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  if (args.size() > 2 || (args.size() == 2 && args[1] != "cdrom")) {
    guest.call.err(fmt::format("eject: '{}' is not a modelled medium; expected eject cdrom\n", args.back()));
    return 1;
  }
  for (auto& disk : zone_disks(guest.host.host, guest.zone)) {
    if (!disk.lofi || !disk.lofi->removable || disk.lofi->file.empty()) continue;
    disk.lofi->file.clear();
    save_lofi(guest.host.host, *disk.lofi);
    return 0;
  }
  guest.call.err(fmt::format("eject: no medium in a cdrom of zone {}; expected an image inserted with lofiadm -r\n",
                             guest.zone.name));
  return 1;
}

int run_without_effect(GuestCommandContext&) { return 0; }

const bool registered = register_guest_command("rmformat", run_rmformat) &&
                        register_guest_command("eject", run_eject) &&
                        register_guest_command("devfsadm", run_without_effect) &&
                        register_guest_command("svcadm", run_without_effect) &&
                        register_guest_command("mount", run_without_effect) &&
                        register_guest_command("umount", run_without_effect);

}  // namespace

}  // namespace kzsim::zones
