#pragma once
// Reads and validates a scenario file (format 1). Everything the format says is checked here,
// before any step runs, except the values a world builder knows (model ids, firmware, OS
// releases, virtualization), which keep their locations for it.
#include <cstddef>
#include <string>

#include "core/scenario/scenario.hpp"

namespace kzsim::scenario {

// Unless the network says otherwise every two hosts get a link and ssh trust, so the world grows
// with the square of the hosts; the repository's scenarios have at most 11, its benchmarks 20.
inline constexpr std::size_t kMaxHosts = 256;

// Refuses with an InputError naming file:line:col and what was expected.
Scenario load_scenario(const std::string& path);
Scenario load_scenario_text(const std::string& text, const std::string& file_name);

}  // namespace kzsim::scenario
