#pragma once
// Each kzsim subcommand lives in its own tools/cmd_*.cpp and registers itself here, so that
// adding a subcommand means adding one file. Subcommands are thin: they parse options and call
// the layers below.
#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace kzsim::tools {

struct Subcommand {
  std::string name;
  std::string description;
  // Declares the subcommand's options on `command` and returns the function that runs it,
  // which returns the process exit status.
  std::function<std::function<int()>(CLI::App& command)> setup;
};

// Called from a static initialiser in each cmd_*.cpp; returns true so that it can initialise one.
bool register_subcommand(Subcommand subcommand);

const std::vector<Subcommand>& subcommands();

}  // namespace kzsim::tools
