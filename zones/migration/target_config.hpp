#pragma once
// The zone's configuration on the migration target: imported from the source (the target's
// release may refuse lines of it), or an existing one that must match the running zone.
#include <string>

#include "zones/host.hpp"

namespace kzsim::zones {

// "On line N:\nREASON\n" for the first line of the exported configuration `target`'s release
// refuses, or "": host-compatible memlzr/memlzs and pagesize-policy on a release without them
// (zones/releases rows memory-live-reconfiguration and pagesize-policy).
std::string release_refusal(const Host& target, const ZoneConfig& config);

// The exported configuration between -----BEGIN/END CONFIGURATION----- lines.
std::string configuration_block(const ZoneConfig& config);

// Why a zone running with `running` cannot resume under the target's `existing` configuration
// (ch.5 "About Migration and Compatible Configurations"), as the lines after "boot failed:";
// "" when they agree.
std::string live_config_refusal(const ZoneConfig& running, const ZoneConfig& existing, std::string_view zone);

// Virtual CPUs a configuration gives the zone (virtual-cpu ncpus; 4 when unset).
int virtual_cpus(const ZoneConfig& config);

}  // namespace kzsim::zones
