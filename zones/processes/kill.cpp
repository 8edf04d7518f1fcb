// kill [-SIGNAL | -s SIGNAL] PID... inside a kernel zone (guide ch.7 "Duplicate Process IDs in a
// Kernel Zone and Its Global Zone": `zlogin kzone1 kill 5678` ends the zone's process 5678, not
// the global zone's). A service's process is started again by its restarter (process_table).
// "kill: PID: no such process": ksh93's kill, which Solaris 11's /usr/bin/kill runs.
#include <fmt/format.h>

#include <charconv>

#include "zones/console/zone_console.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/guest/guest_system.hpp"
#include "zones/processes/process_table.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage = "Usage: kill [-s signame | -n signum | -signal] pid ...\n";

int run_kill(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  std::size_t next = 1;
  if (next < args.size() && args[next] == "-s") next += 2;
  else if (next < args.size() && args[next].size() > 1 && args[next].starts_with('-')) ++next;
  if (next >= args.size()) {
    guest.call.err(std::string(kUsage));
    return 2;
  }
  Host& system = guest_system(guest.host.host, guest.zone);
  const SimDuration booted = guest.zone.console ? guest.zone.console->booted_at : SimDuration{0};
  int status = 0;
  for (; next < args.size(); ++next) {
    int pid = 0;
    const std::string& typed = args[next];
    const auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), pid);
    if (error != std::errc() || end != typed.data() + typed.size()) {
      guest.call.err(fmt::format("kill: {}: bad process or job id; expected a process id\n", typed));
      status = 1;
    } else if (!end_process(system, booted, pid, guest.host.world.clock().now())) {
      guest.call.err(fmt::format("kill: {}: no such process\n", typed));
      status = 1;
    }
  }
  return status;
}

const bool registered = register_guest_command("kill", run_kill);

}  // namespace

}  // namespace kzsim::zones
