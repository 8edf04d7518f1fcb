// zonecfg info and export.
#include "zones/zonecfg/session.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/shell/paths.hpp"
#include "zones/host.hpp"
#include "zones/zonecfg/config_text.hpp"
#include "zones/zonecfg/resource_filter.hpp"
#include "zones/zonecfg/resource_specs.hpp"

namespace kzsim::zones::zonecfg {

Outcome Session::info(const Words& words) {
  if (!needs_config()) return Outcome::Failed;
  const BrandSpec* brand = find_brand(config_.brand);
  if (!scopes_.empty()) {
    const Resource& current = scopes_.back().resource;
    if (words.size() == 1) {
      call_.out(info_resource(config_.brand, current));
      return Outcome::Ok;
    }
    std::string out;
    if (nested_here(words[1])) {
      auto filters = parse_filters(words, 2);
      if (!filters) return usage("info");
      for (std::size_t i : find_matching(current.children, words[1], *filters, true)) {
        auto number = std::count_if(current.children.begin(), current.children.begin() + static_cast<std::ptrdiff_t>(i),
                                    [&](const Resource& other) { return other.type == words[1]; });
        out += info_resource(config_.brand, current.children[i], 1, static_cast<std::size_t>(number));
      }
      call_.out(out);
      return Outcome::Ok;
    }
    for (std::size_t i = 1; i < words.size(); ++i)
      if (const PropertyValue* value = current.find(words[i]); value != nullptr && !value->is_list)
        out += fmt::format("{}: {}\n", words[i], value->text);
    call_.out(out);
    return Outcome::Ok;
  }
  if (words.size() == 1) {
    call_.out(info_config(config_, pending_name_.empty() ? zonename_ : pending_name_));
    return Outcome::Ok;
  }
  const ResourceSpec* spec = brand ? brand->resource(words[1]) : nullptr;
  if (spec != nullptr) {
    auto filters = parse_filters(words, 2);
    if (!filters) return usage("info");
    std::string out;
    for (const Resource& resource : config_.resources)
      if (resource.type == words[1] && matches(resource, *filters)) out += info_resource(config_.brand, resource);
    call_.out(out);
    return Outcome::Ok;
  }
  std::vector<std::string> names(words.begin() + 1, words.end());
  for (const auto& name : names)
    if (name != "zonename" && name != "brand" && (brand == nullptr || brand->global(name) == nullptr))
      return refuse(fmt::format("info {}: No such resource or property type", name));
  call_.out(info_globals(config_, pending_name_.empty() ? zonename_ : pending_name_, names));
  return Outcome::Ok;
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
