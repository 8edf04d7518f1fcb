#pragma once
// The world a kzsim shell or exec session starts from: the hosts, files and users of a scenario
// file (its steps are not run), or one host named "global" of a machine model.
#include <memory>
#include <string>

#include "zones/world.hpp"

namespace kzsim::zones::persistence {

// Exactly one of `scenario_file` and `machine` is non-empty; throws InputError otherwise or when
// the scenario or model is refused.
std::unique_ptr<World> start_world(const std::string& scenario_file, const std::string& machine);

}  // namespace kzsim::zones::persistence
