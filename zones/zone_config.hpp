#pragma once
// A zone's configuration as zonecfg sees it: global properties plus resources, each resource a
// set of properties and nested resources (anet -> mac, vlan). The model is generic on purpose:
// the zonecfg language (add, select, set, clear, remove, info, export) works on any resource;
// what is valid for a brand is decided by the rules in zones/config_rules.*.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kzsim::zones {

// A property value. Most are simple ("8G"); list properties (auths, allowed-mac-address) keep
// each element.
struct PropertyValue {
  std::string text;                 // simple value, as the user wrote it
  std::vector<std::string> items;   // list value (add <prop> <value> in resource scope)
  bool is_list = false;
  bool operator==(const PropertyValue&) const = default;
};

struct Resource {
  std::string type;  // "capped-memory", "anet", "device", "mac", "vlan", ...
  std::vector<std::pair<std::string, PropertyValue>> properties;  // in the order first set
  std::vector<Resource> children;                                  // nested resources

  const PropertyValue* find(std::string_view name) const;
  std::optional<std::string> get(std::string_view name) const;  // simple value, if set
  void set(std::string_view name, std::string value);
  bool clear(std::string_view name);
  bool operator==(const Resource&) const = default;
};

struct ZoneConfig {
  std::string brand = "solaris-kz";
  std::vector<std::pair<std::string, PropertyValue>> globals;  // autoboot, hostid, cpu-arch, ...
  std::vector<Resource> resources;

  std::optional<std::string> get(std::string_view global) const;
  void set(std::string_view global, std::string value);
  bool clear(std::string_view global);
  // The first resource of a type (for singletons such as capped-memory), or nullptr.
  const Resource* first(std::string_view type) const;
  Resource* first(std::string_view type);
  bool operator==(const ZoneConfig&) const = default;
};

}  // namespace kzsim::zones
