#pragma once
// The table of commands a simulated host answers (virtinfo, svcs, zonecfg, ...). Each command
// lives in its own file and registers itself with a static initialiser:
//   const bool registered = register_command("virtinfo", run_virtinfo);
// (zones_dep links kzsim_zones whole so that these registrations are kept.)
#include <string>
#include <string_view>

#include "core/shell/command.hpp"

namespace kzsim::zones {

class World;
struct Host;

struct CommandContext {
  World& world;
  Host& host;
  shell::Invocation& call;
};

using CommandFn = int (*)(CommandContext&);

bool register_command(std::string name, CommandFn command);
CommandFn find_command(std::string_view name);  // nullptr when no command has that name

}  // namespace kzsim::zones
