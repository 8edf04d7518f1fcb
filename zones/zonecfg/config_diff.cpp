#include "zones/zonecfg/config_diff.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace kzsim::zones {

namespace {

// What names a resource in the messages and pairs it across configurations: its storage when it
// has one (device storage=...), else its id (anet id=2), else its type alone (singletons).
std::string key_of(const Resource& resource) {
  for (const char* name : {"storage", "id"})
    if (auto value = resource.get(name)) return fmt::format("{}={}", name, *value);
  return "";
}

std::string named(const Resource& resource) {
  std::string key = key_of(resource);
  return key.empty() ? resource.type : fmt::format("{} {}", resource.type, key);
}

const Resource* counterpart(const std::vector<Resource>& resources, const Resource& resource) {
  auto it = std::find_if(resources.begin(), resources.end(), [&](const Resource& other) {
    return other.type == resource.type && key_of(other) == key_of(resource);
  });
  return it == resources.end() ? nullptr : &*it;
}

std::string changed_properties(const Resource& from, const Resource& to) {
  std::string text;
  for (const auto& [name, value] : to.properties) {
    const PropertyValue* old = from.find(name);
    if (old == nullptr || *old != value) text += fmt::format(" {}={}", name, value.text);
  }
  for (const auto& [name, value] : from.properties)
    if (to.find(name) == nullptr) text += fmt::format(" {}=", name);
  return text;
}

}  // namespace

std::vector<std::string> describe_changes(const ZoneConfig& from, const ZoneConfig& to) {
  std::vector<std::string> changes;
  for (const auto& [name, value] : to.globals)
    if (from.get(name) != value.text) changes.push_back(fmt::format("Modifying {}={}", name, value.text));
  for (const auto& [name, value] : from.globals)
    if (!to.get(name)) changes.push_back(fmt::format("Clearing {}", name));
  for (const Resource& resource : from.resources)
    if (!counterpart(to.resources, resource)) changes.push_back("Removing " + named(resource));
  for (const Resource& resource : to.resources) {
    const Resource* old = counterpart(from.resources, resource);
    if (old == nullptr) {
      changes.push_back("Adding " + named(resource));
    } else if (*old != resource) {
      changes.push_back(fmt::format("Modifying {}{}", named(resource), changed_properties(*old, resource)));
    }
  }
  return changes;
}

}  // namespace kzsim::zones
