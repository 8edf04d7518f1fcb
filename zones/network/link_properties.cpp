#include "zones/network/link_properties.hpp"

#include <fmt/format.h>

#include <map>

namespace kzsim::zones {

namespace {

const std::map<std::string, std::string>* properties_of(const Datalinks& links, std::string_view link) {
  if (const auto* nic = links.find_physical(link)) return &nic->properties;
  if (const auto* aggregation = links.find_aggregation(link)) return &aggregation->properties;
  return nullptr;
}

}  // namespace

std::string iov_value(const Datalinks& links, std::string_view link) {
  const auto* properties = properties_of(links, link);
  if (!properties || !properties->contains("iov")) return "auto";
  return properties->at("iov");
}

std::string iov_effective(const Datalinks& links, std::string_view link) {
  return iov_value(links, link) == "on" ? "on" : "off";
}

std::optional<std::string> set_iov(Datalinks& links, std::string_view link, std::string_view value) {
  if (value != "on" && value != "off" && value != "auto") {
    return fmt::format("iov value '{}' for {} is not valid; expected auto, on or off", value, link);
  }
  if (auto* nic = links.find_physical(link)) {
    nic->properties["iov"] = value;
    return std::nullopt;
  }
  auto* aggregation = links.find_aggregation(link);
  if (!aggregation) return fmt::format("link '{}' does not exist; expected a link dladm show-link lists", link);
  if (value == "on") {
    return fmt::format("iov=on over aggregation {} is prohibited; expected iov=auto, which takes virtual "
                       "functions from its ports", link);
  }
  aggregation->properties["iov"] = value;
  return std::nullopt;
}

}  // namespace kzsim::zones
