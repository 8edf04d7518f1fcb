// prtconf: the system configuration's header, as prtconf(8) prints it first ("System
// Configuration:  Oracle Corporation  sun4v" and "Memory size: N Megabytes"), or with -m the
// memory size in megabytes alone. The same command answers in the global zone and inside a
// kernel zone (zones/guest/shared_commands; guide ch.4 "prtconf | grep Memory" typed at the zone's
// prompt). The device tree that follows on a real system is not modelled.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

// INFERRED: a kernel zone's firmware keeps 2M of its memory (the guide's 16G kz3 reports 16382M).
constexpr Bytes kKernelZoneFirmwareMemory = 2 * MiB;

Bytes visible_memory(const Host& host) {
  return host.memory - (host.virtualization == Virtualization::KernelZone ? kKernelZoneFirmwareMemory : 0);
}

int run_prtconf(CommandContext& context) {
  auto options = parse_options(context.call, "m", "", "usage: prtconf [-m]");
  if (!options) return 1;
  if (!options->operands.empty()) {
    context.call.err(fmt::format("prtconf: {}: unexpected operand\nusage: prtconf [-m]\n", options->operands.front()));
    return 1;
  }
  const Bytes megabytes = visible_memory(context.host) / MiB;
  if (options->has('m')) {
    context.call.out(fmt::format("{}\n", megabytes));
    return 0;
  }
  context.call.out(fmt::format("System Configuration:  Oracle Corporation  {}\nMemory size: {} Megabytes\n",
                               context.host.arch() == catalog::Arch::Sparc ? "sun4v" : "i86pc", megabytes));
  return 0;
}

const bool registered = register_command("prtconf", run_prtconf);

}  // namespace

}  // namespace kzsim::zones
