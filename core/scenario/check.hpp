#pragma once
// Compares what a run step printed with its `expect` block; every key in the block is checked.
#include <string>
#include <vector>

#include "core/scenario/scenario.hpp"

namespace kzsim::scenario {

// One report per key that does not hold, in the order exit, stdout, stderr, output: exact texts
// as a unified diff, -contains and -matches with the text they were searched in.
std::vector<std::string> check_expectation(const Expectation& expect, const Transcript& actual);

}  // namespace kzsim::scenario
