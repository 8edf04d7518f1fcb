// Scenario files (format 1): any text is either a scenario and a world, or an InputError that
// names the place; any other exception or a crash is a finding.
#include <cstdint>

#include "core/error.hpp"
#include "core/scenario/load.hpp"
#include "tests/fuzz/fuzz_world.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto scenario = kzsim::scenario::load_scenario_text(kzsim::fuzz::text_of(data, size), "fuzz.yaml");
    kzsim::scenario::build_world(scenario);
  } catch (const kzsim::InputError&) {
  }
  return 0;
}
