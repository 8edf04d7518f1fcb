#include "zones/zone_config.hpp"

#include <algorithm>
#include <utility>

namespace kzsim::zones {

namespace {

using Properties = std::vector<std::pair<std::string, PropertyValue>>;

const PropertyValue* find_in(const Properties& properties, std::string_view name) {
  auto it = std::find_if(properties.begin(), properties.end(),
                         [&](const auto& entry) { return entry.first == name; });
  return it == properties.end() ? nullptr : &it->second;
}

std::optional<std::string> get_in(const Properties& properties, std::string_view name) {
  const PropertyValue* value = find_in(properties, name);
  if (value == nullptr || value->is_list) return std::nullopt;
  return value->text;
}

void set_in(Properties& properties, std::string_view name, std::string value) {
  PropertyValue simple{std::move(value), {}, false};
  for (auto& entry : properties) {
    if (entry.first == name) {
      entry.second = std::move(simple);
      return;
    }
  }
  properties.emplace_back(std::string(name), std::move(simple));
}

bool clear_in(Properties& properties, std::string_view name) {
  return std::erase_if(properties, [&](const auto& entry) { return entry.first == name; }) > 0;
}

}  // namespace

const PropertyValue* Resource::find(std::string_view name) const { return find_in(properties, name); }
std::optional<std::string> Resource::get(std::string_view name) const { return get_in(properties, name); }
void Resource::set(std::string_view name, std::string value) { set_in(properties, name, std::move(value)); }
bool Resource::clear(std::string_view name) { return clear_in(properties, name); }

std::optional<std::string> ZoneConfig::get(std::string_view global) const { return get_in(globals, global); }
void ZoneConfig::set(std::string_view global, std::string value) { set_in(globals, global, std::move(value)); }
bool ZoneConfig::clear(std::string_view global) { return clear_in(globals, global); }

const Resource* ZoneConfig::first(std::string_view type) const {
  auto it = std::find_if(resources.begin(), resources.end(), [&](const Resource& r) { return r.type == type; });
  return it == resources.end() ? nullptr : &*it;
}

Resource* ZoneConfig::first(std::string_view type) {
  return const_cast<Resource*>(std::as_const(*this).first(type));
}

}  // namespace kzsim::zones
