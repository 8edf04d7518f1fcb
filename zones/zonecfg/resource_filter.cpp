#include "zones/zonecfg/resource_filter.hpp"

#include <algorithm>

namespace kzsim::zones::zonecfg {

std::optional<Filters> parse_filters(const Words& words, std::size_t first) {
  Filters filters;
  for (std::size_t i = first; i < words.size(); ++i) {
    const std::string& word = words[i];
    auto equals = word.find('=');
    if (equals != std::string::npos) {
      filters.emplace_back(word.substr(0, equals), word.substr(equals + 1));
    } else if (!word.empty() && word.find_first_not_of("0123456789") == std::string::npos) {
      filters.emplace_back(kResourceNumber, word);
    } else {
      return std::nullopt;
    }
  }
  return filters;
}

bool has_resource_number(const Filters& filters) {
  return std::any_of(filters.begin(), filters.end(), [](const auto& filter) { return filter.first == kResourceNumber; });
}

bool matches(const Resource& resource, const Filters& filters) {
  return std::all_of(filters.begin(), filters.end(), [&](const auto& filter) {
    const PropertyValue* value = resource.find(filter.first);
    if (value == nullptr) return false;
    if (value->is_list) return std::find(value->items.begin(), value->items.end(), filter.second) != value->items.end();
    return value->text == filter.second;
  });
}

std::vector<std::size_t> find_matching(const std::vector<Resource>& resources, std::string_view type,
                                       const Filters& filters, bool nested) {
  std::vector<std::size_t> found;
  std::size_t number = 0;
  for (std::size_t i = 0; i < resources.size(); ++i) {
    const Resource& resource = resources[i];
    if (resource.type != type) continue;
    const std::string position = std::to_string(number++);
    auto numbered_elsewhere = [&](const auto& filter) { return filter.first == kResourceNumber && filter.second != position; };
    if (std::any_of(filters.begin(), filters.end(), numbered_elsewhere)) continue;
    Filters rest = filters;
    std::erase_if(rest, [](const auto& filter) { return filter.first == kResourceNumber; });
    if (nested && resource.find("id") == nullptr) {
      auto by_id = [](const auto& filter) { return filter.first == "id"; };
      auto elsewhere = [&](const auto& filter) { return by_id(filter) && filter.second != position; };
      if (std::any_of(filters.begin(), filters.end(), elsewhere)) continue;
      std::erase_if(rest, by_id);
    }
    if (matches(resource, rest)) found.push_back(i);
  }
  return found;
}

}  // namespace kzsim::zones::zonecfg
