// dladm in the global zone: the host's NICs, aggregations and the VNICs of running kernel
// zones, in the formats of the guide's chapter 2 transcripts; the show subcommands take --json
// (kzsim), a row a line keyed by the column headers.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <functional>
#include <map>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/network/anet_links.hpp"
#include "zones/network/columns.hpp"
#include "zones/network/aggregations.hpp"
#include "zones/network/link_properties.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "usage: dladm show-phys [LINK] | show-link [LINK] | show-vnic [LINK] |\n"
    "       show-linkprop -p iov LINK | set-linkprop -p iov=VALUE LINK |\n"
    "       create-aggr -l LINK -l LINK [-m dlmp|trunk] NAME | show-aggr [-C] [NAME]";

struct DladmCall {
  CommandContext& context;
  Datalinks links;
  bool json = false;

  void show(const Columns& columns, const std::vector<std::string>& header,
            const std::vector<std::vector<std::string>>& rows) const {
    print_table(context.call, json, columns, header, rows);
  }

  int refuse(std::string_view text) const {
    context.call.err(fmt::format("dladm: {}\n", text));
    return 1;
  }
  // The operand naming one link, when given; a refusal when it names none.
  bool wanted(const Options& options, std::string_view link) const {
    return options.operands.empty() || options.operands.front() == link;
  }
  int unknown_link(const Options& options) const {
    return refuse(fmt::format("link '{}' does not exist; expected a link dladm show-link lists", options.operands.front()));
  }
};

using Subcommand = std::function<int(DladmCall&)>;

std::optional<Options> options_of(DladmCall& dladm, std::string_view flags, std::string_view with_value) {
  return parse_options(dladm.context.call, flags, with_value, kUsage, 2);
}

int show_phys(DladmCall& dladm) {
  auto options = options_of(dladm, "", "");
  if (!options) return 1;
  std::vector<std::vector<std::string>> rows;
  for (const auto& nic : dladm.links.physical) {
    if (!dladm.wanted(*options, nic.name)) continue;
    const bool connected = nic.state == "up";
    rows.push_back({nic.name, "Ethernet", nic.state, connected ? std::to_string(nic.speed_mbps) : "0",
                    connected ? "full" : "unknown", nic.device});
  }
  if (rows.empty() && !options->operands.empty()) return dladm.unknown_link(*options);
  // Solaris 11 hosts: "LINK              MEDIA                STATE      SPEED  DUPLEX    DEVICE" (an 11.x
  // SPARC host's `dladm show-phys` with net0..net4 over ixgbe and usbecm0; an Oracle Solaris 11
  // lab's "net0              Ethernet             unknown    1000   full      e1000g0").
  dladm.show(Columns({18, 21, 11, 7, 10}), {"LINK", "MEDIA", "STATE", "SPEED", "DUPLEX", "DEVICE"}, rows);
  return 0;
}

int show_link(DladmCall& dladm) {
  auto options = options_of(dladm, "", "");
  if (!options) return 1;
  // "LINK                CLASS     MTU    STATE    OVER" (Solaris 11 and 11.4 hosts alike: Oracle
  // Solaris 11 Advanced Administration Cookbook, an 11.4.76 SPARC patching walk-through).
  const Columns columns({20, 10, 7, 9});
  std::vector<std::vector<std::string>> rows;
  for (const auto& nic : dladm.links.physical) rows.push_back({nic.name, "phys", "1500", nic.state, "--"});
  for (const auto& aggregation : dladm.links.aggregations) {
    rows.push_back({aggregation.name, "aggr", "1500", dladm.links.state(aggregation.name),
                    fmt::format("{}", fmt::join(aggregation.ports, " "))});
  }
  for (const auto& vnic : anet_links(dladm.context.host, dladm.links)) {
    rows.push_back({vnic.host_name, "vnic", "1500", vnic.state, vnic.over});
  }
  std::erase_if(rows, [&](const std::vector<std::string>& row) { return !dladm.wanted(*options, row.front()); });
  if (rows.empty() && !options->operands.empty()) return dladm.unknown_link(*options);
  dladm.show(columns, {"LINK", "CLASS", "MTU", "STATE", "OVER"}, rows);
  return 0;
}

