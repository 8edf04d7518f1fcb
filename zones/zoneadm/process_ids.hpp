#pragma once
// Process ids that show in file names the zone tools print (install.100847, archive_log.26248):
// drawn from the host's seeded generator, so a replay prints the same ones.
#include <string_view>

#include "zones/host.hpp"

namespace kzsim::zones {

// A process id between 1000 and 999999 for `purpose` ("clone/kzone2").
int simulated_process_id(const Host& host, std::string_view purpose);

}  // namespace kzsim::zones
