#pragma once
// The world a scenario describes. Declared here so that `kzsim run` can name it; the zones layer
// defines it (zones/), refusing with an InputError what it knows to be wrong (an unknown model
// id, firmware, OS release or virtualization value, at the value's Located<> place).
#include <memory>

#include "core/scenario/scenario.hpp"

namespace kzsim::scenario {

std::unique_ptr<World> build_world(const Scenario& scenario);

}  // namespace kzsim::scenario
