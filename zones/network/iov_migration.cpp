#include "zones/network/iov_migration.hpp"

#include <fmt/format.h>

#include <vector>

namespace kzsim::zones {

namespace {

const catalog::Version kIovSuspendRelease{{11, 4}};

// The first of the named releases older than 11.4, as "zone kz1 runs Oracle Solaris 11.3", or
// nothing; a zone never installed has no release yet.
std::optional<std::string> older_release(const std::vector<std::pair<std::string, catalog::Version>>& releases) {
  for (const auto& [whose, release] : releases) {
    if (!release.parts.empty() && release < kIovSuspendRelease) return fmt::format("{} runs Oracle Solaris {}", whose, release.text());
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
  const auto older = older_release({{fmt::format("source host {}", src.name), src.os},
                                    {fmt::format("target host {}", dst.name), dst.os},
                                    {fmt::format("zone {}", zone.name), zone.guest_os}});
  if (!older) return std::nullopt;
  return fmt::format("anet iov is enabled and {}; warm and live migration of such a zone need Oracle Solaris 11.4 "
                     "on both hosts and in the zone; expected a cold migration",
                     *older);
}

std::optional<std::string> iov_suspend_refusal(const Zone& zone, const Host& host) {
  if (!uses_iov(zone)) return std::nullopt;
  const auto older = older_release({{fmt::format("host {}", host.name), host.os},
                                    {fmt::format("zone {}", zone.name), zone.guest_os}});
  if (!older) return std::nullopt;
  return fmt::format("anet iov is enabled and {}; suspending such a zone needs Oracle Solaris 11.4 on the host "
                     "and in the zone; expected a shutdown instead",
                     *older);
}

}  // namespace kzsim::zones
