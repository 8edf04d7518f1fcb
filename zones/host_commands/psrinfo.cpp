// psrinfo: processors of the host (illumos psrinfo formats; the SPARC -vp shape as the guide's
// T4 sample prints it, the x86 shape as solaris-facts §7's Ivy Bridge sample).
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "core/sim_clock.hpp"
#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

// Hosts boot when the world starts.
std::string boot_time() { return SimClock{}.format("%m/%d/%Y %H:%M:%S"); }

// SPARC numbers a core's strands consecutively; x86 numbers the first thread of every core
// first, then the second thread of every core.
int processor_id(const Host& host, int core, int thread) {
  const int per_core = host.model->topology.threads_per_core;
  return host.arch() == catalog::Arch::Sparc ? core * per_core + thread : thread * host.cores + core;
}

// "0-5 12-17", "0 12", "0-47".
std::string ranges(std::vector<int> ids) {
  std::sort(ids.begin(), ids.end());
  std::string text;
  for (std::size_t i = 0; i < ids.size();) {
    std::size_t j = i;
    while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1) ++j;
    text += (text.empty() ? "" : " ") + (i == j ? fmt::format("{}", ids[i]) : fmt::format("{}-{}", ids[i], ids[j]));
    i = j + 1;
  }
  return text;
}

std::string plural(int count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

unsigned cpuid_signature(const catalog::X86Identity& id) {
  const unsigned family = static_cast<unsigned>(id.family), model = static_cast<unsigned>(id.model);
  const unsigned extended_family = family > 15 ? family - 15 : 0;
  return extended_family << 20 | (model >> 4) << 16 | std::min(family, 15u) << 8 | (model & 0xF) << 4 |
         static_cast<unsigned>(id.stepping);
}

int sockets(const Host& host) { return std::max(1, host.model->topology.sockets); }

std::string physical_view(const Host& host) {
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  const int cores_per_socket = host.cores / sockets(host);
  const int per_core = host.model->topology.threads_per_core;
  const std::string core_indent = sparc ? "" : "  ";
  std::string text;
  for (int socket = 0; socket < sockets(host); ++socket) {
    std::vector<int> socket_ids;
    std::string cores;
    for (int c = 0; c < cores_per_socket; ++c) {
      std::vector<int> core_ids;
      for (int t = 0; t < per_core; ++t) core_ids.push_back(processor_id(host, socket * cores_per_socket + c, t));
      socket_ids.insert(socket_ids.end(), core_ids.begin(), core_ids.end());
      cores += fmt::format("{}The core has {} ({})\n", core_indent, plural(per_core, "virtual processor"),
                           ranges(core_ids));
    }
    text += fmt::format("The physical processor has {} and {} ({})\n", plural(cores_per_socket, "core"),
                        plural(static_cast<int>(socket_ids.size()), "virtual processor"), ranges(socket_ids));
    text += cores;
    const int clock = host.model->topology.clock_mhz;
    if (sparc) {
      text += fmt::format("{} (chipid {}, clock {} MHz)\n", host.model->psrinfo_name, socket, clock);
    } else if (host.model->x86) {
      const auto& id = *host.model->x86;
      text += fmt::format("    x86 ({} {:X} family {} model {} step {} clock {} MHz)\n      {}\n", id.vendor,
                          cpuid_signature(id), id.family, id.model, id.stepping, clock, id.brand);
    }
  }
  return text;
}

std::string verbose_view(const Host& host, const SimClock& clock) {
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  std::string text;
  for (int id = 0; id < host.threads(); ++id)
    text += fmt::format(
        "Status of virtual processor {} as of: {}\n  on-line since {}.\n"
        "  The {} processor operates at {} MHz,\n\tand has {} floating point processor.\n",
        id, clock.format("%m/%d/%Y %H:%M:%S"), boot_time(), sparc ? "sparcv9" : "i386",
        host.model->topology.clock_mhz, sparc ? "a sparcv9" : "an i387 compatible");
  return text;
}

int run_psrinfo(CommandContext& context) {
  auto options = parse_options(context.call, "pv", "", "usage: psrinfo [-p] [-v]");
  if (!options) return 1;
  const Host& host = context.host;
  std::string text;
  if (options->has('p') && options->has('v')) {
    text = physical_view(host);
  } else if (options->has('p')) {
    text = fmt::format("{}\n", sockets(host));
  } else if (options->has('v')) {
    text = verbose_view(host, context.world.clock());
  } else {
    for (int id = 0; id < host.threads(); ++id) text += fmt::format("{}\t{:<8}  since {}\n", id, "on-line", boot_time());
  }
  context.call.out(text);
  return 0;
}

const bool registered = register_command("psrinfo", run_psrinfo);

}  // namespace

}  // namespace kzsim::zones
