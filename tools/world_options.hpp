#pragma once
// The options of the subcommands that work on a world kept in a directory (kzsim exec, kzsim
// shims): --world DIR, what a new directory starts from (--scenario FILE or --machine ID) and
// the host (--host NAME, default the world's first).
#include <CLI/CLI.hpp>
#include <string>

namespace kzsim::zones {
class World;
}

namespace kzsim::tools {

struct WorldOptions {
  std::string world;
  std::string scenario;
  std::string machine;
  std::string host;
};

void add_world_options(CLI::App& command, WorldOptions& options, const std::string& host_help);

// The --host the options name, or the world's first; throws InputError for a host the world
// does not have.
std::string chosen_host(const zones::World& world, const WorldOptions& options);

}  // namespace kzsim::tools
