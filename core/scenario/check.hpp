#pragma once
// Compares what a run step (and its meanwhile commands) printed with their `expect` blocks;
// every key in a block is checked.
#include <string>
#include <vector>

#include "core/scenario/scenario.hpp"

namespace kzsim::scenario {

// One report per key that does not hold, in the order exit, stdout, stderr, output: exact texts
// as a unified diff, -contains and -matches with the text they were searched in.
std::vector<std::string> check_expectation(const Expectation& expect, const Transcript& actual);

// The step's expectation (if any), then each meanwhile command's: a report for one that did not
// run (its stdin line was never read) and, under a header naming it, those of its expectation.
std::vector<std::string> check_run(const RunStep& run, const Transcript& actual);

}  // namespace kzsim::scenario
