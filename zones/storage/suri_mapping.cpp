#include "zones/storage/suri_mapping.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <sstream>

#include "zones/migration/zone_storage.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kMappings = "/system/volatile/suri/mappings";  // "URI DEVICE" lines

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

// FNV-1a, so that an LU named only by its target and number gets the same disk name every run.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

// The multipathed (MPxIO) disk of an LU: c0t<WWN>d0, or for target.IQN,lun.N a target number
// derived from the IQN and dN.
std::string lu_disk(std::string_view name) {
  if (const auto at = name.find("luname.naa."); at != std::string_view::npos)
    return fmt::format("/dev/dsk/c0t{}d0", upper(std::string(name.substr(at + 11))));
  const auto lun = name.rfind(",lun.");
  const std::string_view number = lun == std::string_view::npos ? "0" : name.substr(lun + 5);
  return fmt::format("/dev/dsk/c0t{:016X}d{}", fnv1a(name.substr(0, lun)), number);
}

std::vector<std::pair<std::string, std::string>> manual_mappings(const Host& host) {
  std::vector<std::pair<std::string, std::string>> mappings;
  std::istringstream lines(host.files.read(kMappings).value_or(""));
  std::string uri, device;
  while (lines >> uri >> device) mappings.emplace_back(uri, device);
  return mappings;
}

void save(Host& host, const std::vector<std::pair<std::string, std::string>>& mappings) {
  std::string text;
  for (const auto& [uri, device] : mappings) text += fmt::format("{} {}\n", uri, device);
  host.files.write(kMappings, text);
}

}  // namespace

std::string mapped_device(const StorageUri& uri, std::string_view mountpoint_prefix) {
  if (uri.scheme == "dev") return uri.path.starts_with('/') ? uri.path : "/dev/" + uri.path;
  if (uri.scheme == "nfs") return fmt::format("{}/{}{}", mountpoint_prefix, uri.host, uri.path);
  return lu_disk(uri.path);
}

std::vector<std::pair<std::string, SuriMapping>> host_mappings(const Host& host) {
  std::vector<std::pair<std::string, SuriMapping>> mappings;
  for (const auto& [uri, device] : manual_mappings(host)) mappings.push_back({uri, SuriMapping{device, ""}});
  for (const auto& [name, zone] : host.zones) {
    if (zone.state != ZoneState::Running || !zone.live) continue;
    for (const std::string& storage : device_storage(name, *zone.live)) {
      const auto parsed = parse_storage_uri(storage);
      if (parsed.uri && parsed.uri->scheme != "dev")
        mappings.push_back(
            {storage, SuriMapping{mapped_device(*parsed.uri, fmt::format("/system/volatile/zones/{}", name)), name}});
    }
  }
  return mappings;
}

std::optional<SuriMapping> find_mapping(const Host& host, std::string_view uri) {
  for (auto& [mapped, mapping] : host_mappings(host))
    if (mapped == uri) return mapping;
  return std::nullopt;
}

std::vector<std::string> uris_of_device(const Host& host, std::string_view device) {
  std::vector<std::string> uris;
  const std::string_view disk = "/dev/dsk/c0t";
  if (device.starts_with(disk) && device.ends_with("d0")) {
    std::string wwn(device.substr(disk.size(), device.size() - disk.size() - 2));
    std::transform(wwn.begin(), wwn.end(), wwn.begin(), [](unsigned char c) { return std::tolower(c); });
    uris.push_back("lu:luname.naa." + wwn);
  }
  for (const auto& [uri, mapping] : host_mappings(host))
    if (mapping.device == device && std::find(uris.begin(), uris.end(), uri) == uris.end()) uris.push_back(uri);
  if (device.starts_with("/dev/")) uris.push_back(fmt::format("dev:{}", device.substr(5)));
  return uris;
}

void add_mapping(Host& host, std::string_view uri, const std::string& device) {
  auto mappings = manual_mappings(host);
  mappings.emplace_back(std::string(uri), device);
  save(host, mappings);
}

void remove_mapping(Host& host, std::string_view uri) {
  auto mappings = manual_mappings(host);
  std::erase_if(mappings, [&](const auto& mapping) { return mapping.first == uri; });
  save(host, mappings);
}

}  // namespace kzsim::zones
