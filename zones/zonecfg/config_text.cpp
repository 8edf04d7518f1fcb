#include "zones/zonecfg/config_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "zones/zonecfg/command_line.hpp"
#include "zones/zonecfg/resource_specs.hpp"

namespace kzsim::zones::zonecfg {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ",") + item;
  return text;
}

std::string shown(const PropertyValue& value) { return value.is_list ? "[" + joined(value.items) + "]" : value.text; }

// The properties in the order `order` names them (by name or alias); others keep their place
// after those.
std::vector<const Property*> ordered(const std::vector<Property>& properties, const ResourceSpec* spec,
                                     const std::vector<std::string_view>& order) {
  auto rank = [&](const Property& property) -> std::size_t {
    if (spec == nullptr) return order.size();
    const PropertySpec* property_spec = spec->property(property.first);
    std::string_view name = property_spec ? property_spec->name : std::string_view(property.first);
    return std::find(order.begin(), order.end(), name) - order.begin();
  };
  std::vector<const Property*> result;
  for (const auto& property : properties) result.push_back(&property);
  std::stable_sort(result.begin(), result.end(), [&](const Property* a, const Property* b) { return rank(*a) < rank(*b); });
  return result;
}

std::vector<std::string_view> info_order(const ResourceSpec* spec) {
  std::vector<std::string_view> order;
  if (spec != nullptr)
    for (const auto& property : spec->properties) order.push_back(property.name);
  return order;
}

std::vector<std::string_view> export_order(const ResourceSpec* spec) {
  return spec != nullptr && !spec->export_order.empty() ? spec->export_order : info_order(spec);
}

const ResourceSpec* spec_of(std::string_view brand, std::string_view type) {
  const BrandSpec* brand_spec = find_brand(brand);
  return brand_spec ? brand_spec->resource(type) : nullptr;
}

std::vector<const Property*> ordered_globals(const ZoneConfig& config) {
  const BrandSpec* brand = find_brand(config.brand);
  ResourceSpec globals_as_resource{"", false, false, brand ? brand->globals : std::vector<PropertySpec>{}, {}, {}};
  return ordered(config.globals, &globals_as_resource, info_order(&globals_as_resource));
}

void export_resource(std::string_view brand, const Resource& resource, std::string& out) {
  const ResourceSpec* spec = spec_of(brand, resource.type);
  out += fmt::format("add {}\n", resource.type);
  for (const Property* property : ordered(resource.properties, spec, export_order(spec))) {
    if (property->second.is_list) {
      for (const auto& item : property->second.items) out += fmt::format("add {} {}\n", property->first, quote_value(item));
    } else {
      out += fmt::format("set {}={}\n", property->first, quote_value(property->second.text));
    }
  }
  for (const Resource& child : resource.children) export_resource(brand, child, out);
  out += "end\n";
}

// What info prints of a resource: its set properties in info order.
Properties resource_properties(std::string_view brand, const Resource& resource) {
  const ResourceSpec* spec = spec_of(brand, resource.type);
  Properties properties;
  for (const Property* property : ordered(resource.properties, spec, info_order(spec))) properties.push_back(*property);
  return properties;
}

// zonename, brand and the set global properties.
Properties config_globals(const ZoneConfig& config, std::string_view zonename) {
  Properties properties{{"zonename", {std::string(zonename), {}, false}}, {"brand", {config.brand, {}, false}}};
  for (const Property* property : ordered_globals(config)) properties.push_back(*property);
  return properties;
}

// Resources as arrays of objects under their type, added to `object`.
void add_resources_json(nlohmann::ordered_json& object, std::string_view brand, const std::vector<Resource>& resources) {
  for (const Resource& resource : resources) object[resource.type].push_back(info_resource_json(brand, resource));
}

}  // namespace

std::string info_properties(const Properties& properties, std::string_view indent) {
  std::string out;
  for (const auto& [name, value] : properties) out += fmt::format("{}{}: {}\n", indent, name, shown(value));
  return out;
}

nlohmann::ordered_json info_properties_json(const Properties& properties) {
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  for (const auto& [name, value] : properties) object[name] = value.is_list ? nlohmann::ordered_json(value.items) : nlohmann::ordered_json(value.text);
  return object;
}

std::string info_resource(std::string_view brand, const Resource& resource, int depth, std::optional<std::size_t> index) {
  std::string indent(depth, '\t');
  std::string out = index ? fmt::format("{}{} {}:\n", indent, resource.type, *index) : fmt::format("{}{}:\n", indent, resource.type);
  out += info_properties(resource_properties(brand, resource), indent + '\t');
  for (std::size_t i = 0; i < resource.children.size(); ++i) {
    const Resource& child = resource.children[i];
    auto same_type = std::count_if(resource.children.begin(), resource.children.begin() + i,
                                   [&](const Resource& other) { return other.type == child.type; });
    out += info_resource(brand, child, depth + 1, static_cast<std::size_t>(same_type));
  }
  return out;
}

nlohmann::ordered_json info_resource_json(std::string_view brand, const Resource& resource) {
  nlohmann::ordered_json object = info_properties_json(resource_properties(brand, resource));
  add_resources_json(object, brand, resource.children);
  return object;
}

Properties info_globals(const ZoneConfig& config, std::string_view zonename, const std::vector<std::string>& names) {
  const Properties set = config_globals(config, zonename);
  Properties named;
  for (const auto& name : names)
    if (auto value = std::find_if(set.begin(), set.end(), [&](const Property& p) { return p.first == name; }); value != set.end())
      named.push_back(*value);
  return named;
}

std::optional<std::size_t> resource_number(std::string_view brand, const std::vector<Resource>& resources,
                                           std::string_view type, std::size_t position, bool numbered) {
  const ResourceSpec* spec = spec_of(brand, type);
  if (!numbered || (spec != nullptr && spec->singleton)) return std::nullopt;
  const auto end = resources.begin() + static_cast<std::ptrdiff_t>(std::min(position, resources.size()));
  return static_cast<std::size_t>(
      std::count_if(resources.begin(), end, [&](const Resource& other) { return other.type == type; }));
}

std::string info_config(const ZoneConfig& config, std::string_view zonename, bool numbered) {
  std::string out = info_properties(config_globals(config, zonename));
  for (std::size_t i = 0; i < config.resources.size(); ++i) {
    const Resource& resource = config.resources[i];
    out += info_resource(config.brand, resource, 0, resource_number(config.brand, config.resources, resource.type, i, numbered));
  }
  return out;
}

nlohmann::ordered_json info_config_json(const ZoneConfig& config, std::string_view zonename) {
  nlohmann::ordered_json object = info_properties_json(config_globals(config, zonename));
  add_resources_json(object, config.brand, config.resources);
  return object;
}

std::string export_config(const ZoneConfig& config) {
  std::string out = fmt::format("create -b\nset brand={}\n", config.brand);
  for (const Property* property : ordered_globals(config))
    out += fmt::format("set {}={}\n", property->first, quote_value(property->second.text));
  for (const Resource& resource : config.resources) export_resource(config.brand, resource, out);
  return out;
}

}  // namespace kzsim::zones::zonecfg
