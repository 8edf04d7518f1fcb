// Guest commands (run through zlogin) that report the zone's virtual machine: pagesize and
// psrinfo. They take --json (kzsim) as the host's do: rows {"pagesize": BYTES} and
// {"id": N, "status": "on-line"}. uname and prtconf are the host's, run on the zone's Solaris
// (zones/guest/shared_commands).
#include <fmt/format.h>

#include "zones/devices/guest_commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/release_version.hpp"

namespace kzsim::zones {

namespace {

const ZoneConfig& running_config(const Zone& zone) { return zone.live ? *zone.live : zone.config; }

bool sparc(const GuestCommandContext& guest) { return guest.host.host.arch() == catalog::Arch::Sparc; }

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

const bool registered = register_guest_command("pagesize", run_pagesize) &&
                        register_guest_command("psrinfo", run_psrinfo);

}  // namespace

}  // namespace kzsim::zones
