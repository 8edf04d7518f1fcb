#pragma once
// What `kzsim shell` prints first on a terminal: one screen naming the hosts and how to get help
// and leave.
#include <string>

#include "core/shell/command.hpp"
#include "zones/world.hpp"

namespace kzsim::tools {

// "0.1.0": the project's version (meson.build).
std::string_view version();

std::string banner(const zones::World& world, const shell::Caller& caller);

}  // namespace kzsim::tools
