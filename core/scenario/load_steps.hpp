#pragma once
// The `steps` list of a scenario: run, advance and fault steps, checked against the names the
// scenario declares.
#include <vector>

#include "core/scenario/references.hpp"
#include "core/scenario/scenario.hpp"
#include "core/scenario/yaml_field.hpp"

namespace kzsim::scenario {

std::vector<Step> load_steps(const Field& steps, const References& names);

}  // namespace kzsim::scenario
