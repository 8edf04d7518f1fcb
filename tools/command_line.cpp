#include "tools/command_line.hpp"

#include <iostream>

#include "core/error.hpp"
#include "tools/subcommand.hpp"

namespace kzsim::tools {

CommandLine::CommandLine() {
  app_.require_subcommand(1);
  for (const auto& subcommand : subcommands()) {
    CLI::App* command = app_.add_subcommand(subcommand.name, subcommand.description);
    runners_[command] = subcommand.setup(*command);
  }
}

std::optional<int> CommandLine::parse(int argc, const char* const* argv) {
  try {
    app_.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app_.exit(e) == 0 ? 0 : 2;
  }
  return std::nullopt;
}

std::string CommandLine::subcommand() const {
  for (const auto& [command, run] : runners_)
    if (command->parsed()) return command->get_name();
  return {};
}

int CommandLine::run() const {
  try {
    for (const auto& [command, run] : runners_)
      if (command->parsed()) return run();
  } catch (const InputError& e) {
    std::cerr << "kzsim: " << e.what() << "\n";
    return 2;
  }
  return 2;
}

}  // namespace kzsim::tools
