#pragma once
// The text `kzsim advise` prints, and its rows for --json (zones/host_commands/listing.hpp).
#include <string>
#include <vector>

#include "zones/advisor/fleet_advice.hpp"
#include "zones/advisor/migration_reasons.hpp"
#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

// Each group of the fleet: its hosts, its class (or why it has none) with what each host loses by
// it, and the line to type.
std::string fleet_report(const std::vector<FleetGroup>& groups);

// "" lines when `reasons` is empty: the zone can migrate.
std::string reasons_report(std::string_view zone, std::string_view source, std::string_view target,
                           const std::vector<MigrationReason>& reasons);

// A row a host: its group, the group's cpu-arch (null without one) and host-compatible level
// (null when there is none), the host's native class and the features it keeps and loses, the
// hosts with a CPU identical to its own (a group without classes), the zonecfg line (null when
// nothing is to be set), the group's answer and whether it has one.
Listing fleet_rows(const std::vector<FleetGroup>& groups);

// A row a reason the zone cannot migrate, with its guide ch.5 section; none when it can.
Listing reason_rows(const std::vector<MigrationReason>& reasons);

}  // namespace kzsim::zones
