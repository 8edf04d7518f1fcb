#pragma once
// The virtual disks of a kernel zone as its guest sees them: device resource N is disk c1dN
// (zvblk@N), listed by id. Boot devices are those with a bootpri; the guide's boot order sorts
// them by bootpri, then by id, and the devices bootable at install form the root pool, mirrored
// when there are several.
#include <optional>
#include <string>
#include <vector>

#include "zones/devices/lofi.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

struct ZoneDisk {
  int id = 0;
  std::optional<int> bootpri;
  std::string storage;             // the device's storage URI; empty for the default root zvol
  std::optional<LofiDevice> lofi;  // when the storage is dev:/dev/lofi/N

  std::string name() const { return "c1d" + std::to_string(id); }
};

// The device resources of `config` as disks, by id (without their lofi devices).
std::vector<ZoneDisk> config_disks(const ZoneConfig& config);

// The zone's disks from its running configuration (its persistent one when it is not running),
// by id.
std::vector<ZoneDisk> zone_disks(const Host& host, const Zone& zone);

// The boot devices in boot order: by bootpri, then by id.
std::vector<ZoneDisk> boot_order(const std::vector<ZoneDisk>& disks);

}  // namespace kzsim::zones
