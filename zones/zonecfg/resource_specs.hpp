#pragma once
// What each brand's zonecfg knows: global properties, resource types, their properties (in the
// order info and export print them), list properties, nested resources and documented defaults.
// Sources: solaris-facts §4 (solaris-kz(7), the 11.3 info listing and a real export) and the
// guide's transcripts; names a brand refuses are listed so that the refusal can say why.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zones/zone_config.hpp"

namespace kzsim::zones::zonecfg {

struct PropertySpec {
  std::string_view name;
  bool list = false;                       // set with `add NAME VALUE` in the resource scope
  std::string_view default_value = {};     // what applies when unset (not printed by info)
  std::vector<std::string_view> aliases = {};  // other spellings of the same property
};

struct ResourceSpec {
  std::string_view type;
  bool singleton = false;   // at most one; selected without a filter
  bool numbered = false;    // has an `id` property assigned at `end` when left unset
  std::vector<PropertySpec> properties;        // in info order
  std::vector<std::string_view> export_order;  // when it differs from the info order
  std::vector<std::string_view> children;      // nested resource types (anet -> mac, vlan)

  const PropertySpec* property(std::string_view name) const;  // by name or alias
  std::string property_names() const;                         // "a, b, c", for refusals
};

struct BrandSpec {
  std::string_view brand;
  std::vector<PropertySpec> globals;     // in info/export order (zonename and brand excluded)
  std::vector<ResourceSpec> resources;   // top-level and nested
  std::vector<std::string_view> unsupported_properties;
  std::vector<std::string_view> unsupported_resources;

  const PropertySpec* global(std::string_view name) const;
  const ResourceSpec* resource(std::string_view type) const;
  bool nested(std::string_view type) const;  // exists only inside another resource (anet -> mac)
  bool refuses_property(std::string_view name) const;
  // "a, b, c": the global property names, or the top-level resource types, for refusals.
  std::string global_names() const;
  std::string resource_types() const;
  bool refuses_resource(std::string_view type) const;
};

// "solaris-kz" or "solaris"; nullptr for any other brand.
const BrandSpec* find_brand(std::string_view brand);

// A resource property's value, or its documented default when unset (anet lower-link "auto",
// mac-address "auto", link-protection "mac-nospoof", iov "off", ...); nothing when neither.
std::optional<std::string> value_or_default(std::string_view brand, const Resource& resource, std::string_view name);

}  // namespace kzsim::zones::zonecfg
