#pragma once
// Helpers shared by the architecture tests of exec::Guest (tests/machine/<arch>/).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/exec/guest.hpp"

namespace kzsim::exec::testing {

// Runs in slices of `slice` instructions until the guest stops for another reason than the
// budget or idling (idle time is not simulated here); returns that result and how many slices it took.
inline std::pair<RunResult, int> run_to_end(Guest& guest, std::uint64_t slice, int max_slices = 1'000'000) {
  RunResult result;
  int slices = 0;
  do {
    result = guest.run(slice);
    ++slices;
  } while ((result.reason == StopReason::BudgetSpent || result.reason == StopReason::Idle) && slices < max_slices);
  return {result, slices};
}

inline bool has_line(const std::vector<std::string>& console, const std::string& line) {
  return std::find(console.begin(), console.end(), line) != console.end();
}

}  // namespace kzsim::exec::testing
