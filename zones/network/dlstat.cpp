// dlstat show-link: traffic counters of a host's links, shadow VNICs of kernel zones included.
// --json (kzsim): a row a link, keyed by the columns the text shows.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/network/anet_links.hpp"
#include "zones/network/columns.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage = "usage: dlstat show-link [LINK]";

struct Counters {
  int in_packets = 0, in_bytes = 0, out_packets = 0, out_bytes = 0;
};

// kzsim model: no traffic reaches the simulated hosts; a booted zone's VNIC has sent the three
// 42-byte gratuitous ARP frames a link sends when its address comes up.
Counters counters_of(bool booted_vnic) { return booted_vnic ? Counters{0, 0, 3, 126} : Counters{}; }

int run_dlstat(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  if (call.args.size() < 2 || call.args[1] != "show-link") {
    call.err(fmt::format("dlstat: unknown subcommand '{}'\n{}\n", call.args.size() > 1 ? call.args[1] : "", kUsage));
    return 1;
  }
  auto options = parse_options(call, "", "", kUsage, 2);
  if (!options) return 1;
  auto links = load_datalinks(context.host);
  if (!links.links) {
    call.err(fmt::format("dlstat: {}\n", links.error));
    return 1;
  }
  std::vector<std::pair<std::string, Counters>> rows;
  for (const auto& nic : links.links->physical) rows.emplace_back(nic.name, counters_of(false));
  for (const auto& aggregation : links.links->aggregations) rows.emplace_back(aggregation.name, counters_of(false));
  for (const auto& vnic : anet_links(context.host, *links.links)) rows.emplace_back(vnic.host_name, counters_of(true));
  std::vector<std::vector<std::string>> shown;
  for (const auto& [name, counters] : rows) {
    if (!options->operands.empty() && options->operands.front() != name) continue;
    shown.push_back({name, std::to_string(counters.in_packets), std::to_string(counters.in_bytes),
                     std::to_string(counters.out_packets), std::to_string(counters.out_bytes)});
  }
  if (shown.empty() && !options->operands.empty()) {
    call.err(fmt::format("dlstat: link '{}' does not exist; expected a link dladm show-link lists\n",
                         options->operands.front()));
    return 1;
  }
  print_table(call, json, Columns({14, 9, 10, 9}), {"LINK", "IPKTS", "RBYTES", "OPKTS", "OBYTES"}, shown);
  return 0;
}

const bool registered = register_command("dlstat", run_dlstat);

}  // namespace

}  // namespace kzsim::zones
