// Guest commands (run through zlogin) that report the zone's virtual machine: uname -a,
// pagesize, psrinfo and prtconf (guide ch.4 "prtconf | grep Memory", typed at the zone's prompt;
// prtconf honours that trailing "| grep WORD"). pagesize and psrinfo take --json (kzsim) as the
// host's do: rows {"pagesize": BYTES} and {"id": N, "status": "on-line"}.
#include <sstream>

#include <fmt/format.h>

#include "zones/devices/guest_commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/release_version.hpp"

namespace kzsim::zones {

namespace {

// What the guest's firmware keeps of its memory: a SPARC kernel zone reports its whole
// capped-memory:physical (Oracle blog "Changing memory size of running Solaris Kernel Zones",
// solaris-facts BLOG-MLZR: 12G shows "Memory size: 12288 Megabytes" on a SPARC host); on x86 the
// BIOS keeps 2M (INFERRED from the guide's 16G kz3 reporting 16382 Megabytes).
constexpr Bytes kX86FirmwareMemory = 2 * MiB;

const ZoneConfig& running_config(const Zone& zone) { return zone.live ? *zone.live : zone.config; }

bool sparc(const GuestCommandContext& guest) { return guest.host.host.arch() == catalog::Arch::Sparc; }

int run_uname(GuestCommandContext& guest) {
  if (guest.call.args.size() != 2 || guest.call.args[1] != "-a") {
    guest.call.err("uname: expected uname -a\n");
    return 2;
  }
  guest.call.out(fmt::format("SunOS {} 5.11 {} {}\n", guest.zone.name, release_version(guest.zone.guest_os),
                             sparc(guest) ? "sun4v sparc sun4v" : "i86pc i386 i86pc"));
  return 0;
}

int run_pagesize(GuestCommandContext& guest) {
  const bool json = take_json_option(guest.call.args);
  const Listing rows{ListingRow{{"pagesize", sparc(guest) ? 8192 : 4096}}};
  print_listing(guest.call, json, rows, [](const Listing& listed) { return cell_text(listed[0]["pagesize"]) + "\n"; });
  return 0;
}

int run_psrinfo(GuestCommandContext& guest) {
  const bool json = take_json_option(guest.call.args);
  const Resource* vcpu = running_config(guest.zone).first("virtual-cpu");
  const int ncpus = vcpu ? std::stoi(vcpu->get("ncpus").value_or("4")) : 4;
  Listing rows;
  for (int cpu = 0; cpu < ncpus; ++cpu) rows.push_back({{"id", cpu}, {"status", "on-line"}});
  print_listing(guest.call, json, rows, [](const Listing& listed) {
    std::string text;
    for (const ListingRow& row : listed) text += cell_text(row["id"]) + "\t" + cell_text(row["status"]) + "\n";
    return text;
  });
  return 0;
}

int run_prtconf(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  const bool filtered = args.size() == 4 && args[1] == "|" && args[2] == "grep";
  if (args.size() != 1 && !filtered) {
    guest.call.err("prtconf: expected prtconf or prtconf | grep WORD\n");
    return 2;
  }
  const Resource* capped = running_config(guest.zone).first("capped-memory");
  const Bytes memory = parse_size(capped ? capped->get("physical").value_or("4G") : "4G").value_or(0);
  std::istringstream lines(fmt::format("System Configuration:  Oracle Corporation  {}\nMemory size: {} Megabytes\n",
                                       sparc(guest) ? "sun4v" : "i86pc",
                                       (memory - (sparc(guest) ? 0 : kX86FirmwareMemory)) / MiB));
  for (std::string line; std::getline(lines, line);) {
    if (!filtered || line.find(args[3]) != std::string::npos) guest.call.out(line + "\n");
  }
  return 0;
}

const bool registered = register_guest_command("uname", run_uname) && register_guest_command("pagesize", run_pagesize) &&
                        register_guest_command("psrinfo", run_psrinfo) && register_guest_command("prtconf", run_prtconf);

}  // namespace

}  // namespace kzsim::zones
