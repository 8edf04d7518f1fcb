#include "zones/network/iov_migration.hpp"

#include <fmt/format.h>

#include <vector>

#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones {

namespace {

const FeatureReleases& iov_row() { return FeatureReleaseTable::builtin().at("sr-iov-suspend-migration"); }

// Whose release it is, the release, and the releases of the row for that side.
struct NamedRelease {
  std::string whose;
  const catalog::Version& release;
  const ReleaseList& needed;
};

// The first of the named releases that lacks the feature, as "zone kz1 runs Oracle Solaris 11.3",
// or nothing; a zone never installed has no release yet.
std::optional<std::string> older_release(const std::vector<NamedRelease>& releases) {
  for (const NamedRelease& named : releases) {
    if (!named.release.parts.empty() && !release_has(named.needed, named.release))
      return fmt::format("{} runs Oracle Solaris {}", named.whose, named.release.text());
  }
  return std::nullopt;
}

}  // namespace

bool uses_iov(const Zone& zone) {
  const ZoneConfig& config = zone.live ? *zone.live : zone.config;
  for (const auto& resource : config.resources) {
    if (resource.type != "anet") continue;
    const auto iov = resource.get("iov");
    if (iov && (*iov == "on" || *iov == "auto")) return true;
  }
  return false;
}

std::optional<std::string> iov_migration_refusal(const Zone& zone, const Host& src, const Host& dst) {
  if (!uses_iov(zone)) return std::nullopt;
  const FeatureReleases& row = iov_row();
  const auto older = older_release({{fmt::format("source host {}", src.name), src.os, row.host_releases(src.arch())},
                                    {fmt::format("target host {}", dst.name), dst.os, row.host_releases(dst.arch())},
                                    {fmt::format("zone {}", zone.name), zone.guest_os, row.guest_releases(src.arch())}});
  if (!older) return std::nullopt;
  return fmt::format("anet iov is enabled and {}; warm and live migration of such a zone need Oracle Solaris {} "
                     "on both hosts and in the zone; expected a cold migration",
                     *older, release_names(row.host_releases(src.arch())));
}

std::optional<std::string> iov_suspend_refusal(const Zone& zone, const Host& host) {
  if (!uses_iov(zone)) return std::nullopt;
  const FeatureReleases& row = iov_row();
  const auto older = older_release({{fmt::format("host {}", host.name), host.os, row.host_releases(host.arch())},
                                    {fmt::format("zone {}", zone.name), zone.guest_os, row.guest_releases(host.arch())}});
  if (!older) return std::nullopt;
  return fmt::format("anet iov is enabled and {}; suspending such a zone needs Oracle Solaris {} on the host "
                     "and in the zone; expected a shutdown instead",
                     *older, release_names(row.host_releases(host.arch())));
}

}  // namespace kzsim::zones
