#include "zones/zoneadm/archive_pools.hpp"

#include <algorithm>

namespace kzsim::zones {

namespace {

constexpr std::string_view kEndConfiguration = "-----END CONFIGURATION-----\n";
constexpr std::string_view kPoolLine = "Non-root pool: ";

}  // namespace

std::string archive_pool_lines(const Zone& zone) {
  std::string lines;
  for (const GuestPool& pool : zone.pools) lines += std::string(kPoolLine) + pool.name + "\n";
  return lines;
}

std::vector<std::string> archive_pools(std::string_view archive) {
  std::vector<std::string> pools;
  const auto end = archive.find(kEndConfiguration);
  if (end == std::string_view::npos) return pools;
  for (auto at = end + kEndConfiguration.size(); at < archive.size();) {
    const auto next = std::min(archive.find('\n', at), archive.size());
    const std::string_view line = archive.substr(at, next - at);
    if (line.starts_with(kPoolLine)) pools.emplace_back(line.substr(kPoolLine.size()));
    at = next + 1;
  }
  return pools;
}

}  // namespace kzsim::zones
