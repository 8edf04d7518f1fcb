#pragma once
// Spreads zones over evacuation targets: each zone goes, largest memory first, to the one of its
// targets with the most memory free, among those with room for its memory
// (allocated as a boot would, in the page size its policy asks for) and its virtual CPUs.
// Zones that fit nowhere are reported with every target's reason.
#include <string>
#include <vector>

#include "zones/host.hpp"
#include "zones/memory/host_memory.hpp"

namespace kzsim::zones {

struct PlacementRequest {
  std::string zone;
  ZoneMemoryRequest memory;
  int cpus = 1;
  std::vector<std::string> uris;  // the targets it may go to, in the order configured
};

struct PlanTarget {
  std::string uri;
  const Host* host = nullptr;  // nullptr: the URI names no host of the world
};

struct Placement {
  std::string zone;
  std::string uri;      // empty when the zone fits nowhere
  std::string problem;  // why it fits nowhere
};

// The virtual CPUs a zone asks for: virtual-cpu:ncpus, else dedicated-cpu:ncpus, else 1.
int zone_cpus(const ZoneConfig& config);

// Placements in the order of `zones`.
std::vector<Placement> plan_evacuation(const std::vector<PlacementRequest>& zones, const std::vector<PlanTarget>& targets);

}  // namespace kzsim::zones
