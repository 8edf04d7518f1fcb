#pragma once
// A world built from a scenario text's hosts, for the teaching tests that run commands in it.
#include <memory>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "core/scenario/load.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::testing {

struct TeachingWorld {
  std::unique_ptr<World> world;

  // `hosts` is the body of the scenario's hosts map, one "name: {machine: id}" a line.
  explicit TeachingWorld(std::string_view hosts = "global: {machine: sparc-t5}") {
    std::string indented;
    for (std::size_t at = 0; at < hosts.size();) {
      const auto end = hosts.find('\n', at);
      indented += "  " + std::string(hosts.substr(at, end == std::string_view::npos ? end : end - at)) + "\n";
      at = end == std::string_view::npos ? hosts.size() : end + 1;
    }
    auto built = scenario::build_world(scenario::load_scenario_text(
        fmt::format("format: 1\nname: teaching\nhosts:\n{}steps:\n  - run: 'true'\n", indented), "teaching.yaml"));
    world.reset(dynamic_cast<World*>(built.release()));
  }

  scenario::Transcript run(std::string command) {
    scenario::RunStep step;
    step.command = std::move(command);
    return world->run(step);
  }
};

}  // namespace kzsim::zones::testing
