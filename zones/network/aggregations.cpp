#include "zones/network/aggregations.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "zones/network/link_name.hpp"

namespace kzsim::zones {

namespace {

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
  if (auto refusal = link_name_refusal(aggregation.name)) return refusal;
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
