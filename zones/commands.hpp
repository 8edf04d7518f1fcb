#pragma once
// The table of commands a simulated host answers (virtinfo, svcs, zonecfg, ...). Each command
// lives in its own file and registers itself with a static initialiser:
//   const bool registered = register_command("virtinfo", run_virtinfo);
// (zones_dep links kzsim_zones whole so that these registrations are kept.)
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"

namespace kzsim::zones {

class World;
struct Host;
struct Service;

struct CommandContext {
  World& world;
  Host& host;
  shell::Invocation& call;
};

using CommandFn = int (*)(CommandContext&);

bool register_command(std::string name, CommandFn command);
CommandFn find_command(std::string_view name);  // nullptr when no command has that name
std::vector<std::string> command_names();       // sorted

// `COMMAND --help`: a manual page from the registered source (zones/teaching), which World::run
// prints instead of running the command; nothing for other arguments or a command without one.
using HelpSource = std::optional<std::string> (*)(std::string_view command);
bool register_help_source(HelpSource source);
std::optional<std::string> help_page(const std::vector<std::string>& args);

// `--json` on a form that takes none: a one-line refusal naming the command and the forms that
// take it (from the registered source, zones/teaching: commands.yaml's json: entries), which
// World::run prints for a host command and zlogin for a command it runs in a zone (`zone`: its
// name), with exit status 2, instead of running the command; nothing when a form takes it or
// there is no --json. A zlogin line's --json belongs to the command it runs, checked there.
using JsonRefusalSource = std::optional<std::string> (*)(const std::vector<std::string>& args, std::string_view zone);
bool register_json_refusal_source(JsonRefusalSource source);
std::optional<std::string> json_refusal(const std::vector<std::string>& args, std::string_view zone = {});

// What a layer does when svcadm acts on its service (the memory layer checks and reserves
// memory when svc:/system/memory-reserve is enabled or refreshed). `action` is "enable",
// "disable", "refresh", "restart" or "clear"; the service's new state is already set and the
// handler may change it (to maintenance, with a reason).
using ServiceActionFn = void (*)(CommandContext& context, Service& service, std::string_view action);
bool register_service_action(std::string service_fmri, ServiceActionFn action);  // "svc:/system/memory-reserve"
void run_service_actions(CommandContext& context, Service& service, std::string_view action);

}  // namespace kzsim::zones
