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
      filters.emplace_back("id", word);
    } else {
      return std::nullopt;
    }
  }
  return filters;
}

bool matches(const Resource& resource, const Filters& filters) {
  return std::all_of(filters.begin(), filters.end(), [&](const auto& filter) {
    const PropertyValue* value = resource.find(filter.first);
    if (value == nullptr) return false;
    if (value->is_list) return std::find(value->items.begin(), value->items.end(), filter.second) != value->items.end();
    return value->text == filter.second;
  });
}

}  // namespace kzsim::zones::zonecfg
