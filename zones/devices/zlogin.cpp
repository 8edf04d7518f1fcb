// zlogin -C ZONE: the zone console (zones/console).
// zlogin [-z] ZONE [COMMAND ...]: runs a command in a running kernel zone, or reads command
// lines at a "ZONE$ " prompt until end of input (words split at blanks).
#include <fmt/format.h>

#include <sstream>

#include "zones/console/console_session.hpp"
#include "zones/devices/guest_commands.hpp"

namespace kzsim::zones {

namespace {

std::vector<std::string> words_of(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

int run_in_zone(CommandContext& context, Zone& zone, std::vector<std::string> args) {
  // pfexec inside the zone: the zone's root holds every right.
  if (!args.empty() && args.front() == "pfexec") args.erase(args.begin());
  if (args.empty()) return 0;
  const GuestCommandFn command = find_guest_command(args.front());
  if (!command) {
    context.call.err(fmt::format("{}: command not found in zone {}\n", args.front(), zone.name));
    return 127;
  }
  if (auto page = help_page(args)) {
    context.call.out(*page);
    return 0;
  }
  if (auto refusal = json_refusal(args, zone.name)) {
    context.call.err(*refusal);
    return 2;
  }
  shell::Invocation call{context.call.caller, std::move(args), context.call.input, context.call.streams};
  GuestCommandContext guest{context, zone, call};
  return command(guest);
}

int run_zlogin(CommandContext& context) {
  auto args = context.call.args;
  std::size_t at = 1;
  const bool console = at < args.size() && args[at] == "-C";
  if (console || (at < args.size() && args[at] == "-z")) ++at;
  if (at >= args.size()) {
    context.call.err("zlogin: missing zone name; expected zlogin [-z] ZONE [COMMAND] or zlogin -C ZONE\n");
    return 2;
  }
  Zone* zone = context.host.find_zone(args[at]);
  if (!zone) {
    context.call.err(fmt::format("zlogin: zone '{}' does not exist; expected a zone zoneadm list -c shows\n", args[at]));
    return 1;
  }
  if (console) return attach_console(context, *zone);
  if (zone->state != ZoneState::Running) {
    context.call.err(fmt::format("zlogin: login allowed only to running zones ({} is '{}').\n", zone->name,
                                 state_name(zone->state)));
    return 1;
  }
  if (zone->aux.contains(AuxState::Debugging)) {
    context.call.err(fmt::format("zlogin: zone '{}' is in the kernel debugger (auxiliary state debugging); expected "
                                 "zlogin -C {} to reach kmdb\n",
                                 zone->name, zone->name));
    return 1;
  }
  if (at + 1 < args.size()) return run_in_zone(context, *zone, {args.begin() + at + 1, args.end()});
  int status = 0;
  while (auto line = context.call.input.read_line(fmt::format("{}$ ", zone->name))) {
    status = run_in_zone(context, *zone, words_of(*line));
  }
  return status;
}

const bool registered = register_command("zlogin", run_zlogin);

}  // namespace

}  // namespace kzsim::zones
