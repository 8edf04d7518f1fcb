#pragma once
// `kzsim run`: replays scenario files against a simulated world and reports what did not hold.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/scenario/scenario.hpp"

namespace kzsim::scenario {

// Builds the world a scenario describes; throws InputError for what the world refuses (an
// unknown model id, say), which makes the file invalid.
using WorldBuilder = std::function<std::unique_ptr<World>(const Scenario&)>;

struct RunOptions {
  bool record = false;  // write actual outputs into the files' expect blocks
  bool show = false;    // print each step as a terminal transcript
  std::optional<std::uint64_t> seed;  // overrides every file's seed
};

// Replays each file in order. A file stops at its first step whose expectation does not hold;
// the failure (file, step number and line, command, unified diffs) goes to `report`, and the
// next file runs. Transcripts (--show) and the closing "N passed, N failed" line (files) go to
// `out`. Returns 2 if a file is invalid, else 1 if an expectation failed, else 0.
int run_scenarios(const std::vector<std::string>& files, const WorldBuilder& build,
                  const RunOptions& options, std::ostream& out, std::ostream& report);

}  // namespace kzsim::scenario
