#pragma once
// dladm create-aggr: the rules a new link aggregation must meet.
#include <optional>
#include <string>

#include "zones/network/datalinks.hpp"

namespace kzsim::zones {

// Adds the aggregation, or says why not: a name already taken or not a link name, fewer than
// two ports, a port that is no NIC or is already aggregated, a mode other than dlmp or trunk.
std::optional<std::string> add_aggregation(Datalinks& links, Aggregation aggregation);

}  // namespace kzsim::zones
