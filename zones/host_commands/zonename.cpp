// zonename: the name of the zone the command runs in. "global" in the global zone and inside a
// kernel zone (its own kernel makes it a global zone of its own), the zone's name in a
// solaris-brand zone: a Solaris 11.3 lab's `zonename` in each (GitHub file id 13245667600).
#include "zones/commands.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

int print_zonename(shell::Invocation& call, std::string_view name) {
  if (!parse_options(call, "", "", "usage: zonename")) return 1;
  call.out(std::string(name) + "\n");
  return 0;
}

int run_zonename(CommandContext& context) { return print_zonename(context.call, "global"); }

int run_guest_zonename(GuestCommandContext& context) {
  return print_zonename(context.call, context.zone.config.brand == "solaris-kz" ? "global" : context.zone.name);
}

const bool registered = register_command("zonename", run_zonename);
const bool registered_in_zones = register_guest_command("zonename", run_guest_zonename);

}  // namespace

}  // namespace kzsim::zones
