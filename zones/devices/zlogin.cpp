// zlogin -C ZONE: the zone console (zones/console).
// zlogin [-z] ZONE [COMMAND ...]: runs a command line in a running kernel zone's shell (its
// arguments joined by blanks, as Solaris's zlogin does), or reads command lines at a "ZONE$ "
// prompt until exit, logout or end of input (zones/guest/guest_shell).
#include <fmt/format.h>

#include "zones/console/console_session.hpp"
#include "zones/guest/guest_shell.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

namespace {

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
  GuestSession session(context, *zone);
  if (at + 1 < args.size()) {
    std::string line;
    for (std::size_t word = at + 1; word < args.size(); ++word) line += (line.empty() ? "" : " ") + args[word];
    return session.run(line, context.call.input, context.call.streams);
  }
  return session.interact(fmt::format("{}$ ", zone->name), context.call.input, context.call.streams);
}

const bool registered = register_command("zlogin", run_zlogin);

}  // namespace

}  // namespace kzsim::zones
