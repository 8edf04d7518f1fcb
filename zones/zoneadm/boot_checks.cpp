#include "zones/zoneadm/boot_checks.hpp"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones {

namespace {

std::string zone_class(const Host& host, const Zone& zone) {
  return zone.config.get("cpu-arch").value_or(host.model->native_class);
}

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::ranges::find(list, item) != list.end();
}

}  // namespace

std::string check_cpu_arch(const Host& host, const Zone& zone) {
  const auto cpu_arch = zone.config.get("cpu-arch");
  if (!cpu_arch || contains(host.model->cpu_arch_classes, *cpu_arch)) return {};
  return fmt::format("zone '{}': error: cpu-arch {} is not supported on this host; expected one of: {}\n", zone.name,
                     *cpu_arch, fmt::join(host.model->cpu_arch_classes, ", "));
}

std::string check_host_compatible(const Host& host, const Zone& zone) {
  const auto value = zone.config.get("host-compatible");
  if (!value) return {};
  const std::string class_name = zone_class(host, zone);
  const catalog::MigrationClass* migration_class = catalog::Catalog::builtin().find_class(host.arch(), class_name);
  if (!migration_class) return {};
  // memlzs is the guide's spelling of memlzr.
  const auto canonical = [](std::string text) {
    for (auto at = text.find("memlzs"); at != std::string::npos; at = text.find("memlzs")) text[at + 5] = 'r';
    return text;
  };
  if (contains(migration_class->modifiers, canonical(*value))) return {};
  std::istringstream items(*value);
  for (std::string item; std::getline(items, item, ',');) {
    if (!contains(migration_class->modifiers, canonical(item))) {
      return fmt::format("zone '{}': error: modifier {} not supported by migration class {}\n", zone.name, item,
                         class_name);
    }
  }
  return {};
}

std::string check_software_in_silicon(const Host& host, const Zone& zone) {
  const auto value = zone.config.get("host-compatible");
  const catalog::HostCompatibleLevel* level = value ? catalog::Catalog::builtin().find_level(*value) : nullptr;
  if (level == nullptr || level->features.empty()) return {};
  const auto refusal = feature_release_refusal("software-in-silicon", host, zone);
  return refusal ? fmt::format("zone '{}': error: host-compatible={}: {}\n", zone.name, *value, *refusal) : "";
}

}  // namespace kzsim::zones
