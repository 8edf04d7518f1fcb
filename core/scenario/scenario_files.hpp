#pragma once
// The files `kzsim run FILE|DIR...` replays.
#include <string>
#include <vector>

namespace kzsim::scenario {

// Each argument in order; a directory stands for every *.yaml file below it, sorted. Refuses
// (InputError) a path that does not exist and a directory without scenario files.
std::vector<std::string> scenario_files(const std::vector<std::string>& arguments);

}  // namespace kzsim::scenario
