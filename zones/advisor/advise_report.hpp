#pragma once
// The text `kzsim advise` prints, and its rows for --json (zones/host_commands/listing.hpp).
#include <string>
#include <vector>

#include "zones/advisor/cluster_baseline.hpp"
#include "zones/advisor/migration_reasons.hpp"
#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

std::string baseline_report(const ClusterBaseline& baseline);

// "" lines when `reasons` is empty: the zone can migrate.
std::string reasons_report(std::string_view zone, std::string_view source, std::string_view target,
                           const std::vector<MigrationReason>& reasons);

// A row a host: the baseline's cpu-arch (null without a common class) and host-compatible
// level (null when there is none), the host's native class, and the features it keeps and loses.
Listing baseline_rows(const ClusterBaseline& baseline);

// A row a reason the zone cannot migrate, with its guide ch.5 section; none when it can.
Listing reason_rows(const std::vector<MigrationReason>& reasons);

}  // namespace kzsim::zones
