#pragma once
// zonecfg's two printed forms of a configuration. info: "name: value" lines, resource bodies
// indented one tab per level, nested resources numbered within their parent ("vlan 0:"), unset
// properties not printed (11.4). export: the `create -b` / `set brand=` / `add ... end` command
// form that reads back into the same configuration.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zones/zone_config.hpp"

namespace kzsim::zones::zonecfg {

// One resource; `index` numbers a nested resource within its parent.
std::string info_resource(std::string_view brand, const Resource& resource, int depth = 0,
                          std::optional<std::size_t> index = std::nullopt);

// The named global properties that are set ("zonename" and "brand" always are).
std::string info_globals(const ZoneConfig& config, std::string_view zonename, const std::vector<std::string>& names);

// Everything: zonename, brand, the set global properties, then each resource.
std::string info_config(const ZoneConfig& config, std::string_view zonename);

std::string export_config(const ZoneConfig& config);

}  // namespace kzsim::zones::zonecfg
