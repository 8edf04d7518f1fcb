#pragma once
// Every reason `zoneadm migrate` of a zone to one target would fail, all at once (zoneadm
// itself stops at the first), each with the guide section that states the requirement. Calls
// the migration checks of zones/migration, one rule group at a time.
#include <string>
#include <vector>

#include "zones/world.hpp"

namespace kzsim::zones {

struct MigrationReason {
  std::string reason;
  std::string section;  // guide section title
};

// `user` migrates `zone` from `source` to `target` over ssh://user@target.
std::vector<MigrationReason> migration_reasons(const World& world, const Host& source, const Host& target,
                                               const Zone& zone, std::string_view user);

}  // namespace kzsim::zones
