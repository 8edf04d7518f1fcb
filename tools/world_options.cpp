#include "tools/world_options.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "zones/world.hpp"

namespace kzsim::tools {

void add_world_options(CLI::App& command, WorldOptions& options, const std::string& host_help) {
  command.add_option("--world", options.world, "Directory that keeps the world")->required();
  auto* scenario = command.add_option("--scenario", options.scenario, "Scenario whose world a new directory starts from");
  auto* machine = command.add_option("--machine", options.machine,
                                     "Model id (see 'kzsim models') of the one host 'global' a new directory starts with");
  scenario->excludes(machine);
  command.add_option("--host", options.host, host_help);
}

std::string chosen_host(const zones::World& world, const WorldOptions& options) {
  const std::string host = options.host.empty() ? world.host_names().front() : options.host;
  if (!world.host_exists(host))
    throw InputError(fmt::format("--host {}: no such host in world {}; expected one of its hosts", host, options.world));
  return host;
}

}  // namespace kzsim::tools
