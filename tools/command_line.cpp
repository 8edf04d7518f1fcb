#include "tools/command_line.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "core/catalog/edit_distance.hpp"
#include "core/error.hpp"
#include "core/shell/builtins.hpp"
#include "tools/banner.hpp"
#include "tools/subcommand.hpp"
#include "zones/commands.hpp"

namespace kzsim::tools {

namespace {

// "kzsim: unknown subcommand 'WORD'; expected one of ... (closest: ...)"; a command of the
// simulated hosts (explain, zonecfg, ...) is typed in kzsim shell or kzsim exec.
std::string unknown_subcommand(std::string_view word, const std::vector<std::string>& names) {
  std::string text = fmt::format("kzsim: unknown subcommand '{}'; expected one of {}", word, fmt::join(names, ", "));
  const auto close = catalog::close_matches(word, names);
  if (!close.empty()) text += fmt::format(" (closest: {})", close.front());
  std::vector<std::string> host_commands = zones::command_names();
  for (std::string_view builtin : shell::builtin_names()) host_commands.emplace_back(builtin);
  if (std::ranges::find(host_commands, word) != host_commands.end())
    text += fmt::format(
        "; '{0}' is a command of the simulated hosts: type it at the prompt of 'kzsim shell --machine ID' or "
        "run 'kzsim exec --world DIR --machine ID -- {0} ...'",
        word);
  return bounded_quotes(text) + "\n";
}

}  // namespace

CommandLine::CommandLine() {
  app_.require_subcommand(1);
  app_.set_version_flag("--version", fmt::format("kzsim {}", version()));
  for (const auto& subcommand : subcommands()) {
    CLI::App* command = app_.add_subcommand(subcommand.name, subcommand.description);
    runners_[command] = subcommand.setup(*command);
  }
}

std::optional<int> CommandLine::parse(int argc, const char* const* argv) {
  if (argc > 1 && !std::string_view(argv[1]).starts_with('-')) {
    std::vector<std::string> names;
    for (const auto& subcommand : subcommands()) names.push_back(subcommand.name);
    if (std::ranges::find(names, argv[1]) == names.end()) {
      std::cerr << unknown_subcommand(argv[1], names);
      return 2;
    }
  }
  try {
    app_.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::ostringstream errors;
    const int status = app_.exit(e, std::cout, errors);
    std::cerr << bounded_quotes(errors.str());
    return status == 0 ? 0 : 2;
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
    std::cerr << bounded_quotes(fmt::format("kzsim: {}\n", e.what()));
    return 2;
  }
  return 2;
}

}  // namespace kzsim::tools
