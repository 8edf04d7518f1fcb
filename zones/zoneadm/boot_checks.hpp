#pragma once
// What a host checks before a kernel zone boots (its CPU class and host-compatible modifiers);
// each check returns the refusal's lines, or "" when the zone may boot.
#include <string>

#include "zones/host.hpp"

namespace kzsim::zones {

// The zone's cpu-arch must be a class the host's CPU can provide.
std::string check_cpu_arch(const Host& host, const Zone& zone);
// Each host-compatible value must be one the zone's migration class can carry.
std::string check_host_compatible(const Host& host, const Zone& zone);
// A host-compatible level that enables Software in Silicon features (adi, dax) needs a release
// with them on the host and in the zone (Table 1-1).
std::string check_software_in_silicon(const Host& host, const Zone& zone);

}  // namespace kzsim::zones
