#include "zones/network/aggregations.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace kzsim::zones {

namespace {

// Solaris link names: letters, digits and underscores, ending in a digit.
bool valid_link_name(const std::string& name) {
  return !name.empty() && std::isalpha(static_cast<unsigned char>(name.front())) &&
         std::isdigit(static_cast<unsigned char>(name.back())) &&
         std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

const Aggregation* aggregation_holding(const Datalinks& links, const std::string& port) {
  for (const auto& aggregation : links.aggregations) {
    if (std::find(aggregation.ports.begin(), aggregation.ports.end(), port) != aggregation.ports.end()) {
      return &aggregation;
    }
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> add_aggregation(Datalinks& links, Aggregation aggregation) {
  if (!valid_link_name(aggregation.name)) {
    return fmt::format("'{}' is not a link name; expected letters and digits ending in a digit, e.g. dlmp0",
                       aggregation.name);
  }
  if (links.exists(aggregation.name)) {
    return fmt::format("link '{}' already exists; expected a new name", aggregation.name);
  }
  if (aggregation.mode != "dlmp" && aggregation.mode != "trunk") {
    return fmt::format("mode '{}' is not valid; expected -m dlmp or -m trunk", aggregation.mode);
  }
  if (aggregation.ports.size() < 2) {
    return fmt::format("aggregation {} has {} port(s); expected at least two -l LINK", aggregation.name,
                       aggregation.ports.size());
  }
  for (const auto& port : aggregation.ports) {
    if (!links.find_physical(port)) return fmt::format("port '{}' is not a NIC; expected one dladm show-phys lists", port);
    if (const auto* holder = aggregation_holding(links, port)) {
      return fmt::format("port {} already belongs to aggregation {}; expected a free NIC", port, holder->name);
    }
    if (std::count(aggregation.ports.begin(), aggregation.ports.end(), port) > 1) {
      return fmt::format("port {} is given twice; expected each -l once", port);
    }
  }
  links.aggregations.push_back(std::move(aggregation));
  return std::nullopt;
}

}  // namespace kzsim::zones
