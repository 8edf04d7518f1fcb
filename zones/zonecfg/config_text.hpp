#pragma once
// zonecfg's two printed forms of a configuration. info: "name: value" lines, resource bodies
// indented one tab per level, resources of which a zone may have several numbered ("anet 0:",
// nested ones within their parent: "vlan 0:"), unset properties not printed (11.4). export: the `create -b` / `set brand=` / `add ... end` command
// form that reads back into the same configuration.
// info --json (kzsim): the same properties as a JSON object, a list property as an array of its
// values, nested resources as arrays of objects under their type; the *_json functions take
// what info prints from the same walk as the text, so the two cannot disagree.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "zones/zone_config.hpp"

namespace kzsim::zones::zonecfg {

using Property = std::pair<std::string, PropertyValue>;
using Properties = std::vector<Property>;

// "name: value" lines (a list as "[a,b]"), each after `indent`, or the object {"name": value, ...}.
std::string info_properties(const Properties& properties, std::string_view indent = "");
nlohmann::ordered_json info_properties_json(const Properties& properties);

// One resource; `index` numbers a nested resource within its parent.
std::string info_resource(std::string_view brand, const Resource& resource, int depth = 0,
                          std::optional<std::size_t> index = std::nullopt);
nlohmann::ordered_json info_resource_json(std::string_view brand, const Resource& resource);

// The named global properties that are set ("zonename" and "brand" always are).
Properties info_globals(const ZoneConfig& config, std::string_view zonename, const std::vector<std::string>& names);

// The number info prints after a top-level resource's type ("anet 1:"): its place among the
// resources of its type in `resources` (`position` past the end: one being added), or nothing
// for a singleton (capped-memory:) or when the release does not number them (`numbered`:
// Oracle Solaris 11.4 numbers them, guide Example 2-8; 11.3 prints "anet:", solaris-facts §4).
std::optional<std::size_t> resource_number(std::string_view brand, const std::vector<Resource>& resources,
                                           std::string_view type, std::size_t position, bool numbered);

// Everything: zonename, brand, the set global properties, then each resource (as JSON, the
// resources as arrays under their type, types in the order they first appear).
std::string info_config(const ZoneConfig& config, std::string_view zonename, bool numbered);
nlohmann::ordered_json info_config_json(const ZoneConfig& config, std::string_view zonename);

std::string export_config(const ZoneConfig& config);

}  // namespace kzsim::zones::zonecfg
