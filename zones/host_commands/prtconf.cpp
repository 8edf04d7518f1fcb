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

// What the guest's firmware keeps of its memory: a SPARC kernel zone reports its whole
// capped-memory:physical (Oracle blog "Changing memory size of running Solaris Kernel Zones",
// solaris-facts BLOG-MLZR: 12G shows "Memory size: 12288 Megabytes" on a SPARC host); on x86 the
// BIOS keeps 2M (INFERRED from the guide's 16G kz3 reporting 16382 Megabytes).
constexpr Bytes kX86KernelZoneFirmwareMemory = 2 * MiB;

Bytes visible_memory(const Host& host) {
  const bool x86_kernel_zone = host.virtualization == Virtualization::KernelZone && host.arch() != catalog::Arch::Sparc;
  return host.memory - (x86_kernel_zone ? kX86KernelZoneFirmwareMemory : 0);
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
