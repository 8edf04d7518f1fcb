// svccfg -s FMRI [setprop pg/prop=value | refresh], or interactively with the FMRI as prompt.
#include <fmt/format.h>

#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/smf.hpp"

namespace kzsim::zones {

namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// "pg/prop=value", "pg/prop = astring: value", values optionally in double quotes.
bool set_property(Service& entity, std::string_view assignment) {
  const auto equals = assignment.find('=');
  const std::string_view name = trim(assignment.substr(0, equals));
  const auto slash = name.find('/');
  if (equals == std::string_view::npos || slash == std::string_view::npos || slash == 0 ||
      slash + 1 == name.size())
    return false;
  std::string_view value = trim(assignment.substr(equals + 1));
  if (const auto colon = value.find(": "); colon != std::string_view::npos &&
                                           value.substr(0, colon).find_first_of("\" /") == std::string_view::npos)
    value = trim(value.substr(colon + 1));
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
  entity.properties[std::string(name.substr(0, slash))][std::string(name.substr(slash + 1))] = std::string(value);
  return true;
}

// Runs one svccfg subcommand on the selected entity; false when it is not understood.
bool run_subcommand(CommandContext& context, Service& entity, std::string_view line) {
  line = trim(line);
  const bool setprop = line.starts_with("setprop ");
  if ((setprop || line == "refresh") && !(setprop ? may_modify_services(context) : may_manage_services(context))) {
    context.call.err("svccfg: Permission denied.\n");
    return false;
  }
  if (setprop) {
    if (set_property(entity, line.substr(8))) return true;
    context.call.err(fmt::format("svccfg: setprop: expected pg/prop=value, not \"{}\"\n", trim(line.substr(8))));
    return false;
  }
  if (line == "refresh") {
    run_service_actions(context, entity, "refresh");
    return true;
  }
  context.call.err(fmt::format("svccfg: unknown subcommand \"{}\"; expected setprop pg/prop=value, refresh or exit\n", line));
  return false;
}

int run_svccfg(CommandContext& context) {
  auto& call = context.call;
  auto options = parse_options(call, "", "s", "Usage: svccfg -s FMRI [subcommand]");
  if (!options) return 2;
  if (!options->values.contains('s')) {
    call.err("svccfg: expected -s FMRI\n");
    return 2;
  }
  const std::string& name = options->values['s'];
  Service* entity = host_services(context).entity(name);
  if (entity == nullptr) {
    call.err(fmt::format("svccfg: Pattern '{}' doesn't match any instances or services\n", name));
    return 1;
  }
  if (!options->operands.empty()) {
    std::string line;
    for (const auto& word : options->operands) line += (line.empty() ? "" : " ") + word;
    return run_subcommand(context, *entity, line) ? 0 : 1;
  }
  int status = 0;
  const std::string prompt = entity->fmri + "> ";
  while (auto line = call.input.read_line(prompt)) {
    const std::string_view command = trim(*line);
    if (command == "exit" || command == "quit" || command == "end") break;
    if (command.empty() || command.front() == '#') continue;
    if (!run_subcommand(context, *entity, command)) status = 1;
  }
  return status;
}

const bool registered = register_command("svccfg", run_svccfg);

}  // namespace

}  // namespace kzsim::zones
