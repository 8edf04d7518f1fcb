#include "zones/zoneadm/zone_memory.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace kzsim::zones {

namespace {

constexpr std::string_view kPoolPrefix = "svc:/system/memory-reserve:";

std::string property(const Service& service, const std::string& name) {
  auto group = service.properties.find("config");
  if (group == service.properties.end()) return {};
  auto value = group->second.find(name);
  return value == group->second.end() ? std::string() : value->second;
}

}  // namespace

std::optional<ZoneMemoryRequest> zone_memory_request(const ZoneConfig& config, std::string& error) {
  const Resource* capped = config.first("capped-memory");
  const std::string physical = capped ? capped->get("physical").value_or("4G") : "4G";
  const std::string policy = capped ? capped->get("pagesize-policy").value_or("") : "";
  ZoneMemoryRequest request;
  const auto amount = parse_size(physical);
  const auto parsed_policy = parse_page_size_policy(policy);
  if (!amount) {
    error = fmt::format("error: capped-memory:physical value {} is not a size; expected a number with K, M, G or T.\n",
                        physical);
    return std::nullopt;
  }
  if (!parsed_policy) {
    error = fmt::format("error: capped-memory:pagesize-policy value {} is not one of fixed, largest-available, "
                        "largest-only, smallest-only.\n",
                        policy);
    return std::nullopt;
  }
  request.page_size = {*amount, *parsed_policy, capped ? capped->get("pagesize").value_or("") : ""};
  request.memory_reserve = capped ? capped->get("memory-reserve").value_or("") : "";
  return request;
}

std::optional<MemoryReserveConfig> pool_config(const Service& service, std::string& error) {
  MemoryReserveConfig config;
  const auto size = parse_size(property(service, "size"));
  const auto policy = parse_page_size_policy(property(service, "pagesize-policy"));
  const std::string npt = property(service, "npt-reservation");
  if (!size || *size == 0) {
    error = fmt::format("Invalid service configuration: config/size value '{}' is not a size.", property(service, "size"));
    return std::nullopt;
  }
  if (!policy) {
    error = "Invalid service configuration: unsupported page size policy in config/pagesize-policy.";
    return std::nullopt;
  }
  config.size = *size;
  config.page_size = {0, *policy == PageSizePolicy::Unset ? PageSizePolicy::LargestAvailable : *policy,
                      property(service, "pagesize")};
  config.npt_reservation = npt.empty() ? 0 : std::atoi(npt.c_str());
  return config;
}

HostMemory rebuild_host_memory(const Host& host) {
  HostMemory memory(host.memory, host.model->page_sizes, host.arch());
  for (const auto& [fmri, service] : host.services.all()) {
    if (!fmri.starts_with(kPoolPrefix) || service.state != ServiceState::Online) continue;
    std::string error;
    if (auto config = pool_config(service, error)) memory.enable_pool(fmri.substr(kPoolPrefix.size()), *config);
  }
  std::vector<const Zone*> running;
  for (const auto& [name, zone] : host.zones) {
    if (zone.id >= 0 && zone.backing_page_size > 0) running.push_back(&zone);
  }
  std::ranges::sort(running, {}, &Zone::id);
  for (const Zone* zone : running) {
    std::string error;
    auto request = zone_memory_request(zone->live.value_or(zone->config), error);
    if (!request) continue;
    request->page_size.policy = PageSizePolicy::Fixed;
    request->page_size.fixed_page_size = std::to_string(zone->backing_page_size);
    memory.boot(zone->name, *request);
  }
  return memory;
}

}  // namespace kzsim::zones
