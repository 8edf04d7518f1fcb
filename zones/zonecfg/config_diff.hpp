#pragma once
// What applying one configuration over another changes, in the words live reconfiguration
// prints after "Checking: " (guide ch. 4): "Adding device storage=dev:/dev/dsk/cNtXd",
// "Adding anet id=2", "Modifying virtual-cpu ncpus=8", "Removing device storage=...".
// For `zonecfg -r commit` and `zoneadm apply` alike.
#include <string>
#include <vector>

#include "zones/zone_config.hpp"

namespace kzsim::zones {

std::vector<std::string> describe_changes(const ZoneConfig& from, const ZoneConfig& to);

}  // namespace kzsim::zones
