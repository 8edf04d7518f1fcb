#pragma once
// A fresh simulated world for each fuzz input, so that a crash reproduces from its input alone:
// a SPARC T7 host at 11.4.81 (global1) and an x86 host at 11.3 (global2, an older release that
// refuses some imported configuration lines).
#include <memory>
#include <string>
#include <string_view>

#include "core/scenario/load.hpp"
#include "zones/world.hpp"

namespace kzsim::fuzz {

inline std::unique_ptr<zones::World> fresh_world() {
  static const scenario::Scenario scenario = scenario::load_scenario_text(
      "format: 1\nname: fuzz\nhosts:\n  global1: {machine: sparc-t7, os: '11.4.81'}\n"
      "  global2: {machine: intel-haswell, os: '11.3', memory: 64G}\n"
      "users:\n  - {name: jdoe, host: global1, profiles: [Zone Configuration]}\n"
      "steps:\n  - run: 'true'\n",
      "fuzz.yaml");
  auto built = scenario::build_world(scenario);
  return std::unique_ptr<zones::World>(dynamic_cast<zones::World*>(built.release()));
}

inline scenario::Transcript run(zones::World& world, std::string command, std::string host = "global1",
                                std::optional<std::string> stdin_text = std::nullopt) {
  scenario::RunStep step;
  step.command = std::move(command);
  step.host = std::move(host);
  step.stdin_text = std::move(stdin_text);
  return world.run(step);
}

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace kzsim::fuzz
