#pragma once
// Where a kernel zone's state lives outside its host: the devices of its configuration (boot
// storage carries the host data) and its suspend resource. Shared storage keeps named blocks in
// the World so that every host reaching it sees them; a dev: device or a suspend path keeps them
// in its one host's file system.
#include <optional>
#include <string>
#include <vector>

#include "zones/world.hpp"

namespace kzsim::zones {

// Each device's storage URI; a device without one is the zvol zoneadm install creates
// (dev:/dev/zvol/dsk/rpool/VARSHARE/zones/ZONE/diskID).
std::vector<std::string> device_storage(const std::string& zone, const ZoneConfig& config);

// The device the zone boots from: lowest bootpri, else the first device.
std::string boot_storage(const std::string& zone, const ZoneConfig& config);

// Reads or writes a named block of `uri` as seen from `host`; nothing / false when the storage
// is unknown, offline or unreachable from `host`.
std::optional<std::string> read_block(const World& world, const Host& host, const std::string& uri,
                                      std::string_view name);
bool write_block(World& world, Host& host, const std::string& uri, std::string_view name, std::string content);

}  // namespace kzsim::zones
