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

std::optional<MemoryReserveConfig> pool_config(const Host& host, const Service& service, std::string& error) {
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
  if (*policy == PageSizePolicy::Fixed) {
    const auto page_size = parse_size(property(service, "pagesize"));
    if (!page_size || *page_size < minimum_zone_page_size(host.arch()) ||
        std::ranges::find(host.model->page_sizes, *page_size) == host.model->page_sizes.end()) {
      error = "Invalid service configuration: unsupported page size in config/pagesize.";
      return std::nullopt;
    }
  }
  config.size = *size;
  config.page_size = {0, *policy == PageSizePolicy::Unset ? PageSizePolicy::LargestAvailable : *policy,
                      property(service, "pagesize")};
  config.npt_reservation = npt.empty() ? 0 : std::atoi(npt.c_str());
  return config;
}

RebuiltMemory rebuild_host_memory_checked(const Host& host, std::string_view without_pool) {
  RebuiltMemory rebuilt{HostMemory(host.memory, host.model->page_sizes, host.arch()), {}};
  const auto note = [&](std::string failure) {
    if (rebuilt.failure.empty()) rebuilt.failure = std::move(failure);
  };
  for (const auto& [fmri, service] : host.services.all()) {
    if (!fmri.starts_with(kPoolPrefix) || fmri.substr(kPoolPrefix.size()) == without_pool) continue;
    const std::string name = fmri.substr(kPoolPrefix.size());
    if (service.state != ServiceState::Online && service.state != ServiceState::Degraded) continue;
    std::string error;
    if (auto config = pool_config(host, service, error)) error = rebuilt.memory.enable_pool(name, *config);
    note(error);
  }
  std::vector<const Zone*> running;
  for (const auto& [name, zone] : host.zones) {
    if (zone.id >= 0 && zone.backing_page_size > 0) running.push_back(&zone);
  }
  std::ranges::sort(running, {}, &Zone::id);
  for (const Zone* zone : running) {
    std::string error;
    auto request = zone_memory_request(zone->live ? *zone->live : zone->config, error);
    if (request) {
      request->page_size.policy = PageSizePolicy::Fixed;
      request->page_size.fixed_page_size = std::to_string(zone->backing_page_size);
      error = rebuilt.memory.boot(zone->name, *request).error;
    }
    note(error);
  }
  return rebuilt;
}

HostMemory rebuild_host_memory(const Host& host) { return rebuild_host_memory_checked(host).memory; }

}  // namespace kzsim::zones
