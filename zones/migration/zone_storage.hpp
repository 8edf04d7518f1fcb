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

// The zvol zoneadm install creates for a device without storage.
std::string default_disk_storage(std::string_view zone, std::string_view id);

// The device the zone boots from: lowest bootpri, else the first device.
std::string boot_storage(const std::string& zone, const ZoneConfig& config);

// The refusal for the first shared storage URI of the zone's devices that the world does not have
// (an unlisted URI "behaves as storage that does not exist", scenario format 1), or "". Solaris's
// words for it are not public; kzsim names the URI and the device.
std::string missing_device_storage(const World& world, const std::string& zone, const ZoneConfig& config);

// Reads or writes a named block of `uri` as seen from `host`; nothing / false when the storage
// is unknown, offline or unreachable from `host`.
std::optional<std::string> read_block(const World& world, const Host& host, const std::string& uri,
                                      std::string_view name);
bool write_block(World& world, Host& host, const std::string& uri, std::string_view name, std::string content);

// Copies every block of `from` to `to` (what a resilver copies from the root pool's old disk to a
// new one: host data, identity, module records); false when `to` cannot be written.
bool copy_blocks(World& world, Host& host, const std::string& from, const std::string& to);

}  // namespace kzsim::zones
