// psrinfo: processors of the host (illumos psrinfo formats). -vp indents core lines two spaces
// and the chip line four on SPARC as on x86 (FusionInventory agent's Solaris 11 sample
// resources/solaris/psrinfo/solaris11-psrinfo_vp: "  The core has 4 virtual processors (0-3)",
// "    UltraSPARC-T1 (chipid 0, clock 1000 MHz)"; the x86 shape as solaris-facts §7's Ivy Bridge
// sample; the guide's T4 sample lost its indentation in the web rendering). --json (kzsim):
// a row a virtual processor, or with -p a row a physical processor with its cores' processor ids.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "core/sim_clock.hpp"
#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

// Hosts boot when the world starts.
std::string boot_time() { return SimClock{}.format("%m/%d/%Y %H:%M:%S"); }

// "0-5 12-17", "0 12", "0-47".
std::string ranges(const nlohmann::ordered_json& processor_ids) {
  std::vector<int> ids = processor_ids.get<std::vector<int>>();
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

int sockets(const Host& host) { return std::max(1, host.model->topology.sockets); }

// A row a physical processor: its cores' processor ids and the line(s) psrinfo -vp describes it with.
Listing physical_rows(const Host& host) {
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  const int cores_per_socket = host.cores / sockets(host);
  const int per_core = host.model->topology.threads_per_core;
  const int clock = host.model->topology.clock_mhz;
  Listing rows;
  for (int socket = 0; socket < sockets(host); ++socket) {
    nlohmann::ordered_json cores = nlohmann::ordered_json::array();
    for (int c = 0; c < cores_per_socket; ++c) {
      nlohmann::ordered_json core_ids = nlohmann::ordered_json::array();
      for (int t = 0; t < per_core; ++t) core_ids.push_back(host.processor_id(socket * cores_per_socket + c, t));
      cores.push_back(core_ids);
    }
    std::string description;
    if (sparc) {
      description = fmt::format("{} (chipid {}, clock {} MHz)", host.model->psrinfo_name, socket, clock);
    } else if (host.model->x86) {
      const auto& id = *host.model->x86;
      description = fmt::format("x86 ({} {:X} family {} model {} step {} clock {} MHz)\n{}", id.vendor,
                                cpuid_signature(id), id.family, id.model, id.stepping, clock, id.brand);
    }
    rows.push_back({{"chipid", socket}, {"cores", cores}, {"clock_mhz", clock}, {"description", description}});
  }
  return rows;
}

std::string physical_view(const Listing& rows, bool sparc) {
  std::string text;
  for (const ListingRow& row : rows) {
    nlohmann::ordered_json all_ids = nlohmann::ordered_json::array();
    std::string cores;
    for (const auto& core_ids : row["cores"]) {
      for (const auto& id : core_ids) all_ids.push_back(id);
      cores += fmt::format("  The core has {} ({})\n",
                           plural(static_cast<int>(core_ids.size()), "virtual processor"), ranges(core_ids));
    }
    text += fmt::format("The physical processor has {} and {} ({})\n", plural(static_cast<int>(row["cores"].size()), "core"),
                        plural(static_cast<int>(all_ids.size()), "virtual processor"), ranges(all_ids));
    text += cores;
    const std::string description = row["description"].get<std::string>();
    if (sparc) {
      text += "    " + description + "\n";
    } else if (!description.empty()) {
      const auto newline = description.find('\n');
      text += fmt::format("    {}\n      {}\n", description.substr(0, newline), description.substr(newline + 1));
    }
  }
  return text;
}

// A row a virtual processor, as psrinfo and psrinfo -v show it.
Listing virtual_rows(const Host& host, const SimClock& clock) {
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  Listing rows;
  for (int id = 0; id < host.threads(); ++id)
    rows.push_back({{"id", id},
                    {"status", "on-line"},
                    {"since", boot_time()},
                    {"as_of", clock.format("%m/%d/%Y %H:%M:%S")},
                    {"type", sparc ? "sparcv9" : "i386"},
                    {"clock_mhz", host.model->topology.clock_mhz},
                    {"fpu", sparc ? "sparcv9" : "i387 compatible"}});
  return rows;
}

std::string verbose_view(const Listing& rows) {
  std::string text;
  for (const ListingRow& row : rows) {
    const std::string fpu = row["fpu"].get<std::string>();
    text += fmt::format(
        "Status of virtual processor {} as of: {}\n  {} since {}.\n"
        "  The {} processor operates at {} MHz,\n\tand has {} {} floating point processor.\n",
        cell_text(row["id"]), cell_text(row["as_of"]), cell_text(row["status"]), cell_text(row["since"]),
        cell_text(row["type"]), cell_text(row["clock_mhz"]), fpu.starts_with('i') ? "an" : "a", fpu);
  }
  return text;
}

std::string short_view(const Listing& rows) {
  std::string text;
  for (const ListingRow& row : rows)
    text += fmt::format("{}\t{:<8}  since {}\n", cell_text(row["id"]), cell_text(row["status"]), cell_text(row["since"]));
  return text;
}

int run_psrinfo(CommandContext& context) {
  const bool json = take_json_option(context.call.args);
  auto options = parse_options(context.call, "pv", "", "usage: psrinfo [-p] [-v]");
  if (!options) return 1;
  const Host& host = context.host;
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  if (options->has('p')) {
    print_listing(context.call, json, physical_rows(host), [&](const Listing& rows) {
      return options->has('v') ? physical_view(rows, sparc) : fmt::format("{}\n", rows.size());
    });
  } else {
    print_listing(context.call, json, virtual_rows(host, context.world.clock()),
                  options->has('v') ? verbose_view : short_view);
  }
  return 0;
}

const bool registered = register_command("psrinfo", run_psrinfo);

}  // namespace

}  // namespace kzsim::zones
