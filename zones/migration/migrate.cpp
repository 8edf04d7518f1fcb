#include "zones/migration/migrate.hpp"

#include <fmt/format.h>

#include "zones/world.hpp"

namespace kzsim::zones {

int migrate_zone(World&, Host& source, const shell::Caller&, const MigrationRequest& request, shell::Streams& streams) {
  if (source.find_zone(request.zone) == nullptr) {
    streams.err(fmt::format("zoneadm: {}: No such zone configured\n", request.zone));
    return 1;
  }
  streams.err(fmt::format("zoneadm: zone '{}': migration is not available yet in this build.\n", request.zone));
  return 1;
}

}  // namespace kzsim::zones
