#pragma once
// The requirements of guide ch.5 "Kernel Zone Migration Requirements" that do not depend on the
// zone's configuration on the target. A refusal's text goes after "zoneadm: zone 'Z': ".
#include <string>
#include <vector>

#include "zones/migration/migration_uri.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

enum class MigrationType { Cold, Warm, Live };

std::string_view migration_type_name(MigrationType type);  // "cold", "warm", "live"

// Each rule group gives every refusal it finds, in the order zoneadm checks them: zoneadm
// prints the first, kzsim advise all of them.
struct MigrationRefusal {
  std::string text;
  std::string section;  // the guide section that states the requirement
};
using MigrationRefusals = std::vector<MigrationRefusal>;

// Architecture family, kernel-zone capability of the target, RAD/NTP/kz-migr services, OS
// releases, SPARC live-migration firmware floors, maintenance mode of the target.
MigrationRefusals host_refusals(const Host& source, const Host& target, const MigrationUri& uri, MigrationType type);

// A zone stopped in kmdb (auxiliary state debugging, guide ch.7 "Kernel Zone Auxiliary States
// Viewed From the Global Zone") has its guest halted in the debugger, which cannot take part in
// `operation` ("be suspended", "migrate live"); "" for any other zone. The wording is kzsim's:
// the guide shows no such refusal.
std::string debugger_refusal(const Zone& zone, std::string_view operation);

// The zone in the debugger (live), iov, allow-mhd.
MigrationRefusals zone_feature_refusals(const Host& source, const Host& target, const Zone& zone, MigrationType type);

// Every device (and, for warm migration, the suspend resource) on shared storage that both
// hosts reach.
MigrationRefusals storage_refusals(const World& world, const Host& source, const Host& target, const Zone& zone,
                          MigrationType type);

// Live migration of a zone whose memory comes from a reservation pool (capped-memory:
// memory-reserve; ch.2 "Memory Reservation Pools for Kernel Zones"): the same pool enabled on
// the target, in pages not smaller than those backing the zone on the source. The guide states
// the rule, not a message: the text is the guide's statement of it. "" when it holds.
std::string memory_reserve_refusal(const Host& source, const Host& target, const Zone& zone);

// The caller's rights on the source (Zone Migration, Zone Cold Migration, solaris.zone.migrate)
// and, when the configuration is imported, the target user's (Zone Configuration).
std::string check_source_rights(const Host& source, std::string_view user, const Zone& zone, MigrationType type);
std::string check_target_rights(const Host& target, std::string_view user);

}  // namespace kzsim::zones
