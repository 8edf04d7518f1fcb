// Commands that the Solaris inside a kernel zone has as every Solaris does: the host's own
// implementations, run on the zone's Solaris (guest_system) instead of the global zone. zonecfg
// and zoneadm there configure and run the solaris zones nested in the kernel zone (guide ch.7
// "Managing Non-Global Zones in Kernel Zones"); uname, virtinfo and prtconf answer for the zone
// (help in a zone is zones/teaching/help_command's).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "zones/devices/guest_commands.hpp"
#include "zones/guest/guest_system.hpp"
#include "zones/requirements.hpp"

namespace kzsim::zones {

namespace {

// zoneadm subcommands that would run a kernel zone inside this one.
constexpr std::array<std::string_view, 5> kRunsKernelZone{"install", "boot", "attach", "clone", "ready"};

// "You cannot create a kernel zone inside another kernel zone" (guide ch.7 "Requirements for
// Native Zones in Kernel Zones"): what the zone's Solaris cannot run, from the same rules as
// virtinfo and `kzsim explain host` (zones/requirements), refused as zoneadm refuses.
std::optional<std::string> nested_kernel_zone_refusal(const Host& system, const std::vector<std::string>& args) {
  if (args.size() < 4 || args[1] != "-z" || std::ranges::find(kRunsKernelZone, args[3]) == kRunsKernelZone.end())
    return std::nullopt;
  const auto zone = system.zones.find(args[2]);
  if (zone == system.zones.end() || zone->second.config.brand != "solaris-kz") return std::nullopt;
  const auto blockers = kernel_zone_blockers(system);
  if (blockers.empty()) return std::nullopt;
  // The nesting rule first: the zone's memory and packages are not what stops it.
  const auto nesting = std::ranges::find_if(blockers, [](const Blocker& blocker) { return blocker.section == kNestedZonesSection; });
  return fmt::format("zoneadm: zone '{}': {}\n", args[2], (nesting != blockers.end() ? *nesting : blockers.front()).reason);
}

int run_on_guest_system(GuestCommandContext& guest) {
  Host& system = guest_system(guest.host.host, guest.zone);
  if (auto refusal = nested_kernel_zone_refusal(system, guest.call.args)) {
    guest.call.err(*refusal);
    return 1;
  }
  CommandContext context{guest.host.world, system, guest.call};
  return find_command(guest.call.args[0])(context);
}

const bool registered = register_guest_command("zonecfg", run_on_guest_system) &&
                        register_guest_command("zoneadm", run_on_guest_system) &&
                        register_guest_command("uname", run_on_guest_system) &&
                        register_guest_command("virtinfo", run_on_guest_system) &&
                        register_guest_command("prtconf", run_on_guest_system);

}  // namespace

}  // namespace kzsim::zones
