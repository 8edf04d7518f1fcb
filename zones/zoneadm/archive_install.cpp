#include "zones/zoneadm/archive_install.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "zones/devices/zone_disks.hpp"
#include "zones/zoneadm/ai_manifest.hpp"
#include "zones/zoneadm/archive_pools.hpp"

namespace kzsim::zones {

namespace {

// Guide Example 3-3, word for word.
constexpr std::string_view kNonRootData = "ERROR: Archive contains non-root data, please use [-m manifest]\n";

// Why the manifest's target does not fit the zone or the archive's pools, or "".
std::string target_refusal(const AiManifest& manifest, std::string_view file, const Zone& zone,
                           const std::vector<std::string>& archived) {
  const auto disks = config_disks(zone.config);
  for (const ManifestDisk& disk : manifest.disks) {
    if (std::any_of(disks.begin(), disks.end(), [&](const ZoneDisk& own) { return own.name() == disk.name; })) continue;
    return fmt::format("{}:{}: disk {}: zone {} has no device for it; expected c1dN for a device resource with id N",
                       file, disk.line, disk.name, zone.name);
  }
  for (const std::string& pool : archived) {
    const bool created = std::any_of(manifest.pools.begin(), manifest.pools.end(),
                                     [&](const ManifestPool& target) { return target.name == pool && !target.root; });
    const bool on_disk = std::any_of(manifest.disks.begin(), manifest.disks.end(),
                                     [&](const ManifestDisk& disk) { return disk.in_zpool == pool; });
    if (created && on_disk) continue;
    return fmt::format("{}: the archive holds pool {}; expected a <zpool name=\"{}\" is_root=\"false\"> target and a "
                       "<disk in_zpool=\"{}\"> for it",
                       file, pool, pool, pool);
  }
  return {};
}

std::vector<GuestPool> manifest_pools(const AiManifest& manifest) {
  std::vector<GuestPool> pools;
  for (const ManifestPool& pool : manifest.pools) {
    if (pool.root) continue;
    GuestPool made{pool.name, {}};
    for (const ManifestDisk& disk : manifest.disks)
      if (disk.in_zpool == pool.name) made.disks.push_back(disk.name);
    pools.push_back(std::move(made));
  }
  return pools;
}

}  // namespace

ArchiveInstall archive_install(const Host& host, const Zone& zone, const std::map<char, std::string>& options) {
  const auto archive_option = options.find('a');
  const auto manifest_option = options.find('m');
  ArchiveInstall install;
  AiManifest manifest;
  if (manifest_option != options.end()) {
    try {
      manifest = read_ai_manifest(host.files.read(manifest_option->second).value_or(""), manifest_option->second);
    } catch (const InputError& error) {
      install.refusal = error.what();
      return install;
    }
  }
  install.archive = archive_option != options.end() ? archive_option->second : manifest.archive;
  if (install.archive.empty()) return install;
  if (archive_option == options.end() && !host.files.exists(install.archive)) {
    install.refusal = fmt::format("{}:{}: archive {}: no such file; expected the path of an existing Unified Archive",
                                  manifest_option->second, manifest.archive_line, install.archive);
    return install;
  }
  const auto archived = archive_pools(host.files.read(install.archive).value_or(""));
  if (manifest_option == options.end()) {
    if (!archived.empty()) install.error = kNonRootData;
    return install;
  }
  install.refusal = target_refusal(manifest, manifest_option->second, zone, archived);
  install.pools = manifest_pools(manifest);
  return install;
}

}  // namespace kzsim::zones