// IDS: the PVID (0 when none) followed by the VIDs passed through tagged.
std::string vlan_ids(const AnetLink& vnic) {
  std::vector<int> ids{vnic.pvid.value_or(0)};
  ids.insert(ids.end(), vnic.extra_vids.begin(), vnic.extra_vids.end());
  return fmt::format("VID:{}", fmt::join(ids, ","));
}

int show_vnic(DladmCall& dladm) {
  auto options = options_of(dladm, "", "");
  if (!options) return 1;
  std::vector<std::vector<std::string>> rows;
  for (const auto& vnic : anet_links(dladm.context.host, dladm.links)) {
    if (!dladm.wanted(*options, vnic.host_name)) continue;
    rows.push_back({vnic.host_name, vnic.over, std::to_string(dladm.links.speed_mbps(vnic.over)), vnic.mac,
                    vnic.mac_type, vlan_ids(vnic)});
  }
  // "LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS" / "vnet1           net1
  //  1000   2:8:20:3b:d8:cf   random      VID:0" (a Solaris 11 host's `dladm show-vnic`).
  dladm.show(Columns({16, 15, 7, 18, 12}), {"LINK", "OVER", "SPEED", "MACADDRESS", "MACADDRTYPE", "IDS"}, rows);
  return 0;
}

// -p iov: the only link property the guide shows.
std::optional<std::string> iov_property(DladmCall& dladm, const Options& options, bool with_value) {
  const std::string& property = options.values.contains('p') ? options.values.at('p') : std::string();
  const bool matches = with_value ? property.starts_with("iov=") : property == "iov";
  if (!matches) {
    dladm.refuse(fmt::format("link property '{}' is not modelled; expected -p {}", property,
                             with_value ? "iov=on|off|auto" : "iov"));
    return std::nullopt;
  }
  if (options.operands.size() != 1) {
    dladm.refuse(fmt::format("expected one link after -p {}", property));
    return std::nullopt;
  }
  if (!dladm.links.exists(options.operands.front())) {
    dladm.unknown_link(options);
    return std::nullopt;
  }
  return with_value ? property.substr(4) : property;
}

int show_linkprop(DladmCall& dladm) {
  auto options = options_of(dladm, "", "p");
  if (!options || !iov_property(dladm, *options, false)) return 1;
  const std::string& link = options->operands.front();
  const std::string value = iov_value(dladm.links, link);
  dladm.show(Columns({7, 13, 5, 11, 15, 13}), {"LINK", "PROPERTY", "PERM", "VALUE", "EFFECTIVE", "DEFAULT", "POSSIBLE"},
             {{link, "iov", "rw", value, iov_effective(dladm.links, link), "auto", "auto, on, off"}});
  return 0;
}

int set_linkprop(DladmCall& dladm) {
  auto options = options_of(dladm, "t", "p");
  if (!options) return 1;
  const auto value = iov_property(dladm, *options, true);
  if (!value) return 1;
  if (auto refusal = set_iov(dladm.links, options->operands.front(), *value)) return dladm.refuse(*refusal);
  save_datalinks(dladm.context.host, dladm.links);
  return 0;
}

// -l repeats, so the words are read here rather than by parse_options.
int create_aggr(DladmCall& dladm) {
  const auto& args = dladm.context.call.args;
  Aggregation aggregation{"", "trunk", {}, {}};
  for (std::size_t i = 2; i < args.size(); ++i) {
    if ((args[i] == "-l" || args[i] == "-m") && i + 1 == args.size()) {
      return dladm.refuse(fmt::format("option {} needs a value; {}", args[i], kUsage));
    }
    if (args[i] == "-l") {
      aggregation.ports.push_back(args[++i]);
    } else if (args[i] == "-m") {
      aggregation.mode = args[++i];
    } else if (aggregation.name.empty() && !args[i].starts_with("-")) {
      aggregation.name = args[i];
    } else {
      return dladm.refuse(fmt::format("unexpected '{}'; {}", args[i], kUsage));
    }
  }
  if (auto refusal = add_aggregation(dladm.links, aggregation)) return dladm.refuse(*refusal);
  save_datalinks(dladm.context.host, dladm.links);
  return 0;
}

