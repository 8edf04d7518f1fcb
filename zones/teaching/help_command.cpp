// help [COMMAND]: the commands of a simulated host (or, run by zlogin, of a kernel zone) with
// their man-page NAME lines, or one command's page (commands.yaml); the same page is what
// `COMMAND --help` prints. --json lists rows {"command", "summary"}.
#include <fmt/format.h>

#include <algorithm>

#include "core/shell/builtins.hpp"
#include "zones/commands.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/teaching/command_manual.hpp"

namespace kzsim::zones {

namespace {

Listing command_list(std::vector<std::string> names) {
  std::ranges::sort(names);
  Listing rows;
  for (const std::string& name : names) {
    const CommandManual* manual = CommandManuals::builtin().find(name);
    rows.push_back({{"command", name}, {"summary", manual ? manual->summary : ""}});
  }
  return rows;
}

std::string summary_lines(const Listing& rows) {
  std::string text;
  for (const ListingRow& row : rows) {
    const auto cells = cell_texts(row);
    text += fmt::format("  {:<12} {}\n", cells[0], cells[1]);
  }
  return text;
}

// The shell's builtins take --help as their Solaris namesakes do (echo prints it), so only
// 'help COMMAND' shows their pages.
std::string command_list_text(const Listing& rows) {
  return fmt::format(
             "Commands of this host ('help COMMAND' shows one, as does 'COMMAND --help' but for the shell's {}):\n",
             fmt::join(shell::builtin_names(), ", ")) +
         summary_lines(rows);
}

std::vector<std::string> host_command_names() {
  std::vector<std::string> names = command_names();
  for (std::string_view name : shell::builtin_names()) names.emplace_back(name);
  return names;
}

// Inside a kernel zone (zlogin ZONE help): the guest commands, which take --help.
std::string guest_command_list_text(const Listing& rows) {
  return "Commands of this kernel zone ('help COMMAND' or 'COMMAND --help' shows one):\n" + summary_lines(rows);
}

// help [--json] [COMMAND] with `names` (and their text) as the listing.
int help(shell::Invocation& call, std::vector<std::string> names, std::string (*text_of)(const Listing&)) {
  const bool json = take_json_option(call.args);
  if (call.args.size() == 1) {
    print_listing(call, json, command_list(std::move(names)), text_of);
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

int run_help(CommandContext& context) { return help(context.call, host_command_names(), command_list_text); }

int run_guest_help(GuestCommandContext& context) {
  return help(context.call, guest_command_names(), guest_command_list_text);
}

std::optional<std::string> manual_page(std::string_view command) {
  const CommandManual* manual = CommandManuals::builtin().find(command);
  return manual ? std::optional<std::string>(manual->page()) : std::nullopt;
}

const bool registered = register_command("help", run_help) && register_guest_command("help", run_guest_help) &&
                        register_help_source(manual_page);

}  // namespace

}  // namespace kzsim::zones
