#include "zones/migration/zone_storage.hpp"

#include <fmt/format.h>

#include "zones/zonecfg/storage_uri.hpp"

namespace kzsim::zones {

namespace {

std::string storage_of(const std::string& zone, const Resource& device, std::size_t index) {
  if (auto storage = device.get("storage")) return *storage;
  return fmt::format("dev:/dev/zvol/dsk/rpool/VARSHARE/zones/{}/disk{}", zone, device.get("id").value_or(std::to_string(index)));
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

std::string boot_storage(const std::string& zone, const ZoneConfig& config) {
  const Resource* boot = nullptr;
  std::size_t boot_index = 0, index = 0;
  for (const Resource& resource : config.resources) {
    if (resource.type != "device") continue;
    const auto priority = resource.get("bootpri");
    if (boot == nullptr || (priority && (!boot->get("bootpri") || std::stoi(*priority) < std::stoi(*boot->get("bootpri"))))) {
      boot = &resource;
      boot_index = index;
    }
    ++index;
  }
  if (boot == nullptr) return fmt::format("dev:/dev/zvol/dsk/rpool/VARSHARE/zones/{}/disk0", zone);
  return storage_of(zone, *boot, boot_index);
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

}  // namespace kzsim::zones