// Clients of a DLMP aggregation's ports: the VNICs over it, then the aggregation itself, one per
// port in turn; a VNIC with a virtual function sits on the port that gave it (kzsim model).
std::map<std::string, std::vector<std::string>> port_clients(DladmCall& dladm, const Aggregation& aggregation) {
  std::map<std::string, std::vector<std::string>> clients;
  std::size_t next = 0;
  for (const auto& vnic : anet_links(dladm.context.host, dladm.links)) {
    if (vnic.over != aggregation.name) continue;
    clients[vnic.vf_port.empty() ? aggregation.ports[next % aggregation.ports.size()] : vnic.vf_port]
        .push_back(vnic.host_name);
    ++next;
  }
  clients[aggregation.ports[next % aggregation.ports.size()]].push_back(aggregation.name);
  return clients;
}

int show_aggr(DladmCall& dladm) {
  auto options = options_of(dladm, "C", "");
  if (!options) return 1;
  if (!options->operands.empty() && !dladm.links.find_aggregation(options->operands.front())) {
    return dladm.refuse(fmt::format("aggregation '{}' does not exist; expected a name dladm show-aggr lists",
                                    options->operands.front()));
  }
  std::vector<std::vector<std::string>> rows;
  if (options->has('C')) {
    for (const auto& aggregation : dladm.links.aggregations) {
      if (!dladm.wanted(*options, aggregation.name)) continue;
      rows.push_back({aggregation.name, "--", fmt::format("{}Mb", dladm.links.speed_mbps(aggregation.name)), "full",
                      dladm.links.state(aggregation.name), "--"});
      auto clients = port_clients(dladm, aggregation);
      for (const auto& port : aggregation.ports) {
        const auto* nic = dladm.links.find_physical(port);
        const auto& on_port = clients[port];
        rows.push_back({"", port, fmt::format("{}Mb", nic->speed_mbps), "full", nic->state,
                        on_port.empty() ? "--" : fmt::format("{}", fmt::join(on_port, ","))});
      }
    }
    dladm.show(Columns({10, 14, 6, 8, 9}), {"LINK", "PORT", "SPEED", "DUPLEX", "STATE", "CLIENTS"}, rows);
    return 0;
  }
  for (const auto& aggregation : dladm.links.aggregations) {
    if (!dladm.wanted(*options, aggregation.name)) continue;
    const bool trunk = aggregation.mode == "trunk";
    rows.push_back({aggregation.name, aggregation.mode, trunk ? "L4" : "--", trunk ? "auto" : "--",
                    trunk ? "off" : "--", trunk ? "short" : "--"});
  }
  dladm.show(Columns({18, 6, 9, 21, 13}), {"LINK", "MODE", "POLICY", "ADDRPOLICY", "LACPACTIVITY", "LACPTIMER"}, rows);
  return 0;
}

int run_dladm(CommandContext& context) {
  static const std::map<std::string, Subcommand, std::less<>> subcommands{
      {"show-phys", show_phys},       {"show-link", show_link},       {"show-vnic", show_vnic},
      {"show-linkprop", show_linkprop}, {"set-linkprop", set_linkprop}, {"create-aggr", create_aggr},
      {"show-aggr", show_aggr},
  };
  const bool json = take_json_option(context.call.args);
  const auto& args = context.call.args;
  auto it = args.size() > 1 ? subcommands.find(args[1]) : subcommands.end();
  if (it == subcommands.end()) {
    context.call.err(fmt::format("dladm: unknown subcommand '{}'\n{}\n", args.size() > 1 ? args[1] : "", kUsage));
    return 1;
  }
  auto links = load_datalinks(context.host);
  if (!links.links) {
    context.call.err(fmt::format("dladm: {}\n", links.error));
    return 1;
  }
  DladmCall dladm{context, std::move(*links.links), json};
  return it->second(dladm);
}

const bool registered = register_command("dladm", run_dladm);

}  // namespace

}  // namespace kzsim::zones
