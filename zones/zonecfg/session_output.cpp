// zonecfg info (with --json, a kzsim extension: the same properties as JSON) and export.
#include "zones/zonecfg/session.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/shell/paths.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/zonecfg/config_text.hpp"
#include "zones/zonecfg/resource_filter.hpp"
#include "zones/zonecfg/resource_specs.hpp"

namespace kzsim::zones::zonecfg {

Outcome Session::info(const Words& typed) {
  Words words = typed;
  const bool json = take_json_option(words);
  const auto show = [&](const std::string& text, const nlohmann::ordered_json& value) {
    call_.out(json ? json_text(value) : text);
    return Outcome::Ok;
  };
  // info RESOURCE-TYPE [FILTER...]: the matching resources, nested ones numbered within their parent.
  const auto show_matching = [&](const std::vector<Resource>& resources, bool nested) {
    auto filters = parse_filters(words, 2);
    if (!filters) return usage("info");
    std::string text;
    nlohmann::ordered_json matching = nlohmann::ordered_json::array();
    for (std::size_t i : find_matching(resources, words[1], *filters, nested)) {
      const bool numbered = nested || facts_.release_numbers_resources;
      text += info_resource(config_.brand, resources[i], nested ? 1 : 0,
                            resource_number(config_.brand, resources, words[1], i, numbered));
      matching.push_back(info_resource_json(config_.brand, resources[i]));
    }
    return show(text, matching);
  };
  if (!needs_config()) return Outcome::Failed;
  const BrandSpec* brand = find_brand(config_.brand);
  if (!scopes_.empty()) {
    const Resource& current = scopes_.back().resource;
    if (words.size() == 1) {
      // Numbered as the configuration will hold it: an added resource comes after the others.
      const bool nested = scopes_.size() > 1;
      const std::vector<Resource>& siblings = nested ? scopes_[scopes_.size() - 2].resource.children : config_.resources;
      const auto number = resource_number(config_.brand, siblings, current.type,
                                          scopes_.back().index.value_or(siblings.size()),
                                          nested || facts_.release_numbers_resources);
      return show(info_resource(config_.brand, current, 0, number), info_resource_json(config_.brand, current));
    }
    if (nested_here(words[1])) return show_matching(current.children, true);
    Properties named;
    for (std::size_t i = 1; i < words.size(); ++i)
      if (const PropertyValue* value = current.find(words[i]); value != nullptr && !value->is_list)
        named.emplace_back(words[i], *value);
    return show(info_properties(named), info_properties_json(named));
  }
  const std::string_view zonename = pending_name_.empty() ? zonename_ : pending_name_;
  if (words.size() == 1)
    return show(info_config(config_, zonename, facts_.release_numbers_resources), info_config_json(config_, zonename));
  if (brand != nullptr && brand->resource(words[1]) != nullptr) return show_matching(config_.resources, false);
  std::vector<std::string> names(words.begin() + 1, words.end());
  for (const auto& name : names)
    if (name != "zonename" && name != "brand" && (brand == nullptr || brand->global(name) == nullptr))
      return refuse(fmt::format("info {}: No such resource or property type", name));
  const Properties named = info_globals(config_, zonename, names);
  return show(info_properties(named), info_properties_json(named));
}

Outcome Session::export_config(const Words& words) {
  if (!(words.size() == 1 || (words.size() == 3 && words[1] == "-f"))) return usage("export");
  if (!needs_config()) return Outcome::Failed;
  std::string text = zonecfg::export_config(config_);
  if (words.size() == 1) {
    call_.out(text);
  } else {
    host_.files.write(shell::resolve_path(call_.caller.user, words[2]), text);
  }
  return Outcome::Ok;
}

}  // namespace kzsim::zones::zonecfg
