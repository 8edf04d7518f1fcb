#pragma once
// The property filters of select, remove and info: "id=0", "storage=dev:/dev/dsk/c9t0d0", or a
// bare number naming the resource info numbers so (`select anet 0`, guide Example 5-17: Oracle
// Solaris 11.4's resource numbers, "anet 1:" in Example 2-8 even when its id property is 3).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zones/zone_config.hpp"
#include "zones/zonecfg/command_line.hpp"

namespace kzsim::zones::zonecfg {

using Filters = std::vector<std::pair<std::string, std::string>>;

// The key of a bare-number filter.
inline constexpr std::string_view kResourceNumber = "#";

bool has_resource_number(const Filters& filters);

// words[first...] as filters; nothing when one is not a filter.
std::optional<Filters> parse_filters(const Words& words, std::size_t first);

// Whether every filter holds (for a list property: the list holds the value).
bool matches(const Resource& resource, const Filters& filters);

// Indexes into `resources` of those of `type` that match. A resource's number is its place among
// those of its type, as info prints it; a nested resource (mac, vlan) is numbered within its
// parent ("vlan 1:"), and there `id=N` also names the N-th of its type when the resource has no
// id property of its own.
std::vector<std::size_t> find_matching(const std::vector<Resource>& resources, std::string_view type,
                                       const Filters& filters, bool nested);

}  // namespace kzsim::zones::zonecfg
