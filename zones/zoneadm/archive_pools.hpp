#pragma once
// The pools besides rpool that a Unified Archive holds data of (guide Example 3-3). archiveadm
// create writes one "Non-root pool: NAME" line a pool after the zone's configuration, where
// archiveadm info, which shows the lines before the configuration, does not print them.
#include <string>
#include <string_view>
#include <vector>

#include "zones/zone.hpp"

namespace kzsim::zones {

std::string archive_pool_lines(const Zone& zone);

// The pool names `archive` (an archive's text) records, in the order written.
std::vector<std::string> archive_pools(std::string_view archive);

}  // namespace kzsim::zones
