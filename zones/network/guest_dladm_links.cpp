// Messages: dladm's "vnic creation failed: object already exists" / "object not found" forms
// (dladm(8), libdladm's dladm_status2str: "object already exists", "object not found"); the VLAN
// and MAC refusals are kzsim's, naming what the zone's anet would need.
#include "zones/network/guest_dladm_links.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "zones/guest/guest_system.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/network/columns.hpp"
#include "zones/network/guest_links.hpp"

namespace kzsim::zones {

namespace {

constexpr std::array<std::string_view, 6> kSubcommands{"create-vnic", "delete-vnic", "create-vlan",
                                                       "delete-vlan", "show-vnic",   "show-link"};

struct LinkCall {
  GuestCommandContext& guest;
  const std::vector<AnetLink>& anets;
  const Datalinks& host_links;
  Host& system;
  std::vector<GuestDatalink> links;

  int refuse(std::string_view text) const {
    guest.call.err(fmt::format("dladm: {}\n", text));
    return 1;
  }
  const AnetLink* anet(std::string_view name) const {
    const auto found = std::ranges::find_if(anets, [&](const AnetLink& anet) {
      return fmt::format("net{}", anet.guest_index) == name;
    });
    return found == anets.end() ? nullptr : &*found;
  }
  bool exists(std::string_view name) const {
    return anet(name) || std::ranges::any_of(links, [&](const GuestDatalink& link) { return link.name == name; });
  }
};

std::optional<int> vid_of(const Options& options) {
  if (!options.values.contains('v')) return 0;
  const std::string& text = options.values.at('v');
  int vid = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), vid);
  if (error != std::errc() || end != text.data() + text.size() || vid < 1 || vid > 4094) return std::nullopt;
  return vid;
}

// Checks -l and -v and the new link's name; the anet it goes over, or nothing after refusing.
const AnetLink* checked_over(LinkCall& dladm, const Options& options, std::string_view what, int& vid) {
  const auto usage = fmt::format("{} creation failed", what);
  if (options.operands.size() != 1 || !options.values.contains('l')) {
    dladm.refuse(fmt::format("{}: expected -l link and one {} name", usage, what == "VLAN" ? "vlan-link" : "vnic-link"));
    return nullptr;
  }
  const auto parsed = vid_of(options);
  if (!parsed) {
    dladm.refuse(fmt::format("{}: invalid VLAN ID '{}'; expected 1 to 4094", usage, options.values.at('v')));
    return nullptr;
  }
  vid = *parsed;
  const AnetLink* anet = dladm.anet(options.values.at('l'));
  if (!anet) {
    dladm.refuse(fmt::format("{}: object not found", usage));
    return nullptr;
  }
  if (dladm.exists(options.operands.front())) {
    dladm.refuse(fmt::format("{}: object already exists", usage));
    return nullptr;
  }
  if (vid != 0 && !anet_passes_vid(*anet, vid)) {
    dladm.refuse(fmt::format("{}: VLAN ID {} is not passed to {} by the host; expected an id that dladm show-phys -v "
                             "lists (a vlan resource or allowed-vlan-ids of the zone's anet)",
                             usage, vid, options.values.at('l')));
    return nullptr;
  }
  return anet;
}

int create_vnic(LinkCall& dladm) {
  auto options = parse_options(dladm.guest.call, "t", "lvm",
                               "usage: dladm create-vnic [-t] -l link [-v vid] [-m address] vnic-link", 2);
  if (!options) return 1;
  int vid = 0;
  const AnetLink* anet = checked_over(dladm, *options, "vnic", vid);
  if (!anet) return 1;
  const auto taken = [&](const std::string& mac) {
    return std::ranges::any_of(dladm.links, [&](const GuestDatalink& link) { return link.over == options->values.at('l') && link.mac == mac; });
  };
  std::string mac;
  if (options->values.contains('m')) {
    mac = options->values.at('m');
    const bool slot = std::ranges::find(anet->extra_macs, mac) != anet->extra_macs.end();
    if ((!slot && anet->allowed_mac_prefixes.empty()) || taken(mac))
      return dladm.refuse(fmt::format("vnic creation failed: MAC address {} is not free on {}; expected one of the "
                                      "addresses dladm show-phys -m lists as not in use",
                                      mac, options->values.at('l')));
  } else {
    const auto free = std::ranges::find_if(anet->extra_macs, [&](const std::string& candidate) { return !taken(candidate); });
    if (free == anet->extra_macs.end())
      return dladm.refuse(fmt::format("vnic creation failed: no MAC address slot of {} is free; expected a mac "
                                      "resource for each VNIC on the zone's anet (How to Add Multiple MAC Addresses "
                                      "to a Kernel Zone)",
                                      options->values.at('l')));
    mac = *free;
  }
  dladm.links.push_back({"vnic", options->operands.front(), options->values.at('l'), vid, mac});
  save_guest_datalinks(dladm.system, dladm.links);
  return 0;
}

