// kzsim: a full-system simulator of Oracle Solaris kernel-zone hosts.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>
#include <map>

#include "core/error.hpp"
#include "tools/subcommand.hpp"

int main(int argc, char** argv) {
  CLI::App app{"kzsim: simulated Oracle Solaris kernel-zone hosts", "kzsim"};
  app.require_subcommand(1);
  std::map<const CLI::App*, std::function<int()>> runners;
  for (const auto& subcommand : kzsim::tools::subcommands()) {
    CLI::App* command = app.add_subcommand(subcommand.name, subcommand.description);
    runners[command] = subcommand.setup(*command);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    for (const auto& [command, run] : runners)
      if (command->parsed()) return run();
  } catch (const kzsim::InputError& e) {
    std::cerr << "kzsim: " << e.what() << "\n";
    return 2;
  }
  return 2;
}
