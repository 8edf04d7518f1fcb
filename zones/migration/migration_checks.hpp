#pragma once
// The requirements of guide ch.5 "Kernel Zone Migration Requirements" that do not depend on the
// zone's configuration on the target. Each check returns the refusal's text (without the
// "zoneadm: zone 'Z': " prefix), or "" when the requirement holds.
#include <string>

#include "zones/migration/migration_uri.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

enum class MigrationType { Cold, Warm, Live };

std::string_view migration_type_name(MigrationType type);  // "cold", "warm", "live"

// Architecture family, kernel-zone capability of the target, RAD/NTP/kz-migr services, OS
// releases, SPARC live-migration firmware floors.
std::string check_hosts(const Host& source, const Host& target, const MigrationUri& uri, MigrationType type);

// iov, allow-mhd.
std::string check_zone_features(const Host& source, const Host& target, const Zone& zone, MigrationType type);

// Every device (and, for warm migration, the suspend resource) on shared storage that both
// hosts reach.
std::string check_storage(const World& world, const Host& source, const Host& target, const Zone& zone,
                          MigrationType type);

// The caller's rights on the source (Zone Migration, Zone Cold Migration, solaris.zone.migrate)
// and, when the configuration is imported, the target user's (Zone Configuration).
std::string check_source_rights(const Host& source, std::string_view user, const Zone& zone, MigrationType type);
std::string check_target_rights(const Host& target, std::string_view user);

}  // namespace kzsim::zones
