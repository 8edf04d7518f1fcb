#pragma once
// The teaching pictures, each an SVG document (svg.hpp), deterministic for the same inputs.
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/scenario/scenario.hpp"
#include "zones/migration/precopy.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::pictures {

// A zone's path through its states: its state after each step of a scenario replayed in a
// fresh world (steps are run whatever they print; expectations are not checked).
struct StateVisit {
  int step = 0;             // 1-based scenario step
  std::string command;      // what the step ran ("advance 10m", "fault link-down")
  std::string state;        // "configured", ...; "absent" before the zone exists
};
std::vector<StateVisit> zone_state_path(const scenario::Scenario& scenario, std::string_view host,
                                        std::string_view zone);
std::string state_path_picture(std::string_view zone, const std::vector<StateVisit>& path);

// A live migration's pre-copy rounds (bytes sent: the memory, then what the guest dirtied during
// the previous round), and the stop-and-copy downtime that ends it (zones/migration/precopy).
std::string migration_timeline_picture(Bytes memory, double dirty_bytes_per_second, const PrecopyLink& link);

// The two-dimensional walk of a TLB miss in a kernel zone: each guest level and the final guest
// physical address translated by a host walk, numbered in the order the hardware references
// them; the count is timing::walk_references.
std::string page_walk_picture(const catalog::CpuModel& model, Bytes guest_page, Bytes backing_page);

// The cpu-arch classes of one architecture and which carries over to which (zones/advisor's
// ClassGraph, transitively reduced), each with the catalog models that provide it.
std::string class_graph_picture(const catalog::Catalog& catalog, catalog::Arch arch);

}  // namespace kzsim::zones::pictures
