#pragma once
// Where each zone evacuates to: the evacuation/target property of svc:/system/zones/zone, which
// a zone's instance svc:/system/zones/zone:NAME overrides. As in SMF, a value counts only once
// its entity has been refreshed (svcadm refresh, svccfg refresh); refreshing
// svc:/system/zones:default or the zone service itself commits the service's value, refreshing
// an instance commits the instance's value and the service's. The value may list several URIs
// separated by spaces; the planner then chooses among them.
#include <string>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

inline constexpr std::string_view kZoneServiceFmri = "svc:/system/zones/zone";
inline constexpr std::string_view kEvacuationTargetProperty = "evacuation/target";
inline constexpr std::string_view kEvacuationTargetsPath = "/var/share/zones/evacuation-targets";

struct EvacuationTargets {
  std::vector<std::string> uris;  // empty: no target in effect
  std::string problem;            // when empty: why ("not set", "set but not refreshed")
};

EvacuationTargets evacuation_targets(const Host& host, std::string_view zone);

// Commits the values of `refreshed` (an FMRI) as a refresh does.
void commit_evacuation_target(Host& host, std::string_view refreshed);

// "ssh://root@global2:22/path" -> "global2"; the URI itself when it has no host part.
std::string uri_host(std::string_view uri);

}  // namespace kzsim::zones
