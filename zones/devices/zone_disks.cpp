#include "zones/devices/zone_disks.hpp"

#include <algorithm>
#include <charconv>

namespace kzsim::zones {

namespace {

std::optional<int> number(const std::optional<std::string>& text) {
  int value = 0;
  if (!text || std::from_chars(text->data(), text->data() + text->size(), value).ec != std::errc()) return std::nullopt;
  return value;
}

}  // namespace

std::vector<ZoneDisk> config_disks(const ZoneConfig& config) {
  std::vector<ZoneDisk> disks;
  for (const auto& resource : config.resources) {
    if (resource.type != "device") continue;
    disks.push_back({number(resource.get("id")).value_or(static_cast<int>(disks.size())), number(resource.get("bootpri")),
                     resource.get("storage").value_or(""), std::nullopt});
  }
  std::stable_sort(disks.begin(), disks.end(), [](const ZoneDisk& a, const ZoneDisk& b) { return a.id < b.id; });
  return disks;
}

std::vector<ZoneDisk> zone_disks(const Host& host, const Zone& zone) {
  std::vector<ZoneDisk> disks = config_disks(zone.live ? *zone.live : zone.config);
  for (ZoneDisk& disk : disks)
    if (disk.storage.starts_with("dev:")) disk.lofi = find_lofi(host, disk.storage.substr(4));
  return disks;
}

std::vector<ZoneDisk> boot_order(const std::vector<ZoneDisk>& disks) {
  std::vector<ZoneDisk> boot;
  std::copy_if(disks.begin(), disks.end(), std::back_inserter(boot), [](const ZoneDisk& disk) { return disk.bootpri.has_value(); });
  std::stable_sort(boot.begin(), boot.end(), [](const ZoneDisk& a, const ZoneDisk& b) {
    return std::pair(*a.bootpri, a.id) < std::pair(*b.bootpri, b.id);
  });
  return boot;
}

}  // namespace kzsim::zones
