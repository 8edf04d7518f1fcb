#pragma once
// The text `kzsim advise` prints.
#include <string>
#include <vector>

#include "zones/advisor/cluster_baseline.hpp"
#include "zones/advisor/migration_reasons.hpp"

namespace kzsim::zones {

std::string baseline_report(const ClusterBaseline& baseline);

// "" lines when `reasons` is empty: the zone can migrate.
std::string reasons_report(std::string_view zone, std::string_view source, std::string_view target,
                           const std::vector<MigrationReason>& reasons);

}  // namespace kzsim::zones
