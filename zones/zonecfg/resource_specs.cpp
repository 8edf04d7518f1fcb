#include "zones/zonecfg/resource_specs.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace kzsim::zones::zonecfg {

namespace {

template <typename Items, typename Key>
auto find_named(const Items& items, Key key) -> decltype(&items.front()) {
  auto it = std::find_if(items.begin(), items.end(), key);
  return it == items.end() ? nullptr : &*it;
}

template <typename Items, typename Name>
std::string names_of(const Items& items, Name name) {
  std::string text;
  for (const auto& item : items) text += fmt::format("{}{}", text.empty() ? "" : ", ", name(item));
  return text;
}

bool contains(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// anet and net share most properties (solaris-facts §4, the 11.3 info listing).
std::vector<PropertySpec> network_properties(std::string_view link_property) {
  return {
      {link_property, false, link_property == "lower-link" ? "auto" : ""},
      {"allowed-address"},
      {"configure-allowed-address", false, "true"},
      {"defrouter"},
      {"allowed-dhcp-cids"},
      {"link-protection", false, "mac-nospoof"},
      {"mac-address", false, "auto"},
      {"mac-prefix"},
      {"mac-slot"},
      {"vlan-id"},
      {"priority"},
      {"rxrings"},
      {"txrings"},
      {"mtu"},
      {"maxbw"},
      {"bwshare"},
      {"rxfanout"},
      {"vsi-typeid"},
      {"vsi-vers"},
      {"vsi-mgrid"},
      {"etsbw-lcl"},
      {"cos"},
      {"evs"},
      {"vport"},
      {"iov", false, "off"},
      {"lro", false, "auto"},
      {"pkey"},      // IPoIB partition key
      {"linkmode"},  // IPoIB cm | ud
      {"id"},
  };
}

ResourceSpec anet_spec() {
  return {"anet", false, true, network_properties("lower-link"), {}, {"mac", "vlan"}};
}

ResourceSpec mac_spec() {
  return {"mac", false, false, {{"mac-address"}, {"mac-prefix"}, {"mac-slot"},
                                {"allowed-mac-address", true}, {"id"}}, {}, {}};
}

ResourceSpec vlan_spec() {
  return {"vlan", false, false, {{"vlan-id"}, {"allowed-vlan-ids", true}}, {}, {}};
}

ResourceSpec admin_spec() { return {"admin", false, false, {{"user"}, {"auths"}}, {}, {}}; }

ResourceSpec dedicated_cpu_spec() {
  return {"dedicated-cpu", true, false, {{"ncpus"}, {"cpus"}, {"cores"}, {"sockets"}, {"importance"}}, {}, {}};
}

BrandSpec kernel_zone_brand() {
  return {
      "solaris-kz",
      {{"autoboot", false, "false"},
       {"autoshutdown", false, "shutdown"},
       {"bootargs"},
       {"boot-priority", false, "normal"},
       {"cpu-arch"},
       {"host-compatible"},
       {"hostid"},
       {"pool"},
       {"scheduling-class"},
       {"tenant"},
       {"boot-disk-protection"}},
      {
          {"capped-memory", true, false,
           {{"physical"}, {"pagesize-policy"}, {"pagesize"}, {"memory-reserve"},
            {"memlzr", false, "", {"memlzs"}}},
           {}, {}},
          {"virtual-cpu", true, false, {{"ncpus"}}, {}, {}},
          dedicated_cpu_spec(),
          {"device", false, true,
           {{"match"}, {"storage"}, {"id"}, {"bootpri"}, {"allow-mhd"}, {"allow-partition"},
            {"allow-raw-io"}},
           {"match", "storage", "bootpri", "id", "allow-mhd", "allow-partition", "allow-raw-io"},
           {}},
          anet_spec(),
          {"net", false, true, network_properties("physical"), {}, {"mac", "vlan"}},
          mac_spec(),
          vlan_spec(),
          {"suspend", true, false, {{"path"}, {"storage"}}, {}, {}},
          {"keysource", true, false, {{"raw"}}, {}, {}},
          {"verified-boot", true, false, {{"policy"}, {"cert", true}}, {}, {}},
          admin_spec(),
      },
      // E37629 goahc: no max-processes, fs-allowed, ip-type; a kernel zone has no zone path and
      // no file systems of the global zone.
      {"zonepath", "ip-type", "max-processes", "max-lwps", "fs-allowed", "limitpriv",
       "file-mac-profile", "max-shm-memory", "max-sem-ids", "max-msg-ids", "max-shm-ids"},
      {"fs", "dataset", "rctl", "capped-cpu", "inherit-pkg-dir", "attr"},
  };
}

BrandSpec native_zone_brand() {
  std::vector<PropertySpec> anet_properties = network_properties("lower-link");
  anet_properties.insert(anet_properties.begin(), PropertySpec{"linkname"});
  return {
      "solaris",
      {{"zonepath"},
       {"autoboot", false, "false"},
       {"autoshutdown", false, "shutdown"},
       {"bootargs"},
       {"boot-priority", false, "normal"},
       {"ip-type", false, "exclusive"},
       {"limitpriv"},
       {"file-mac-profile"},
       {"fs-allowed"},
       {"hostid"},
       {"pool"},
       {"scheduling-class"},
       {"max-processes"},
       {"max-lwps"},
       {"tenant"}},
      {
          {"capped-memory", true, false, {{"physical"}, {"swap"}, {"locked"}}, {}, {}},
          dedicated_cpu_spec(),
          {"capped-cpu", true, false, {{"ncpus"}}, {}, {}},
          {"anet", false, false, anet_properties, {}, {"mac", "vlan"}},
          {"net", false, false, network_properties("physical"), {}, {}},
          mac_spec(),
          vlan_spec(),
          {"fs", false, false, {{"dir"}, {"special"}, {"raw"}, {"type"}, {"options", true}}, {}, {}},
          {"dataset", false, false, {{"name"}, {"alias"}}, {}, {}},
          {"device", false, false, {{"match"}, {"storage"}, {"allow-partition"}, {"allow-raw-io"}}, {}, {}},
          {"rctl", false, false, {{"name"}, {"value", true}}, {}, {}},
          admin_spec(),
      },
      // Kernel-zone-only properties (ZCR index: cpu-arch, host-compatible "solaris-kz Only").
      {"cpu-arch", "host-compatible", "boot-disk-protection"},
      {"virtual-cpu", "suspend", "keysource", "verified-boot"},
  };
}

}  // namespace

const PropertySpec* ResourceSpec::property(std::string_view name) const {
  return find_named(properties, [&](const PropertySpec& p) { return p.name == name || contains(p.aliases, name); });
}

std::string ResourceSpec::property_names() const {
  return names_of(properties, [](const PropertySpec& p) { return p.name; });
}

std::string BrandSpec::global_names() const {
  return names_of(globals, [](const PropertySpec& p) { return p.name; });
}

std::string BrandSpec::resource_types() const {
  std::vector<std::string_view> top_level;
  for (const ResourceSpec& resource : resources)
    if (!nested(resource.type)) top_level.push_back(resource.type);
  return names_of(top_level, [](std::string_view type) { return type; });
}

bool BrandSpec::nested(std::string_view type) const {
  return std::any_of(resources.begin(), resources.end(),
                     [&](const ResourceSpec& parent) { return contains(parent.children, type); });
}

const PropertySpec* BrandSpec::global(std::string_view name) const {
  return find_named(globals, [&](const PropertySpec& p) { return p.name == name; });
}

const ResourceSpec* BrandSpec::resource(std::string_view type) const {
  return find_named(resources, [&](const ResourceSpec& r) { return r.type == type; });
}

bool BrandSpec::refuses_property(std::string_view name) const { return contains(unsupported_properties, name); }
bool BrandSpec::refuses_resource(std::string_view type) const { return contains(unsupported_resources, type); }

const BrandSpec* find_brand(std::string_view brand) {
  static const std::vector<BrandSpec> brands = {kernel_zone_brand(), native_zone_brand()};
  return find_named(brands, [&](const BrandSpec& b) { return b.brand == brand; });
}

std::optional<std::string> value_or_default(std::string_view brand, const Resource& resource, std::string_view name) {
  const BrandSpec* brand_spec = find_brand(brand);
  const ResourceSpec* spec = brand_spec ? brand_spec->resource(resource.type) : nullptr;
  const PropertySpec* property = spec ? spec->property(name) : nullptr;
  if (property != nullptr) {
    for (std::string_view spelling : property->aliases)
      if (auto value = resource.get(spelling)) return value;
  }
  if (auto value = resource.get(property ? property->name : name)) return value;
  if (property != nullptr && !property->default_value.empty()) return std::string(property->default_value);
  return std::nullopt;
}

}  // namespace kzsim::zones::zonecfg
