#pragma once
// What a kernel zone's guest sees of its CPU: the host model ∩ the cpu-arch class ∩ the
// host-compatible level. Warm and live migration resume a saved guest, so the target must give
// it exactly the same view; cold migration boots afresh and ignores the CPU class.
#include <string>

#include "zones/host.hpp"

namespace kzsim::zones {

// The cpu-arch class the guest runs with on `host`: the configured one, else the host's
// native class (an LDom guest domain provides its model's native class, no more).
std::string guest_class(const Host& host, const ZoneConfig& config);

// The host-compatible level by its catalog name ("unset" when the property is not set;
// aliases such as memlzs resolved).
std::string guest_level(const ZoneConfig& config);

// Why the guest saved on `source` (with `source_config`) cannot resume on `target` under
// `target_config`: the lines zoneadm prints after "configuration check failed:", the last one
// stamped with `timestamp`; "" when it can.
std::string resume_refusal(const Host& source, const ZoneConfig& source_config, const Host& target,
                           const ZoneConfig& target_config, std::string_view zone, std::string_view timestamp);

}  // namespace kzsim::zones
