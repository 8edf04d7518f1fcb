// zonecfg set, clear, add, select and remove.
#include "zones/zonecfg/session.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "zones/host.hpp"
#include "zones/zonecfg/resource_filter.hpp"
#include "zones/zonecfg/resource_specs.hpp"

namespace kzsim::zones::zonecfg {

namespace {

std::string only_inside_parent(std::string_view type) {
  return fmt::format("{}: this resource type exists only inside an anet or net resource", type);
}

bool has_flag(const Words& words, std::string_view flag) { return std::find(words.begin() + 1, words.end(), flag) != words.end(); }

std::vector<std::string> list_items(std::string_view value) {
  if (value.starts_with('[') && value.ends_with(']')) value = value.substr(1, value.size() - 2);
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    auto comma = value.find(',', start);
    auto item = value.substr(start, comma - start);
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return items;
}

}  // namespace

Outcome Session::change(const std::function<Outcome()>& mutate) {
  ZoneConfig config_before = config_;
  std::vector<Scope> scopes_before = scopes_;
  std::vector<std::string> before = change_problems(effective());
  Outcome outcome = mutate();
  if (outcome != Outcome::Ok) {
    config_ = config_before;
    scopes_ = scopes_before;
    return outcome;
  }
  for (const std::string& problem : change_problems(effective())) {
    if (std::find(before.begin(), before.end(), problem) == before.end()) {
      config_ = config_before;
      scopes_ = scopes_before;
      return refuse(problem);
    }
  }
  dirty_ = true;
  return Outcome::Ok;
}

Outcome Session::set_property(Resource& resource, std::string_view type, std::string_view name, std::string_view value) {
  const BrandSpec* brand = find_brand(config_.brand);
  const ResourceSpec* spec = brand ? brand->resource(type) : nullptr;
  const PropertySpec* property = spec ? spec->property(name) : nullptr;
  if (property == nullptr)
    return unknown_property(name, type);
  if (property->list) {
    std::vector<std::string> items = list_items(value);
    for (const auto& item : items) {
      Checked checked = check_value(facts_, type, name, item);
      if (!checked.ok()) return refuse(checked.error);
    }
    resource.clear(name);
    resource.properties.emplace_back(std::string(name), PropertyValue{"", items, true});
    return Outcome::Ok;
  }
  // An alias (the guide's memlzs) is kept under the property's own name (memlzr), as Solaris prints it.
  Checked checked = check_value(facts_, type, property->name, value);
  if (!checked.ok()) return refuse(checked.error);
  resource.clear(property->name);
  for (std::string_view alias : property->aliases) resource.clear(alias);
  resource.set(property->name, checked.value);
  return Outcome::Ok;
}

Outcome Session::set(const Words& words) {
  if (words.size() < 2) return usage("set");
  std::string assignment;
  for (std::size_t i = 1; i < words.size(); ++i) assignment += words[i];
  auto equals = assignment.find('=');
  if (equals == std::string::npos || equals == 0) return usage("set");
  std::string name = assignment.substr(0, equals);
  std::string value = assignment.substr(equals + 1);
  if (!needs_config()) return Outcome::Failed;
  if (!scopes_.empty()) return change([&] { return set_property(scopes_.back().resource, scopes_.back().resource.type, name, value); });

  if (auto colon = name.find(':'); colon != std::string::npos) {
    std::string type = name.substr(0, colon);
    const BrandSpec* brand = find_brand(config_.brand);
    const ResourceSpec* spec = brand ? brand->resource(type) : nullptr;
    if (spec == nullptr || !spec->singleton)
      return refuse(fmt::format("{}: expected <resource>:<property> with a resource that exists at most once "
                                "(capped-memory, virtual-cpu, dedicated-cpu, suspend, ...)",
                                name));
    return change([&] {
      Resource* resource = config_.first(type);
      if (resource == nullptr) resource = &config_.resources.emplace_back(Resource{type, {}, {}});
      return set_property(*resource, type, name.substr(colon + 1), value);
    });
  }
  if (name == "zonename") {
    if (live_) return refuse("zonename: cannot rename a zone in live mode (-r)");
    Checked checked = check_zonename(value);
    if (!checked.ok()) return refuse(checked.error);
    if (const Zone* zone = host_.find_zone(zonename_);
        zone != nullptr && zone->state != ZoneState::Configured && zone->state != ZoneState::Unavailable)
      return refuse(fmt::format("zonename: zone {} is {}; a kernel zone can be renamed only in the configured or "
                                "unavailable state",
                                zonename_, state_name(zone->state)));
    if (host_.find_zone(value) != nullptr) return refuse(fmt::format("zonename: a zone named {} already exists", value));
    pending_name_ = value;
    dirty_ = true;
    return Outcome::Ok;
  }
  if (name == "brand") {
    if (find_brand(value) == nullptr)
      return refuse(fmt::format("brand: {} is not a brand this host knows; expected solaris-kz or solaris", value));
    config_.brand = value;
    dirty_ = true;
    return Outcome::Ok;
  }
  const BrandSpec* brand = find_brand(config_.brand);
  if (brand != nullptr && brand->refuses_property(name))
    return refuse(fmt::format("{}: property not supported by brand {}", name, config_.brand));
  if (brand == nullptr || brand->global(name) == nullptr) return unknown_property(name, "");
  Checked checked = check_value(facts_, "", name, value);
  if (!checked.ok()) return refuse(checked.error);
  return change([&] {
    config_.set(name, checked.value);
    return Outcome::Ok;
  });
}

Outcome Session::clear(const Words& words) {
  if (words.size() != 2) return usage("clear");
  if (!needs_config()) return Outcome::Failed;
  const std::string& name = words[1];
  const BrandSpec* brand = find_brand(config_.brand);
  auto clear_in = [&](Resource& resource, std::string_view property_name) {
    const ResourceSpec* spec = brand ? brand->resource(resource.type) : nullptr;
    const PropertySpec* property = spec ? spec->property(property_name) : nullptr;
    if (property == nullptr)
      return unknown_property(property_name, resource.type);
    resource.clear(property->name);
    for (std::string_view alias : property->aliases) resource.clear(alias);
    return Outcome::Ok;
  };
  if (!scopes_.empty()) return change([&] { return clear_in(scopes_.back().resource, name); });
  if (auto colon = name.find(':'); colon != std::string::npos) {
    Resource* resource = config_.first(name.substr(0, colon));
    if (resource == nullptr) return refuse(fmt::format("{}: No such resource configured", name.substr(0, colon)));
    return change([&] { return clear_in(*resource, name.substr(colon + 1)); });
  }
  if (brand == nullptr || brand->global(name) == nullptr) return unknown_property(name, "");
  return change([&] {
    config_.clear(name);
    return Outcome::Ok;
  });
}

Outcome Session::add(const Words& words) {
  if (!needs_config()) return Outcome::Failed;
  const BrandSpec* brand = find_brand(config_.brand);
  if (brand == nullptr) return refuse(fmt::format("brand {} has no resources this host knows", config_.brand));
  if (!scopes_.empty()) {
    Resource& current = scopes_.back().resource;
    const ResourceSpec* spec = brand->resource(current.type);
    if (words.size() == 2 && spec != nullptr &&
        std::find(spec->children.begin(), spec->children.end(), words[1]) != spec->children.end()) {
      scopes_.push_back({Resource{words[1], {}, {}}, std::nullopt});
      return Outcome::Ok;
    }
    if (words.size() != 3) return usage("add");
    const PropertySpec* property = spec ? spec->property(words[1]) : nullptr;
    if (property == nullptr || !property->list)
      return refuse(fmt::format("{}: not a list property or nested resource of {}", words[1], current.type));
    Checked checked = check_value(facts_, current.type, words[1], words[2]);
    if (!checked.ok()) return refuse(checked.error);
    return change([&] {
      PropertyValue* list = nullptr;
      for (auto& [name, value] : current.properties)
        if (name == words[1]) list = &value;
      if (list == nullptr) list = &current.properties.emplace_back(words[1], PropertyValue{"", {}, true}).second;
      list->items.push_back(checked.value);
      return Outcome::Ok;
    });
  }
  if (words.size() != 2) return usage("add");
  const std::string& type = words[1];
  if (brand->refuses_resource(type)) return refuse(fmt::format("{}: resource type not supported by brand {}", type, config_.brand));
  const ResourceSpec* spec = brand->resource(type);
  if (spec == nullptr) return unknown_resource(type);
  if (brand->nested(type)) return refuse(only_inside_parent(type));
  if (spec->singleton && config_.first(type) != nullptr)
    return refuse(fmt::format("add {}: a {} resource already exists; use select {} to change it", type, type, type));
  scopes_.push_back({Resource{type, {}, {}}, std::nullopt});
  return Outcome::Ok;
}

std::vector<Resource>& Session::siblings() {
  return scopes_.size() < 2 ? config_.resources : scopes_[scopes_.size() - 2].resource.children;
}

const ResourceSpec* Session::open_spec() const {
  if (scopes_.empty()) return nullptr;
  const BrandSpec* brand = find_brand(config_.brand);
  return brand ? brand->resource(scopes_.back().resource.type) : nullptr;
}

bool Session::nested_here(std::string_view type) const {
  const ResourceSpec* open = open_spec();
  return open != nullptr && std::find(open->children.begin(), open->children.end(), type) != open->children.end();
}

Outcome Session::select(const Words& words) {
  if (words.size() < 2) return usage("select");
  if (!needs_config()) return Outcome::Failed;
  const std::string& type = words[1];
  const BrandSpec* brand = find_brand(config_.brand);
  const ResourceSpec* spec = brand ? brand->resource(type) : nullptr;
  if (!scopes_.empty() && !nested_here(type)) return refuse("The select command only makes sense in the global scope.");
  if (spec == nullptr) return unknown_resource(type);
  if (scopes_.empty() && brand->nested(type)) return refuse(only_inside_parent(type));
  auto filters = parse_filters(words, 2);
  if (!filters || (has_resource_number(*filters) && !facts_.release_numbers_resources)) return usage("select");
  if (filters->empty() && !spec->singleton)
    return refuse(fmt::format("select {}: Insufficient specification; name the resource with a filter such as id=0", type));
  std::vector<Resource>& resources = scopes_.empty() ? config_.resources : scopes_.back().resource.children;
  std::vector<std::size_t> found = find_matching(resources, type, *filters, !scopes_.empty());
  if (found.empty())
    return refuse(fmt::format("select {}: No such resource with that specification", fmt::join(words.begin() + 1, words.end(), " ")));
  if (found.size() > 1) return refuse(fmt::format("select {}: more than one resource matches; add a filter such as id=N", type));
  scopes_.push_back({resources[found.front()], found.front()});
  return Outcome::Ok;
}

Outcome Session::remove(const Words& words) {
  if (!needs_config()) return Outcome::Failed;
  bool force = has_flag(words, "-F");
  Words rest;
  for (std::size_t i = 1; i < words.size(); ++i)
    if (words[i] != "-F") rest.push_back(words[i]);
  if (rest.empty()) return usage("remove");
  const std::string& type = rest[0];
  if (!scopes_.empty() && !nested_here(type) && rest.size() == 2 && rest[1].find('=') == std::string::npos) {
    Resource& current = scopes_.back().resource;
    return change([&] {
      for (auto& [name, value] : current.properties) {
        if (name != rest[0] || !value.is_list) continue;
        auto item = std::find(value.items.begin(), value.items.end(), rest[1]);
        if (item == value.items.end()) break;
        value.items.erase(item);
        return Outcome::Ok;
      }
      return refuse(fmt::format("remove {}: {} is not in the list", rest[0], rest[1]));
    });
  }
  const BrandSpec* brand = find_brand(config_.brand);
  if (scopes_.empty() && brand != nullptr && brand->nested(type)) return refuse(only_inside_parent(type));
  std::vector<Resource>& resources = scopes_.empty() ? config_.resources : scopes_.back().resource.children;
  auto filters = parse_filters(rest, 1);
  if (!filters || (has_resource_number(*filters) && !facts_.release_numbers_resources)) return usage("remove");
  std::vector<std::size_t> found = find_matching(resources, type, *filters, !scopes_.empty());
  if (found.empty()) return refuse(fmt::format("remove {}: No such resource with that specification", fmt::join(rest, " ")));
  if (found.size() > 1 && !force)
    return refuse(fmt::format("remove {}: {} resources match; give a filter such as id=N or use remove -F {}", type,
                              found.size(), type));
  return change([&] {
    for (auto index = found.rbegin(); index != found.rend(); ++index)
      resources.erase(resources.begin() + static_cast<std::ptrdiff_t>(*index));
    return Outcome::Ok;
  });
}

}  // namespace kzsim::zones::zonecfg
