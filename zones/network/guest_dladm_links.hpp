#pragma once
// dladm inside a kernel zone, for the links the guest makes itself: create-vnic, delete-vnic,
// create-vlan, delete-vlan, show-vnic and show-link over the zone's links (netN, its anets).
#include <optional>
#include <string_view>
#include <vector>

#include "zones/devices/guest_commands.hpp"
#include "zones/network/anet_links.hpp"
#include "zones/network/datalinks.hpp"

namespace kzsim::zones {

bool is_guest_link_subcommand(std::string_view subcommand);

// call.args[1] is one of those subcommands; `anets` the zone's, `host_links` its host's NICs.
int run_guest_link_subcommand(GuestCommandContext& guest, bool json, const std::vector<AnetLink>& anets,
                              const Datalinks& host_links);

}  // namespace kzsim::zones
