#include "zones/persistence/world_start.hpp"

#include "core/error.hpp"
#include "core/scenario/load.hpp"

namespace kzsim::zones::persistence {

namespace {

scenario::Scenario one_host(const std::string& machine) {
  scenario::Scenario scenario;
  scenario.file = "--machine";
  scenario.name = "shell";
  scenario::HostSpec host;
  host.name = "global";
  host.machine.value = machine;
  scenario.hosts.push_back(std::move(host));
  return scenario;
}

}  // namespace

std::unique_ptr<World> start_world(const std::string& scenario_file, const std::string& machine) {
  if (scenario_file.empty() == machine.empty()) throw InputError("expected a SCENARIO file or --machine ID, not both or neither");
  auto built = scenario::build_world(machine.empty() ? scenario::load_scenario(scenario_file) : one_host(machine));
  auto& world = dynamic_cast<World&>(*built);  // build_world makes a zones::World
  built.release();
  return std::unique_ptr<World>(&world);
}

}  // namespace kzsim::zones::persistence
