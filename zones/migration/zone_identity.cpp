#include "zones/migration/zone_identity.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "zones/migration/zone_storage.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kIdentityBlock = "identity";

struct Identity {
  std::string uuid;
  std::string boot_environment_uuid;
};

std::optional<Identity> parse(std::string_view text) {
  Identity identity;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.starts_with("uuid=")) identity.uuid = line.substr(5);
    if (line.starts_with("be-uuid=")) identity.boot_environment_uuid = line.substr(8);
    start = end + 1;
  }
  if (identity.uuid.empty() || identity.boot_environment_uuid.empty()) return std::nullopt;
  return identity;
}

}  // namespace

bool give_identity(World& world, Host& host, Zone& zone, const SeededRandom& random) {
  zone.uuid = random_uuid(random);
  zone.boot_environment_uuid = random_uuid(random.fork("boot-environment"));
  return write_block(world, host, boot_storage(zone.name, zone.config), kIdentityBlock,
                     fmt::format("uuid={}\nbe-uuid={}\n", zone.uuid, zone.boot_environment_uuid));
}

void adopt_identity(const World& world, const Host& host, Zone& zone) {
  const auto block = read_block(world, host, boot_storage(zone.name, zone.config), kIdentityBlock);
  if (const auto identity = block ? parse(*block) : std::nullopt) {
    zone.uuid = identity->uuid;
    zone.boot_environment_uuid = identity->boot_environment_uuid;
    return;
  }
  const SeededRandom random = host.rng.fork(fmt::format("identity/{}/{}", zone.name, world.clock().now().count()));
  if (zone.uuid.empty()) zone.uuid = random_uuid(random.fork("zone"));
  if (zone.boot_environment_uuid.empty()) zone.boot_environment_uuid = random_uuid(random.fork("boot-environment"));
}

}  // namespace kzsim::zones
