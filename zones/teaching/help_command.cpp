// help [COMMAND]: the commands of a simulated host with their man-page NAME lines, or one
// command's page (commands.yaml); the same page is what `COMMAND --help` prints. --json lists
// rows {"command", "summary"}.
#include <fmt/format.h>

#include <algorithm>

#include "core/shell/builtins.hpp"
#include "zones/commands.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/teaching/command_manual.hpp"

namespace kzsim::zones {

namespace {

// Inside a kernel zone (its Solaris, zones/guest), the commands the zone has.
Listing command_list(const Host& host) {
  std::vector<std::string> names =
      host.virtualization == Virtualization::KernelZone ? guest_command_names() : command_names();
  for (std::string_view name : shell::builtin_names()) names.emplace_back(name);
  std::ranges::sort(names);
  Listing rows;
  for (const std::string& name : names) {
    const CommandManual* manual = CommandManuals::builtin().find(name);
    rows.push_back({{"command", name}, {"summary", manual ? manual->summary : ""}});
  }
  return rows;
}

// The shell's builtins take --help as their Solaris namesakes do (echo prints it), so only
// 'help COMMAND' shows their pages.
std::string command_list_text(const Listing& rows) {
  std::string text = fmt::format(
      "Commands of this host ('help COMMAND' shows one, as does 'COMMAND --help' but for the shell's {}):\n",
      fmt::join(shell::builtin_names(), ", "));
  for (const ListingRow& row : rows) {
    const auto cells = cell_texts(row);
    text += fmt::format("  {:<12} {}\n", cells[0], cells[1]);
  }
  return text;
}

int run_help(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  if (call.args.size() == 1) {
    print_listing(call, json, command_list(context.host), command_list_text);
    return 0;
  }
  if (call.args.size() == 2) {
    if (const CommandManual* manual = CommandManuals::builtin().find(call.args[1])) {
      call.out(manual->page());
      return 0;
    }
    call.err(fmt::format("help: no manual for '{}'; expected a command that 'help' lists with a summary\n",
                         call.args[1]));
    return 2;
  }
  call.err("usage: help [--json] [command]\n");
  return 2;
}

std::optional<std::string> manual_page(std::string_view command) {
  const CommandManual* manual = CommandManuals::builtin().find(command);
  return manual ? std::optional<std::string>(manual->page()) : std::nullopt;
}

const bool registered = register_command("help", run_help) && register_help_source(manual_page);

}  // namespace

}  // namespace kzsim::zones
