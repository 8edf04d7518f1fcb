#include "zones/evacuation/planner.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <optional>

#include <fmt/format.h>

#include "zones/requirements.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {

namespace {

struct TargetRoom {
  const PlanTarget* target;
  std::optional<HostMemory> memory;  // nothing for an unknown host
  int free_cpus = 0;
};

int running_cpus(const Host& host) {
  int used = 0;
  for (const auto& [name, zone] : host.zones)
    if (zone.state == ZoneState::Running) used += zone_cpus(zone.live.value_or(zone.config));
  return used;
}

// Empty when the zone fits (and then takes the room); otherwise why not.
std::string take(TargetRoom& room, const PlacementRequest& zone) {
  const std::string host = room.target->host ? room.target->host->name : room.target->uri;
  if (!room.memory) return fmt::format("{}: no such host", room.target->uri);
  if (const auto blockers = kernel_zone_blockers(*room.target->host); !blockers.empty())
    return fmt::format("{}: cannot run kernel zones: {}", host, blockers.front().reason);
  if (zone.cpus > room.free_cpus)
    return fmt::format("{}: needs {} virtual CPUs, {} free", host, zone.cpus, std::max(room.free_cpus, 0));
  HostMemory trial = *room.memory;
  const BootResult booted = trial.boot(zone.zone, zone.memory);
  if (!booted.ok()) {
    std::string reason = booted.error.substr(0, booted.error.find('\n'));
    return fmt::format("{}: {}", host, reason);
  }
  room.memory = std::move(trial);
  room.free_cpus -= zone.cpus;
  return {};
}

}  // namespace

int zone_cpus(const ZoneConfig& config) {
  for (const auto* type : {"virtual-cpu", "dedicated-cpu"}) {
    const Resource* resource = config.first(type);
    const auto ncpus = resource ? resource->get("ncpus") : std::nullopt;
    int count = 0;
    if (ncpus && std::from_chars(ncpus->data(), ncpus->data() + ncpus->size(), count).ec == std::errc{} && count > 0)
      return count;
  }
  return 1;
}

std::vector<Placement> plan_evacuation(const std::vector<PlacementRequest>& zones, const std::vector<PlanTarget>& targets) {
  std::vector<TargetRoom> rooms;
  for (const auto& target : targets) {
    TargetRoom room{&target, std::nullopt, 0};
    if (target.host) {
      room.memory = rebuild_host_memory(*target.host);
      room.free_cpus = target.host->threads() - running_cpus(*target.host);
    }
    rooms.push_back(std::move(room));
  }
  std::vector<std::size_t> order(zones.size());
  std::iota(order.begin(), order.end(), 0);
  std::ranges::stable_sort(order, std::greater<>{}, [&](std::size_t i) { return zones[i].memory.page_size.amount; });

  std::vector<Placement> placements(zones.size());
  for (const std::size_t index : order) {
    const PlacementRequest& zone = zones[index];
    placements[index].zone = zone.zone;
    // Most free memory first, so that zones spread; ties keep the configured order.
    std::vector<TargetRoom*> by_room;
    for (const auto& uri : zone.uris)
      for (auto& room : rooms)
        if (room.target->uri == uri) by_room.push_back(&room);
    std::ranges::stable_sort(by_room, std::greater<>{}, [](const TargetRoom* room) {
      return room->memory ? room->memory->physical().free_bytes() : 0;
    });
    std::string reasons;
    for (TargetRoom* room : by_room) {
      const std::string problem = take(*room, zone);
      if (problem.empty()) {
        placements[index].uri = room->target->uri;
        break;
      }
      reasons += (reasons.empty() ? "" : "; ") + problem;
    }
    if (placements[index].uri.empty()) placements[index].problem = "fits on no evacuation target: " + reasons;
  }
  return placements;
}

}  // namespace kzsim::zones
