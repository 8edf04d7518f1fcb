#pragma once
// The host's zone index, /etc/zones/index: a line a zone, in the order the zones were
// configured ("NAME:configured:", the state a zone is configured in). zoneadm list -c shows the
// zones that are not running in this order; kzsim reads only the order from it.
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

inline constexpr std::string_view kZoneIndexPath = "/etc/zones/index";

// Adds `zone` at the end unless it is listed already.
void add_to_zone_index(Host& host, std::string_view zone);
// `from` takes the name `to` in its place.
void rename_in_zone_index(Host& host, std::string_view from, std::string_view to);
// The zone's line goes (zonecfg delete).
void remove_from_zone_index(Host& host, std::string_view zone);
// The zone names, in the index's order.
std::vector<std::string> zone_index(const Host& host);

}  // namespace kzsim::zones
