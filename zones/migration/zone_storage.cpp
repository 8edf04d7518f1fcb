#include "zones/migration/zone_storage.hpp"

#include <fmt/format.h>

#include <map>

#include "zones/devices/zone_disks.hpp"
#include "zones/zonecfg/storage_uri.hpp"

namespace kzsim::zones {

namespace {

std::string storage_of(const std::string& zone, const Resource& device, std::size_t index) {
  if (auto storage = device.get("storage")) return *storage;
  return default_disk_storage(zone, device.get("id").value_or(std::to_string(index)));
}

// A dev: device's blocks live in its host's file system under this directory.
std::string local_path(const std::string& uri, std::string_view name) {
  return fmt::format("/var/kzsim/storage/{}/{}", uri, name);
}

bool is_local(const std::string& uri) {
  const auto parsed = parse_storage_uri(uri);
  return parsed.uri && !parsed.uri->shared;
}

}  // namespace

std::vector<std::string> device_storage(const std::string& zone, const ZoneConfig& config) {
  std::vector<std::string> uris;
  std::size_t index = 0;
  for (const Resource& resource : config.resources)
    if (resource.type == "device") uris.push_back(storage_of(zone, resource, index++));
  return uris;
}

// The first device in boot order; without bootpri on any device, the one of lowest id.
std::string boot_storage(const std::string& zone, const ZoneConfig& config) {
  const std::vector<ZoneDisk> disks = config_disks(config);
  const std::vector<ZoneDisk> boot = boot_order(disks);
  const ZoneDisk* first = !boot.empty() ? &boot.front() : disks.empty() ? nullptr : &disks.front();
  if (first != nullptr && !first->storage.empty()) return first->storage;
  return default_disk_storage(zone, std::to_string(first ? first->id : 0));
}

std::string default_disk_storage(std::string_view zone, std::string_view id) {
  return fmt::format("dev:/dev/zvol/dsk/rpool/VARSHARE/zones/{}/disk{}", zone, id);
}

std::optional<std::string> read_block(const World& world, const Host& host, const std::string& uri,
                                      std::string_view name) {
  if (is_local(uri)) return host.files.read(local_path(uri, name));
  if (!world.storage_reachable(uri, host.name)) return std::nullopt;
  const auto& blocks = world.find_storage(uri)->blocks;
  const auto found = blocks.find(name);
  return found == blocks.end() ? std::nullopt : std::optional<std::string>(found->second);
}

bool write_block(World& world, Host& host, const std::string& uri, std::string_view name, std::string content) {
  if (is_local(uri)) {
    host.files.write(local_path(uri, name), std::move(content));
    return true;
  }
  if (!world.storage_reachable(uri, host.name)) return false;
  world.find_storage(uri)->blocks.insert_or_assign(std::string(name), std::move(content));
  return true;
}

std::string missing_device_storage(const World& world, const std::string& zone, const ZoneConfig& config) {
  for (const ZoneDisk& disk : config_disks(config)) {
    const auto parsed = parse_storage_uri(disk.storage);
    if (!parsed.uri || !parsed.uri->shared || world.find_storage(disk.storage) != nullptr) continue;
    return fmt::format("device id={} of zone {}: storage {} does not exist; expected storage the world has or a "
                       "dev: device of this host.",
                       disk.id, zone, disk.storage);
  }
  return {};
}

bool copy_blocks(World& world, Host& host, const std::string& from, const std::string& to) {
  std::map<std::string, std::string> blocks;
  if (is_local(from)) {
    const std::string directory = local_path(from, "");
    for (const std::string& path : host.files.list(directory))
      blocks[path.substr(directory.size())] = host.files.read(path).value_or("");
  } else if (world.storage_reachable(from, host.name)) {
    for (const auto& [name, content] : world.find_storage(from)->blocks) blocks[name] = content;
  }
  for (auto& [name, content] : blocks)
    if (!write_block(world, host, to, name, std::move(content))) return false;
  return true;
}

}  // namespace kzsim::zones