int create_vlan(LinkCall& dladm) {
  auto options = parse_options(dladm.guest.call, "t", "lv", "usage: dladm create-vlan [-t] -l link -v vid vlan-link", 2);
  if (!options) return 1;
  if (!options->values.contains('v')) return dladm.refuse("VLAN creation failed: expected -v vid");
  int vid = 0;
  if (!checked_over(dladm, *options, "VLAN", vid)) return 1;
  dladm.links.push_back({"vlan", options->operands.front(), options->values.at('l'), vid, ""});
  save_guest_datalinks(dladm.system, dladm.links);
  return 0;
}

int delete_link(LinkCall& dladm, std::string_view kind) {
  const std::string what = kind == "vnic" ? "vnic" : "VLAN";
  auto options = parse_options(dladm.guest.call, "t", "", fmt::format("usage: dladm delete-{} [-t] link", kind), 2);
  if (!options) return 1;
  if (options->operands.size() != 1) return dladm.refuse(fmt::format("{} deletion failed: expected one link", what));
  const auto found = std::ranges::find_if(dladm.links, [&](const GuestDatalink& link) {
    return link.name == options->operands.front() && link.kind == kind;
  });
  if (found == dladm.links.end()) return dladm.refuse(fmt::format("{} deletion failed: object not found", what));
  dladm.links.erase(found);
  save_guest_datalinks(dladm.system, dladm.links);
  return 0;
}

int show(LinkCall& dladm, bool json, bool vnics) {
  auto options = parse_options(dladm.guest.call, "", "", fmt::format("usage: dladm show-{} [link]", vnics ? "vnic" : "link"), 2);
  if (!options) return 1;
  const auto wanted = [&](std::string_view name) { return options->operands.empty() || options->operands.front() == name; };
  std::vector<std::vector<std::string>> rows;
  if (!vnics)
    for (const AnetLink& anet : dladm.anets)
      if (const std::string name = fmt::format("net{}", anet.guest_index); wanted(name))
        rows.push_back({name, "phys", "1500", anet.state, "--"});
  for (const GuestDatalink& link : dladm.links) {
    if (!wanted(link.name) || (vnics && link.kind != "vnic")) continue;
    const AnetLink* anet = dladm.anet(link.over);
    if (vnics)
      rows.push_back({link.name, link.over, std::to_string(anet ? dladm.host_links.speed_mbps(anet->over) : 0), link.mac,
                      "fixed", fmt::format("VID:{}", link.vid)});
    else
      rows.push_back({link.name, link.kind, "1500", anet ? anet->state : "unknown", link.over});
  }
  if (rows.empty() && !options->operands.empty())
    return dladm.refuse(fmt::format("invalid link name '{}'", options->operands.front()));
  if (vnics)
    print_table(dladm.guest.call, json, Columns({14, 10, 7, 13, 14}),
                {"LINK", "OVER", "SPEED", "MACADDRESS", "MACADDRTYPE", "IDS"}, rows);
  else
    print_table(dladm.guest.call, json, Columns({14, 11, 9, 11}), {"LINK", "CLASS", "MTU", "STATE", "OVER"}, rows);
  return 0;
}

}  // namespace

bool is_guest_link_subcommand(std::string_view subcommand) {
  return std::ranges::find(kSubcommands, subcommand) != kSubcommands.end();
}

int run_guest_link_subcommand(GuestCommandContext& guest, bool json, const std::vector<AnetLink>& anets,
                              const Datalinks& host_links) {
  Host& system = guest_system(guest.host.host, guest.zone);
  LinkCall dladm{guest, anets, host_links, system, guest_datalinks(system)};
  const std::string& subcommand = guest.call.args[1];
  if (subcommand == "create-vnic") return create_vnic(dladm);
  if (subcommand == "create-vlan") return create_vlan(dladm);
  if (subcommand == "delete-vnic") return delete_link(dladm, "vnic");
  if (subcommand == "delete-vlan") return delete_link(dladm, "vlan");
  return show(dladm, json, subcommand == "show-vnic");
}

}  // namespace kzsim::zones
