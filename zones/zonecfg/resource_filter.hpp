#pragma once
// The property filters of select, remove and info: "id=0", "storage=dev:/dev/dsk/c9t0d0", or a
// bare number meaning id=N (`select anet 0`).
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

// words[first...] as filters; nothing when one is not a filter.
std::optional<Filters> parse_filters(const Words& words, std::size_t first);

// Whether every filter holds (for a list property: the list holds the value).
bool matches(const Resource& resource, const Filters& filters);

// Indexes into `resources` of those of `type` that match. A nested resource (mac, vlan) is
// numbered within its parent as info prints it ("vlan 1:"), so there `id=N` also names the N-th
// of its type when the resource has no id property of its own.
std::vector<std::size_t> find_matching(const std::vector<Resource>& resources, std::string_view type,
                                       const Filters& filters, bool nested);

}  // namespace kzsim::zones::zonecfg
